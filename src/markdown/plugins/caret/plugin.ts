import type { MarkdownIt, StateInline } from 'markdown-it';

const CARET = 0x5e;

/** pymdownx.caret's insert: `^^text^^` → `<ins>text</ins>` (single `^` stays superscript). */
function insRule(state: StateInline, silent: boolean): boolean {
  const start = state.pos;
  const max = state.posMax;
  const src = state.src;
  if (silent || src.charCodeAt(start) !== CARET || src.charCodeAt(start + 1) !== CARET) return false;
  if (start + 4 >= max || /\s/.test(src[start + 2]!)) return false;
  state.pos = start + 2;
  let found = false;
  while (state.pos < max - 1) {
    if (src.charCodeAt(state.pos) === CARET && src.charCodeAt(state.pos + 1) === CARET && !/\s/.test(src[state.pos - 1]!)) {
      found = true;
      break;
    }
    state.md.inline.skipToken(state);
  }
  if (!found || state.pos === start + 2) {
    state.pos = start;
    return false;
  }
  state.posMax = state.pos;
  state.pos = start + 2;
  state.push('ins_open', 'ins', 1).markup = '^^';
  state.md.inline.tokenize(state);
  state.push('ins_close', 'ins', -1).markup = '^^';
  state.pos = state.posMax + 2;
  state.posMax = max;
  return true;
}

export function caretPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'ins', insRule);
}
