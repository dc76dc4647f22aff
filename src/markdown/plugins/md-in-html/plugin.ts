import type { MarkdownIt, StateBlock } from 'markdown-it';
import { blockLine, tokenizeBody } from '../../block/indented-block.ts';

const OPENER = /^<([a-zA-Z][\w-]*)((?:\s+[^>]*?)?)\s+markdown(?:=(["']?)(?:1|block)\3)?((?:\s+[^>]*?)?)\s*>\s*$/;

/**
 * md_in_html: `<div markdown>` … `</div>` (each on its own line) parses its
 * content as Markdown; the `markdown` attribute itself is dropped.
 */
function mdInHtmlRule(state: StateBlock, startLine: number, endLine: number, silent: boolean): boolean {
  const line = blockLine(state, startLine, 0x3c /* < */);
  const open = line ? OPENER.exec(line) : null;
  if (!open) return false;
  const tag = open[1]!.toLowerCase();
  const opens = new RegExp(`<${tag}(?=[\\s>])`, 'gi');
  const closes = new RegExp(`</${tag}\\s*>`, 'gi');
  let depth = 0;
  let closeLine = -1;
  for (let l = startLine; l < endLine; l++) {
    const text = state.src.slice(state.bMarks[l]! + state.tShift[l]!, state.eMarks[l]);
    depth += (text.match(opens)?.length ?? 0) - (text.match(closes)?.length ?? 0);
    if (depth <= 0) {
      closeLine = l;
      break;
    }
  }
  if (closeLine <= startLine) return false;
  const closeText = state.src.slice(state.bMarks[closeLine]! + state.tShift[closeLine]!, state.eMarks[closeLine]).trim();
  if (!new RegExp(`^</${tag}\\s*>$`, 'i').test(closeText)) return false;
  if (silent) return true;

  const opening = state.push('html_block', '', 0);
  opening.content = `<${open[1]}${open[2] ?? ''}${open[4] ?? ''}>\n`;
  opening.map = [startLine, startLine + 1];
  tokenizeBody(state, startLine + 1, closeLine, state.blkIndent, 'md_in_html');
  const closing = state.push('html_block', '', 0);
  closing.content = `${closeText}\n`;
  closing.map = [closeLine, closeLine + 1];
  state.line = closeLine + 1;
  return true;
}

export function mdInHtmlPlugin(md: MarkdownIt): void {
  md.block.ruler.before('html_block', 'md_in_html', mdInHtmlRule, { alt: ['paragraph', 'reference', 'blockquote'] });
}
