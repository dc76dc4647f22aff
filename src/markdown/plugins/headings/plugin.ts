import type { MarkdownIt, StateCore, Token } from 'markdown-it';
import { escapeHtml } from '../../escape-html.ts';
import { markdownEnv } from '../../render-env.ts';
import { slugify, uniqueId } from './slugify.ts';

/** The heading's text as Python-Markdown's toc reads it: text, code, and the text inside inline HTML (tags dropped). */
function plainText(children: Token[]): string {
  return children
    .map((child) => {
      if (child.type === 'text' || child.type === 'code_inline') return child.content;
      if (child.type === 'image') return plainText(child.children ?? []);
      if (child.type === 'html_inline') return child.content.replace(/<[^>]*>/g, '');
      return '';
    })
    .join('');
}

/**
 * MkDocs' toc extension: ids from the text (`## Lists, tables and more` →
 * `lists-tables-and-more`), `{ #custom }` ids kept, duplicates numbered,
 * and a `¶` permalink at the end of each heading. Collects the headings.
 */
function headingsRule(state: StateCore): void {
  const env = markdownEnv(state);
  const used = new Set<string>();
  const tokens = state.tokens;
  // custom ids first, so a generated id never takes one an author chose later in the page
  for (const token of tokens) if (token.type === 'heading_open' && token.attrGet('id') !== null) used.add(String(token.attrGet('id')));
  for (let i = 0; i < tokens.length; i++) {
    const open = tokens[i]!;
    if (open.type !== 'heading_open') continue;
    const inline = tokens[i + 1]!;
    const text = plainText(inline.children ?? []).trim();
    const custom = open.attrGet('id');
    const id = custom !== null ? String(custom) : uniqueId(slugify(text), used);
    open.attrSet('id', id);
    const link = new state.Token('html_inline', '', 0);
    link.content = `<a class="headerlink" href="#${escapeHtml(id)}" title="Permanent link">¶</a>`;
    inline.children = [...(inline.children ?? []), link];
    env.headings.push({ depth: Number(open.tag.slice(1)), slug: id, text });
  }
}

export function headingsPlugin(md: MarkdownIt): void {
  md.core.ruler.push('heading_ids', headingsRule);
}
