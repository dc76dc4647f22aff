import MarkdownIt from 'markdown-it';
import type { Renderer, RenderEnv, RenderResult } from './types.ts';

export interface RendererOptions {
  /** Languages to load into the highlighter up front (others load on demand). */
  languages?: string[];
}

/**
 * The single markdown-it set-up: every plugin is registered here, once per
 * build, and the instance is reused for every page.
 */
export async function createRenderer(_options: RendererOptions = {}): Promise<Renderer> {
  const md = new MarkdownIt({ html: true, linkify: false, typographer: false });
  return {
    render(source: string, env: RenderEnv): RenderResult {
      const mdEnv = { ...env, headings: [], links: [], dependencies: [] } as RenderEnv & Omit<RenderResult, 'html'>;
      const html = md.render(source, mdEnv);
      return { html, headings: mdEnv.headings, links: mdEnv.links, dependencies: mdEnv.dependencies };
    },
  };
}
