/**
 * Writes the corpus as a buildable project for each tool under bench/.work/.
 *
 * Lectern: a project folder holding the generated `content/` and
 * `lectern.config.yaml`, with every other top-level entry of this repository
 * symlinked in, so the build runs Lectern's real code (Astro's root = that
 * folder, and the content loader reads `process.cwd()`). `node_modules` is a
 * real folder of per-package symlinks so Astro's cache (`node_modules/.astro`)
 * stays private to the bench project and every run starts cold.
 */
import { mkdirSync, readdirSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { CorpusPage } from './corpus.ts';
import { pageMarkdown } from './flavours.ts';

export const REPO_ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
export const WORK_DIR = join(REPO_ROOT, 'bench', '.work');

/** Repository entries a bench project must not share: its own content, outputs and caches. */
const NOT_SHARED = new Set(['content', 'lectern.config.yaml', 'lectern.config.yml', 'dist', '.astro', 'bench', 'tests', '.git', '.ci', 'node_modules', 'test-results', 'mkdocs.yml', 'docs']);
const NOT_SHARED_MODULES = new Set(['.astro', '.vite', '.cache']);

function writePages(dir: string, pages: readonly CorpusPage[], flavour: 'mkdocs' | 'starlight'): void {
  const made = new Set<string>();
  for (const page of pages) {
    const file = join(dir, page.relPath);
    const parent = dirname(file);
    if (!made.has(parent)) mkdirSync(parent, { recursive: true });
    made.add(parent);
    writeFileSync(file, pageMarkdown(page, pages, flavour));
  }
}

/** A project folder sharing this repository's code (and, with `shareContent`, its content) but with its own outputs and caches. */
function linkRepository(dir: string, shareContent: boolean): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(REPO_ROOT)) {
    const isContent = entry === 'content' || entry.startsWith('lectern.config.');
    if (!NOT_SHARED.has(entry) || (shareContent && isContent)) symlinkSync(join(REPO_ROOT, entry), join(dir, entry));
  }
  linkModules(dir);
}

/** `dir/node_modules` as per-package symlinks to this repository's, leaving out the caches. */
function linkModules(dir: string): void {
  mkdirSync(join(dir, 'node_modules'), { recursive: true });
  for (const entry of readdirSync(join(REPO_ROOT, 'node_modules'))) {
    if (!NOT_SHARED_MODULES.has(entry)) symlinkSync(join(REPO_ROOT, 'node_modules', entry), join(dir, 'node_modules', entry));
  }
}

/** The repository's own site (its content and specs), built apart from the working tree's dist/. */
export function writeSiteProject(dir: string): void {
  linkRepository(dir, true);
}

export function writeLecternProject(dir: string, pages: readonly CorpusPage[]): void {
  linkRepository(dir, false);
  writeFileSync(
    join(dir, 'lectern.config.yaml'),
    ['site_name: Lectern bench', 'site_description: Generated benchmark corpus', 'base_path: /', 'validation:', '  absolute_links: error', ''].join('\n'),
  );
  writePages(join(dir, 'content'), pages, 'mkdocs');
}

/** The Markdown extensions a typical MkDocs Material team enables (as in the reference fixtures). */
const MKDOCS_YML = `site_name: Lectern bench
site_description: Generated benchmark corpus
theme:
  name: material
  features:
    - content.tabs.link
    - content.code.annotate
plugins:
  - search
markdown_extensions:
  - admonition
  - attr_list
  - def_list
  - footnotes
  - md_in_html
  - toc:
      permalink: true
  - pymdownx.betterem
  - pymdownx.caret
  - pymdownx.details
  - pymdownx.highlight
  - pymdownx.inlinehilite
  - pymdownx.keys
  - pymdownx.mark
  - pymdownx.smartsymbols
  - pymdownx.superfences
  - pymdownx.tabbed:
      alternate_style: true
  - pymdownx.tasklist:
      custom_checkbox: true
  - pymdownx.tilde
`;

export function writeMkdocsProject(dir: string, pages: readonly CorpusPage[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, 'mkdocs.yml'), MKDOCS_YML);
  writePages(join(dir, 'docs'), pages, 'mkdocs');
}

/** Starlight versions the reference run used; pinned so reruns compare like with like. */
export const STARLIGHT_PACKAGE = {
  name: 'lectern-bench-starlight',
  private: true,
  type: 'module',
  dependencies: { astro: '~7.4.7', '@astrojs/starlight': '~0.42.9', sharp: '^0.34.0' },
};

const STARLIGHT_CONFIG = `import { defineConfig } from 'astro/config';
import starlight from '@astrojs/starlight';

export default defineConfig({
  integrations: [starlight({ title: 'Lectern bench' })],
});
`;

const STARLIGHT_CONTENT_CONFIG = `import { defineCollection } from 'astro:content';
import { docsLoader } from '@astrojs/starlight/loaders';
import { docsSchema } from '@astrojs/starlight/schema';

export const collections = {
  docs: defineCollection({ loader: docsLoader(), schema: docsSchema() }),
};
`;

/** Starlight project files except node_modules, which the peer setup installs once. */
export function writeStarlightProject(dir: string, pages: readonly CorpusPage[]): void {
  for (const entry of ['src', 'dist', '.astro', join('node_modules', '.astro')]) rmSync(join(dir, entry), { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'content', 'docs'), { recursive: true });
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify(STARLIGHT_PACKAGE, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), STARLIGHT_CONFIG);
  writeFileSync(join(dir, 'src', 'content.config.ts'), STARLIGHT_CONTENT_CONFIG);
  writePages(join(dir, 'src', 'content', 'docs'), pages, 'starlight');
}

/**
 * The floor under any Astro docs site: Astro alone (this repository's copy)
 * building the same pages with its default Markdown processor (Shiki
 * highlighting on), no layout, navigation or search. The reference
 * run measured this at about 4.5 s for 1 000 pages.
 */
export function writeAstroFloorProject(dir: string, pages: readonly CorpusPage[]): void {
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(join(dir, 'src', 'pages'), { recursive: true });
  linkModules(dir);
  writeFileSync(join(dir, 'package.json'), `${JSON.stringify({ name: 'lectern-bench-astro-floor', private: true, type: 'module' }, null, 2)}\n`);
  writeFileSync(join(dir, 'astro.config.mjs'), `import { defineConfig } from 'astro/config';\n\nexport default defineConfig({});\n`);
  writeFileSync(
    join(dir, 'src', 'content.config.ts'),
    `import { defineCollection } from 'astro:content';\nimport { glob } from 'astro/loaders';\n\nexport const collections = {\n  docs: defineCollection({ loader: glob({ pattern: '**/*.md', base: './content' }) }),\n};\n`,
  );
  writeFileSync(
    join(dir, 'src', 'pages', '[...slug].astro'),
    [
      '---',
      "import { getCollection, render } from 'astro:content';",
      'export async function getStaticPaths() {',
      "  return (await getCollection('docs')).map((entry) => ({ params: { slug: entry.id === 'index' ? undefined : entry.id }, props: { entry } }));",
      '}',
      'const { Content } = await render(Astro.props.entry);',
      '---',
      '<html lang="en"><head><meta charset="utf-8" /><title>{Astro.props.entry.id}</title></head><body><Content /></body></html>',
      '',
    ].join('\n'),
  );
  writePages(join(dir, 'content'), pages, 'mkdocs');
}
