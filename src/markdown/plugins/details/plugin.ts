import type { MarkdownIt, StateBlock } from 'markdown-it';
import { blockLine, capitalize, indentedBodyEnd, parseTypeAndTitle, pushInline, tokenizeBody } from '../../block/indented-block.ts';

const MARKER = /^\?\?\?(\+?)/;

/**
 * pymdownx.details: `??? type "Title"` (closed) and `???+` (open) →
 * `<details class="type"><summary>Title</summary>…</details>`.
 */
function detailsRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const line = blockLine(state, startLine, 0x3f /* ? */);
  const marker = line && MARKER.exec(line);
  if (!line || !marker) return false;
  const header = parseTypeAndTitle(line.slice(marker[0].length));
  if (!header) return false;
  if (silent) return true;

  const indent = state.sCount[startLine]! + 4;
  const end = indentedBodyEnd(state, startLine, endLine, indent);
  const title = header.title ?? capitalize(header.classes[0] ?? '');

  const open = state.push('details_open', 'details', 1);
  open.markup = marker[0];
  open.block = true;
  open.map = [startLine, end];
  if (header.classes.length) open.attrSet('class', header.classes.join(' '));
  if (marker[1] === '+') open.attrSet('open', 'open');
  state.push('details_summary_open', 'summary', 1).map = [startLine, startLine + 1];
  pushInline(state, title, startLine);
  state.push('details_summary_close', 'summary', -1);
  tokenizeBody(state, startLine + 1, end, indent, 'details');
  state.push('details_close', 'details', -1).block = true;
  state.line = end;
  return true;
}

export function detailsPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'details', detailsRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
