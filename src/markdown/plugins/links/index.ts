export { linksPlugin } from './plugin.ts';
export { rewriteMarkdownLink } from './rewrite.ts';
