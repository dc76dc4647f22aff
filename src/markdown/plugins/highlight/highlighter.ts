import { createRequire } from 'node:module';
import { createHighlighterCore, type HighlighterCore, type LanguageRegistration, type ThemeRegistrationRaw } from 'shiki/core';
import { createJavaScriptRegexEngine } from 'shiki/engine/javascript';
import { bundledLanguagesInfo } from 'shiki/langs';
import { escapeHtml } from '../../escape-html.ts';
import { PLAIN_LANGUAGES, TOKEN_CLASSES } from './options.ts';

const require = createRequire(import.meta.url);
const THEME = 'lectern-token-classes';

/**
 * A theme whose colours are codes: each class gets a unique colour, and the
 * colour of a token tells its class. One tokenising pass gives class-based
 * HTML (light and dark come from CSS), half the cost of a dual-theme run.
 */
function classTheme(): { theme: ThemeRegistrationRaw; classByColour: Map<string, string> } {
  const classByColour = new Map<string, string>();
  const tokenColors = TOKEN_CLASSES.map(([name, scopes], i) => {
    const colour = `#0000${(i + 1).toString(16).padStart(2, '0')}`;
    classByColour.set(colour, name);
    return { scope: [...scopes], settings: { foreground: colour } };
  });
  const theme = { name: THEME, type: 'light', fg: '#000000', bg: '#ffffff', settings: [{ settings: { foreground: '#000000', background: '#ffffff' } }, ...tokenColors] };
  return { theme: theme as ThemeRegistrationRaw, classByColour };
}

export interface CodeHighlighter {
  /** One HTML string per line (without newline); `language` unknown → escaped plain text. */
  highlightLines(code: string, language: string): string[];
}

/**
 * Created once per build. Grammars load on first use, synchronously (require of
 * the ESM grammar module). The JavaScript regex engine: no WASM to start, and
 * it tokenised the JavaScript grammar correctly where Oniguruma's build did not.
 */
export async function createCodeHighlighter(preload: string[] = []): Promise<CodeHighlighter> {
  const { theme, classByColour } = classTheme();
  const highlighter: HighlighterCore = await createHighlighterCore({ themes: [theme], langs: [], engine: createJavaScriptRegexEngine({ forgiving: true }) });
  const idByName = new Map<string, string>();
  for (const info of bundledLanguagesInfo) {
    idByName.set(info.id, info.id);
    for (const alias of info.aliases ?? []) idByName.set(alias, info.id);
  }
  const loaded = new Set<string>();
  const resolve = (language: string): string | undefined => {
    const id = idByName.get(language.toLowerCase());
    if (!id || PLAIN_LANGUAGES.has(language.toLowerCase())) return undefined;
    if (!loaded.has(id)) {
      const grammar = require(`@shikijs/langs/${id}`) as { default: LanguageRegistration[] };
      highlighter.loadLanguageSync(grammar.default);
      loaded.add(id);
    }
    return id;
  };
  for (const language of preload) resolve(language);

  // the same snippet often appears on many pages (includes, repeated curl calls) and the
  // dev server re-renders a page on every save: keep recent results, bounded
  const recent = new Map<string, string[]>();
  const RECENT_LIMIT = 500;

  return {
    highlightLines(code, language) {
      const id = resolve(language);
      if (!id) return code.split('\n').map(escapeHtml);
      const key = `${id}\u0000${code}`;
      const known = recent.get(key);
      if (known) return known;
      const html = highlightTokens(code, id);
      if (recent.size >= RECENT_LIMIT) recent.delete(recent.keys().next().value!);
      recent.set(key, html);
      return html;
    },
  };

  function highlightTokens(code: string, id: string): string[] {
    // no time limit: Shiki's default (500 ms per line) cuts tokenising short on a busy
    // machine, and the same page would then build differently from run to run
    const lines = highlighter.codeToTokensBase(code, { lang: id, theme: THEME, tokenizeTimeLimit: 0 });
    return lines.map((tokens) => {
      let html = '';
      let openClass: string | undefined;
      let buffer = '';
      const flush = () => {
        if (buffer) html += openClass ? `<span class="${openClass}">${escapeHtml(buffer)}</span>` : escapeHtml(buffer);
        buffer = '';
      };
      for (const token of tokens) {
        // whitespace takes the class of nothing, so `key: value` does not split into many spans
        const tokenClass = /^\s+$/.test(token.content) ? undefined : classByColour.get((token.color ?? '').toLowerCase());
        if (tokenClass !== openClass) {
          flush();
          openClass = tokenClass;
        }
        buffer += token.content;
      }
      flush();
      return html;
    });
  }
}
