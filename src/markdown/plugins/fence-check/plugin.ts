import type { MarkdownIt, StateCore } from 'markdown-it';
import { failAt, markdownEnv } from '../../render-env.ts';

/**
 * markdown-it lets an unclosed fence swallow the rest of its container; a
 * docs build should say so. A fence is closed when its last line is a
 * marker of the same character, at least as long.
 */
function fenceCheckRule(state: StateCore): void {
  let lines: string[] | undefined;
  for (const token of state.tokens) {
    if (token.type !== 'fence' || !token.map) continue;
    lines ??= state.src.split('\n');
    const [start, end] = token.map;
    const last = (lines[end - 1] ?? '').replace(/^[\s>]*/, '').trimEnd();
    const marker = token.markup;
    const closed = end - 1 > start && last.length >= marker.length && [...last].every((c) => c === marker[0]);
    if (!closed) {
      failAt(markdownEnv(state), start, 'fence-unclosed', `code fence ${marker} is never closed`, `add a line with ${marker} where the code ends`);
    }
  }
}

export function fenceCheckPlugin(md: MarkdownIt): void {
  md.core.ruler.after('block', 'fence_check', fenceCheckRule);
}
