import type { MarkdownIt, StateBlock } from 'markdown-it';
import { blockLine } from '../../block/indented-block.ts';

const RAW_TEXT = /<(\/?)(script|style|pre|textarea)\b[^>]*>/gi;

/** The raw-text element open after `line`, given the one open before it. */
function openAfter(open: string | undefined, line: string): string | undefined {
  let current = open;
  for (const m of line.matchAll(RAW_TEXT)) {
    if (!m[1]) current ??= m[2]!.toLowerCase();
    else if (current === m[2]!.toLowerCase()) current = undefined;
  }
  return current;
}

/**
 * CommonMark ends a `<div>` HTML block at the first blank line, so a
 * `<script>` that follows the div and holds a blank line (as migrated
 * MkDocs API pages have) would spill into paragraphs. Like Python-Markdown,
 * keep such a block raw until the script (style, pre, textarea) closes.
 * Blocks without that problem are left to markdown-it's html_block.
 */
function rawHtmlBlockRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const first = blockLine(state, startLine, 0x3c /* < */);
  if (!first || !/^<\/?[a-zA-Z]/.test(first)) return false;
  let open: string | undefined;
  let heldOpen = false;
  let line = startLine;
  for (; line < endLine; line++) {
    if (state.isEmpty(line) && !open) break;
    if (state.isEmpty(line)) heldOpen = true;
    open = openAfter(open, state.src.slice(state.bMarks[line], state.eMarks[line]));
  }
  if (!heldOpen || open) return false;
  if (silent) return true;
  const token = state.push('html_block', '', 0);
  token.map = [startLine, line];
  token.content = state.getLines(startLine, line, state.blkIndent, true);
  state.line = line;
  return true;
}

export function rawHtmlPlugin(md: MarkdownIt): void {
  md.block.ruler.before('html_block', 'raw_html_block', rawHtmlBlockRule, { alt: ['paragraph', 'reference', 'blockquote'] });
}
