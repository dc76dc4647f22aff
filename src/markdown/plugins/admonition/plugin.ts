import type { MarkdownIt, StateBlock } from 'markdown-it';
import { blockLine, capitalize, indentedBodyEnd, parseTypeAndTitle, pushInline, tokenizeBody } from '../../block/indented-block.ts';

const MARKER = /^!!![ \t]*/;

/**
 * `!!! type "Title"` + 4-space indented body → Python-Markdown's
 * `<div class="admonition type"><p class="admonition-title">Title</p>…</div>`.
 * Extra words (`inline end`) become classes; `""` drops the title.
 */
function admonitionRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const line = blockLine(state, startLine, 0x21 /* ! */);
  const marker = line && MARKER.exec(line);
  if (!line || !marker) return false;
  const header = parseTypeAndTitle(line.slice(marker[0].length));
  if (!header || header.classes.length === 0) return false;
  if (silent) return true;

  const indent = state.sCount[startLine]! + 4;
  const end = indentedBodyEnd(state, startLine, endLine, indent);
  const title = header.title ?? capitalize(header.classes[0]!);

  const open = state.push('admonition_open', 'div', 1);
  open.markup = '!!!';
  open.block = true;
  open.map = [startLine, end];
  open.attrSet('class', ['admonition', ...header.classes].join(' '));
  if (title !== '') {
    const titleOpen = state.push('admonition_title_open', 'p', 1);
    titleOpen.attrSet('class', 'admonition-title');
    titleOpen.map = [startLine, startLine + 1];
    pushInline(state, title, startLine);
    state.push('admonition_title_close', 'p', -1);
  }
  tokenizeBody(state, startLine + 1, end, indent, 'admonition');
  state.push('admonition_close', 'div', -1).block = true;
  state.line = end;
  return true;
}

export function admonitionPlugin(md: MarkdownIt): void {
  md.block.ruler.before('fence', 'admonition', admonitionRule, { alt: ['paragraph', 'reference', 'blockquote', 'list'] });
}
