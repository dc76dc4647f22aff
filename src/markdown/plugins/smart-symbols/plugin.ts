import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { ORDINAL, SMART_SYMBOLS } from './options.ts';

function isOrdinal(number: string, suffix: string): boolean {
  const n = Number(number) % 100;
  const expected = n >= 11 && n <= 13 ? 'th' : ['th', 'st', 'nd', 'rd'][Number(number) % 10] ?? 'th';
  return suffix === expected;
}

/** Replaces symbols in a text token; ordinals split it into text + `<sup>`. */
function transform(state: StateCore, token: Token): Token[] {
  let text = token.content;
  for (const [pattern, symbol] of SMART_SYMBOLS) text = text.replace(pattern, symbol);
  token.content = text;
  const parts: Token[] = [];
  let last = 0;
  for (const m of text.matchAll(ORDINAL)) {
    if (!isOrdinal(m[1]!, m[2]!)) continue;
    const before = new state.Token('text', '', 0);
    before.content = text.slice(last, m.index) + m[1];
    const sup = new state.Token('html_inline', '', 0);
    sup.content = `<sup>${m[2]}</sup>`;
    parts.push(before, sup);
    last = m.index + m[0].length;
  }
  if (parts.length === 0) return [token];
  const rest = new state.Token('text', '', 0);
  rest.content = text.slice(last);
  parts.push(rest);
  return parts;
}

/** Cheap test first: most text holds none of the patterns. */
const MAYBE = /\([ctr]|c\/o|\+\/-|-->|<--|=\/=|\d\/\d|\d(?:st|nd|rd|th)\b/i;

function smartSymbolsRule(state: StateCore): void {
  if (!MAYBE.test(state.src)) return;
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children || !MAYBE.test(block.content)) continue;
    let insideLink = 0;
    block.children = block.children.flatMap((child) => {
      if (child.type === 'link_open') insideLink++;
      if (child.type === 'link_close') insideLink--;
      return child.type === 'text' && !insideLink ? transform(state, child) : [child];
    });
  }
}

export function smartSymbolsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('smart_symbols', smartSymbolsRule);
}
