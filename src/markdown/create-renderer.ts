import MarkdownIt from 'markdown-it';
import deflist from 'markdown-it-deflist';
import mark from 'markdown-it-mark';
import sub from 'markdown-it-sub';
import sup from 'markdown-it-sup';
import { admonitionPlugin } from './plugins/admonition/index.ts';
import { attrListPlugin } from './plugins/attr-list/index.ts';
import { caretPlugin } from './plugins/caret/index.ts';
import { detailsPlugin } from './plugins/details/index.ts';
import { fenceCheckPlugin } from './plugins/fence-check/index.ts';
import { footnotesPlugin } from './plugins/footnotes/index.ts';
import { headingsPlugin } from './plugins/headings/index.ts';
import { createCodeHighlighter, highlightPlugin } from './plugins/highlight/index.ts';
import { keysPlugin } from './plugins/keys/index.ts';
import { linksPlugin } from './plugins/links/index.ts';
import { mdInHtmlPlugin } from './plugins/md-in-html/index.ts';
import { rawHtmlPlugin } from './plugins/raw-html/index.ts';
import { smartSymbolsPlugin } from './plugins/smart-symbols/index.ts';
import { tabsPlugin } from './plugins/tabs/index.ts';
import { taskListPlugin } from './plugins/task-list/index.ts';
import { tildePlugin } from './plugins/tilde/index.ts';
import type { LecternMarkdownEnv } from './render-env.ts';
import { expandSource } from './source/expand.ts';
import type { Renderer, RenderEnv, RenderResult } from './types.ts';

export interface RendererOptions {
  /** Languages to load into the highlighter up front (others load on first use). */
  languages?: string[];
}

/**
 * The single markdown-it set-up: every plugin is registered here, once per
 * build, and the instance (and its highlighter) is reused for every page.
 */
export async function createRenderer(options: RendererOptions = {}): Promise<Renderer> {
  const highlighter = await createCodeHighlighter(options.languages);
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  // block syntax of MkDocs / PyMdown
  md.use(admonitionPlugin).use(detailsPlugin).use(tabsPlugin).use(mdInHtmlPlugin).use(rawHtmlPlugin).use(deflist).use(footnotesPlugin);
  // inline syntax: keys and ^^ins^^ before emphasis/sup take the `+` and `^`
  md.use(keysPlugin).use(caretPlugin).use(mark).use(sub).use(sup).use(tildePlugin);
  md.use(fenceCheckPlugin).use(highlightPlugin, highlighter);
  // core rules after inline parsing; attr lists first so headings see `{ #id }`
  md.use(attrListPlugin).use(taskListPlugin).use(smartSymbolsPlugin).use(headingsPlugin).use(linksPlugin);

  return {
    render(body: string, env: RenderEnv): RenderResult {
      const expanded = expandSource(body, env);
      const mdEnv: LecternMarkdownEnv = {
        ...env,
        headings: [],
        links: [],
        origins: expanded.origins,
        pagePath: env.file.replace(/^content\//, ''),
      };
      const html = md.render(expanded.text, mdEnv as unknown as Record<string, unknown>);
      return { html, headings: mdEnv.headings, links: mdEnv.links, dependencies: expanded.dependencies };
    },
  };
}
