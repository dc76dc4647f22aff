import { statSync } from 'node:fs';
import { join } from 'node:path';
import type { MarkdownIt, StateCore } from 'markdown-it';
import { failAt, forEachInlineChild, locate, markdownEnv } from '../../render-env.ts';
import { rewriteAssetLink, rewriteMarkdownLink } from './rewrite.ts';

/**
 * Records every link and image target with its file line (for the site's
 * link check), rewrites links to `.md` files into page URLs and relative
 * links to other files of content/ (images, downloads; the build copies them)
 * into paths from the page's URL. A relative image or document link to a
 * file that is not there is an error at its line.
 */
function linksRule(state: StateCore): void {
  const env = markdownEnv(state);
  forEachInlineChild(state.tokens, (child, line) => {
    const attribute = child.type === 'link_open' ? 'href' : child.type === 'image' ? 'src' : undefined;
    if (!attribute) return;
    const value = child.attrGet(attribute);
    if (value === null) return;
    const href = String(value);
    const rewritten = rewriteMarkdownLink(href, env.pagePath);
    const asset = rewritten === href ? rewriteAssetLink(href, env.pagePath, (relPath) => statSync(join(env.contentDir, relPath), { throwIfNoEntry: false })?.isFile() ?? false) : undefined;
    // a file of content/ is found here already; the site's link check takes everything else
    if (asset?.kind !== 'asset') env.links.push({ href, line: locate(env, line).pageLine });
    if (rewritten !== href) child.attrSet(attribute, rewritten);
    if (asset?.kind === 'asset') child.attrSet(attribute, asset.href);
    if (asset?.kind === 'missing') {
      failAt(env, line, 'broken-link', `broken link: "${href}" — there is no file content/${asset.target}`, 'images and downloads linked relatively live in content/, next to the pages; the build copies them');
    }
  });
}

export function linksPlugin(md: MarkdownIt): void {
  md.core.ruler.push('page_links', linksRule);
}
