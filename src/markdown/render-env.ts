import type { StateCore } from 'markdown-it';
import { LecternError } from '../errors.ts';
import { originAt, type SourceOrigin } from './source/line-map.ts';
import type { Heading, PageLink, RenderEnv } from './types.ts';

/** The markdown-it env during one render: inputs plus what plugins collect. */
export interface LecternMarkdownEnv extends RenderEnv {
  headings: Heading[];
  links: PageLink[];
  /** Origin of every line of the expanded text markdown-it parses. */
  origins: readonly SourceOrigin[];
  /** The page path inside content/ (`apis/session.md`), for MkDocs-style link rewriting. */
  pagePath: string;
}

export function markdownEnv(state: StateCore): LecternMarkdownEnv {
  return state.env as unknown as LecternMarkdownEnv;
}

/** File and line of a 0-based line of the parsed text. */
export function locate(env: LecternMarkdownEnv, line: number): SourceOrigin {
  return originAt(env.origins, line);
}

export function failAt(env: LecternMarkdownEnv, line: number, code: string, message: string, hint?: string): never {
  const origin = locate(env, line);
  throw new LecternError(code, message, { file: origin.file, line: origin.line, hint });
}

/**
 * Walks the children of an inline token, telling each child's 0-based line:
 * the block's first line plus the line breaks seen so far.
 */
export function forEachInlineChild(
  tokens: StateCore['tokens'],
  visit: (child: StateCore['tokens'][number], line: number) => void,
): void {
  for (const block of tokens) {
    if (block.type !== 'inline' || !block.children || !block.map) continue;
    let line = block.map[0];
    for (const child of block.children) {
      visit(child, line);
      if (child.type === 'softbreak' || child.type === 'hardbreak') line++;
      else if (child.type === 'html_inline') line += child.content.split('\n').length - 1;
    }
  }
}
