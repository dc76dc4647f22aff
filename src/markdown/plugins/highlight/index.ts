export { highlightPlugin } from './plugin.ts';
export { createCodeHighlighter, type CodeHighlighter } from './highlighter.ts';
export { parseFenceInfo, type FenceInfo } from './fence-info.ts';
