import type { MarkdownIt, Token } from 'markdown-it';
import footnote from 'markdown-it-footnote';
import { escapeHtml } from '../../escape-html.ts';

interface FootnoteMeta {
  id: number;
  subId?: number;
  label?: string;
}

/** Python-Markdown names footnotes by label: `[^note]` → `fn:note`, `fnref:note`, `fnref2:note`. */
function nameOf(token: Token): string {
  const meta = token.meta as unknown as FootnoteMeta;
  return escapeHtml(meta.label ?? String(meta.id + 1));
}

function refId(token: Token): string {
  const sub = (token.meta as unknown as FootnoteMeta).subId ?? 0;
  return `fnref${sub > 0 ? sub + 1 : ''}:${nameOf(token)}`;
}

/** markdown-it-footnote parses; the output follows Python-Markdown's footnotes extension. */
export function footnotesPlugin(md: MarkdownIt): void {
  md.use(footnote);
  const rules = md.renderer.rules;
  rules.footnote_ref = (tokens, idx) => {
    const token = tokens[idx]!;
    const number = (token.meta as unknown as FootnoteMeta).id + 1;
    return `<sup id="${refId(token)}"><a class="footnote-ref" href="#fn:${nameOf(token)}">${number}</a></sup>`;
  };
  rules.footnote_block_open = () => '<div class="footnote">\n<hr />\n<ol>\n';
  rules.footnote_block_close = () => '</ol>\n</div>\n';
  rules.footnote_open = (tokens, idx) => `<li id="fn:${nameOf(tokens[idx]!)}">\n`;
  rules.footnote_close = () => '</li>\n';
  rules.footnote_anchor = (tokens, idx) => {
    const token = tokens[idx]!;
    const number = (token.meta as unknown as FootnoteMeta).id + 1;
    return `&#160;<a class="footnote-backref" href="#${refId(token)}" title="Jump back to footnote ${number} in the text">&#8617;</a>`;
  };
}
