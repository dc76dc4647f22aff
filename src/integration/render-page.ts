import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Renderer } from '../markdown/types.ts';
import { parseFrontMatter } from '../markdown/front-matter.ts';
import { parsePageMeta, resolveTemplate } from './page-meta.ts';
import { slugForContentPath } from './routes.ts';
import { siteConfig, pageVariables } from './site-context.ts';
import type { RenderedPage } from './check-links.ts';

/**
 * One content file → the page the route and the link check need. Kept apart
 * from the loader, with few imports, because render helper threads load it.
 */
export const CONTENT_DIR = 'content';

/** Whether a path inside content/ is a page: Markdown, not under a `_` folder or name (those hold includes). */
export function isContentPage(relPath: string): boolean {
  return relPath.toLowerCase().endsWith('.md') && !relPath.split(/[\\/]/).some((part) => part.startsWith('_'));
}

/** Every `content/**\/*.md`, sorted so builds are deterministic. */
export function listContentFiles(contentDir: string): string[] {
  return (readdirSync(contentDir, { recursive: true, encoding: 'utf8' }) as string[])
    .filter(isContentPage)
    .map((name) => name.replace(/\\/g, '/'))
    .sort();
}

/** Renders one content file into the shape the page route needs. */
export function renderPage(renderer: Renderer, root: string, relPath: string): RenderedPage {
  const config = siteConfig(root);
  const contentDir = join(root, CONTENT_DIR);
  const file = `${CONTENT_DIR}/${relPath}`;
  const source = readFileSync(join(contentDir, relPath), 'utf8');
  const { data, body, lineOffset } = parseFrontMatter(source, file);
  const meta = parsePageMeta(data, file);
  // the line is only for the error about an unknown template, so it is looked up only when one is set
  const templateLine = meta.template === undefined ? 1 : source.split('\n').findIndex((line) => /^template\s*:/.test(line)) + 1 || 1;
  const template = resolveTemplate(meta.template, file, templateLine);
  const rendered = renderer.render(body, { file, contentDir, variables: pageVariables(config), lineOffset });
  const firstH1 = rendered.headings.find((h) => h.depth === 1);
  return {
    id: slugForContentPath(relPath),
    relPath,
    file,
    title: meta.title ?? firstH1?.text ?? relPath.replace(/\.md$/, ''),
    description: meta.description ?? '',
    template,
    hide: meta.hide,
    spec: meta.spec,
    ...rendered,
  };
}
