import type { MarkdownIt, StateCore } from 'markdown-it';
import { forEachInlineChild, locate, markdownEnv } from '../../render-env.ts';
import { rewriteMarkdownLink } from './rewrite.ts';

/**
 * Records every link and image target with its file line (for the site's
 * link check) and rewrites links to `.md` files into page URLs.
 */
function linksRule(state: StateCore): void {
  const env = markdownEnv(state);
  forEachInlineChild(state.tokens, (child, line) => {
    const attribute = child.type === 'link_open' ? 'href' : child.type === 'image' ? 'src' : undefined;
    if (!attribute) return;
    const value = child.attrGet(attribute);
    if (value === null) return;
    const href = String(value);
    env.links.push({ href, line: locate(env, line).pageLine });
    const rewritten = rewriteMarkdownLink(href, env.pagePath);
    if (rewritten !== href) child.attrSet(attribute, rewritten);
  });
}

export function linksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('page_links', linksRule);
}
