import type { MarkdownIt, StateInline } from 'markdown-it';
import { escapeHtml } from '../../escape-html.ts';
import { KEY_ALIASES, KEY_LABELS } from './options.ts';

const KEYS = /^\+\+((?:[\w-]+|"(?:\\.|[^"\\])+"|'(?:\\.|[^'\\])+')(?:\+(?:[\w-]+|"(?:\\.|[^"\\])+"|'(?:\\.|[^'\\])+'))*)\+\+/;
const PART = /[\w-]+|"(?:\\.|[^"\\])+"|'(?:\\.|[^'\\])+'/g;

/** `ctrl` → `<kbd class="key-control">Ctrl</kbd>`; a quoted key is shown as written; unknown → undefined. */
function keyHtml(part: string): string | undefined {
  if (part.startsWith('"') || part.startsWith("'")) return `<kbd>${escapeHtml(part.slice(1, -1).replace(/\\(.)/g, '$1'))}</kbd>`;
  const lower = part.toLowerCase();
  const name = KEY_ALIASES[lower] ?? lower;
  const label = KEY_LABELS[name];
  return label === undefined ? undefined : `<kbd class="key-${name}">${escapeHtml(label)}</kbd>`;
}

/** pymdownx.keys: `++ctrl+alt+del++`. A combination with an unknown key stays text. */
function keysRule(state: StateInline, silent: boolean): boolean {
  if (state.src.charCodeAt(state.pos) !== 0x2b || state.src.charCodeAt(state.pos + 1) !== 0x2b) return false;
  const match = KEYS.exec(state.src.slice(state.pos, state.posMax));
  if (!match) return false;
  const keys = [...match[1]!.matchAll(PART)].map((m) => keyHtml(m[0]));
  if (keys.some((key) => key === undefined)) return false;
  if (!silent) {
    const token = state.push('html_inline', '', 0);
    token.content = `<span class="keys">${keys.join('<span>+</span>')}</span>`;
  }
  state.pos += match[0].length;
  return true;
}

export function keysPlugin(md: MarkdownIt): void {
  md.inline.ruler.before('emphasis', 'keys', keysRule);
}
