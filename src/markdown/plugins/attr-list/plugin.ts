import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import attrs from 'markdown-it-attrs';
import { failAt, forEachInlineChild, markdownEnv, type LecternMarkdownEnv } from '../../render-env.ts';

const URL_ATTRIBUTES = new Set(['href', 'src', 'action', 'formaction', 'xlink:href', 'poster', 'data']);

/** Refuses event handlers and `javascript:` URLs that came in through `{ … }` attribute lists. */
function checkToken(env: LecternMarkdownEnv, token: Token, line: number): void {
  if (!token.attrs) return;
  // Python-Markdown also accepts `{: #id }`; the colon is syntax, not an attribute
  token.attrs = token.attrs.filter(([name]) => name !== ':');
  for (const [name, value] of token.attrs) {
    if (/^on/i.test(name)) {
      failAt(env, line, 'attr-list-event', `attribute "${name}" is not allowed in an attribute list`, 'event handlers cannot be set from Markdown; use a class and a script instead');
    }
    if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^\s*(javascript|vbscript|data):/i.test(String(value).replace(/[\u0000-\u001f]/g, ''))) {
      failAt(env, line, 'attr-list-url', `attribute ${name}="${value}" is not allowed`, 'javascript:, vbscript: and data: URLs cannot be set from Markdown');
    }
  }
}

function checkAttributesRule(state: StateCore): void {
  const env = markdownEnv(state);
  for (const token of state.tokens) if (token.map) checkToken(env, token, token.map[0]);
  forEachInlineChild(state.tokens, (child, line) => checkToken(env, child, line));
}

/** attr_list: `{ #id .class key=value }` on headings, paragraphs, links, images and lists (markdown-it-attrs). */
export function attrListPlugin(md: MarkdownIt): void {
  md.use(attrs, { leftDelimiter: '{', rightDelimiter: '}', allowedAttributes: [] });
  md.core.ruler.push('attr_list_check', checkAttributesRule);
}
