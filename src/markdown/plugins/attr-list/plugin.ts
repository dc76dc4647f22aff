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
    // markdown-it already refuses these in [links](…); this catches them in `{ href=… }`
    if (URL_ATTRIBUTES.has(name.toLowerCase()) && /^\s*(javascript|vbscript):/i.test(String(value).replace(/[\u0000-\u001f]/g, ''))) {
      failAt(env, line, 'attr-list-url', `attribute ${name}="${value}" is not allowed`, 'javascript: and vbscript: URLs cannot be set from Markdown');
    }
  }
}

function checkAttributesRule(state: StateCore): void {
  const env = markdownEnv(state);
  for (const token of state.tokens) if (token.map) checkToken(env, token, token.map[0]);
  forEachInlineChild(state.tokens, (child, line) => checkToken(env, child, line));
}

const ATTRIBUTE_LIST = /^\{:?[ \t]*(?:(?:[#.][\w-]+|[\w:-]+(?:=(?:"[^"]*"|'[^']*'|[^\s"'}]+))?)[ \t]*)+\}$/;
const BRACES = /\{[^{}\n]*\}/g;
/** Could the page hold an attribute list at all? Most pages cannot; skip markdown-it-attrs' token walk then. */
const CANDIDATE = /\{[ \t]*:?[ \t]*[.#\w][^{}\n]*\}/;

type CoreRule = (state: StateCore) => void;

function mayHoldAttributeList(state: StateCore): boolean {
  if (!CANDIDATE.test(state.src)) return false;
  return state.tokens.some((token) =>
    token.type === 'inline' ? CANDIDATE.test(token.content.replace(/(`+)[\s\S]*?\1/g, '')) : token.type === 'fence' && CANDIDATE.test(token.info),
  );
}

/**
 * markdown-it-attrs reads any `{…}` as attributes, so `{% tag %}` shown as
 * text (inside `{% raw %}`) would vanish. Braces that are not a valid
 * attribute list are split into two text tokens, which it leaves alone.
 */
function protectNonAttributeBraces(state: StateCore): void {
  for (const block of state.tokens) {
    if (block.type !== 'inline' || !block.children) continue;
    block.children = block.children.flatMap((child) => {
      if (child.type !== 'text' || !child.content.includes('{')) return [child];
      const pieces: Token[] = [];
      let last = 0;
      for (const m of child.content.matchAll(BRACES)) {
        if (ATTRIBUTE_LIST.test(m[0])) continue;
        const head = new state.Token('text', '', 0);
        head.content = child.content.slice(last, m.index + m[0].length - 1);
        pieces.push(head);
        last = m.index + m[0].length - 1;
      }
      if (pieces.length === 0) return [child];
      const tail = new state.Token('text', '', 0);
      tail.content = child.content.slice(last);
      return [...pieces, tail];
    });
  }
}

/** attr_list: `{ #id .class key=value }` on headings, paragraphs, links, images and lists (markdown-it-attrs). */
export function attrListPlugin(md: MarkdownIt): void {
  md.use(attrs, { leftDelimiter: '{', rightDelimiter: '}', allowedAttributes: [] });
  const rules = (md.core.ruler as unknown as { __rules__: { name: string; fn: CoreRule }[] }).__rules__;
  const curly = rules.find((rule) => rule.name === 'curly_attributes')?.fn;
  if (!curly) throw new Error('markdown-it-attrs no longer registers its "curly_attributes" rule');
  // guard, attributes and check only matter where a `{…}` could be a list: most pages skip all three walks
  md.core.ruler.at('curly_attributes', (state: StateCore) => {
    if (!mayHoldAttributeList(state)) return;
    protectNonAttributeBraces(state);
    curly(state);
    checkAttributesRule(state);
  });
}
