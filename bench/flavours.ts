/**
 * Writes a corpus page as Markdown for each tool: MkDocs Material syntax
 * (what Lectern and MkDocs both read) and Starlight's (`:::note` asides,
 * `<details>` for collapsibles, tabs as labelled code blocks since plain
 * Markdown in Starlight has no tabs without MDX).
 */
import { posix } from 'node:path';
import type { Block, CorpusPage, Inline } from './corpus.ts';

export type Flavour = 'mkdocs' | 'starlight';

export function pageMarkdown(page: CorpusPage, pages: readonly CorpusPage[], flavour: Flavour): string {
  const link = flavour === 'mkdocs' ? mkdocsLink(page) : starlightLink;
  const inline = (parts: Inline[]) => parts.map((part) => (typeof part === 'string' ? part : `[${part.text}](${link(pages[part.target]!)})`)).join('');
  const out: string[] = flavour === 'starlight' ? [`---\ntitle: ${JSON.stringify(page.title)}\n---`] : [];
  for (const block of page.blocks) {
    if (flavour === 'starlight' && block.kind === 'heading' && block.depth === 1) continue; // Starlight prints the title
    out.push(flavour === 'mkdocs' ? mkdocsBlock(block, inline) : starlightBlock(block, inline));
  }
  return `${out.join('\n\n')}\n`;
}

type InlineWriter = (parts: Inline[]) => string;

function mkdocsBlock(block: Block, inline: InlineWriter): string {
  switch (block.kind) {
    case 'admonition': {
      const marker = block.collapsible ? '???' : '!!!';
      return `${marker} ${block.type} "${block.title}"\n${indent(block.body.map(inline).join('\n\n'))}`;
    }
    case 'tabs':
      return block.tabs.map((tab) => `=== "${tab.label}"\n\n${indent(fence(tab.lang, tab.code))}`).join('\n\n');
    default:
      return commonBlock(block, inline);
  }
}

const STARLIGHT_ASIDES: Record<string, string> = { tip: 'tip', warning: 'caution', danger: 'danger' };

function starlightBlock(block: Block, inline: InlineWriter): string {
  switch (block.kind) {
    case 'admonition': {
      const body = block.body.map(inline).join('\n\n');
      if (block.collapsible) return `<details>\n<summary>${block.title}</summary>\n\n${body}\n\n</details>`;
      return `:::${STARLIGHT_ASIDES[block.type] ?? 'note'}[${block.title}]\n${body}\n:::`;
    }
    case 'tabs':
      return block.tabs.map((tab) => `**${tab.label}**\n\n${fence(tab.lang, tab.code)}`).join('\n\n');
    default:
      return commonBlock(block, inline);
  }
}

function commonBlock(block: Block, inline: InlineWriter): string {
  switch (block.kind) {
    case 'heading':
      return `${'#'.repeat(block.depth)} ${block.text}`;
    case 'paragraph':
      return inline(block.parts);
    case 'table':
      return [row(block.header), row(block.header.map(() => '---')), ...block.rows.map(row)].join('\n');
    case 'list':
      return block.items.map((item) => `- ${inline(item)}`).join('\n');
    default:
      throw new Error(`block kind "${block.kind}" has no common Markdown form`);
  }
}

/** MkDocs resolves `.md` links relative to the file that holds them. */
function mkdocsLink(from: CorpusPage): (to: CorpusPage) => string {
  const dir = posix.dirname(from.relPath);
  return (to) => posix.relative(dir, to.relPath);
}

function starlightLink(to: CorpusPage): string {
  return to.slug ? `/${to.slug}/` : '/';
}

function fence(lang: string, code: string): string {
  return `\`\`\`${lang}\n${code}\n\`\`\``;
}

function indent(text: string): string {
  return text
    .split('\n')
    .map((line) => (line ? `    ${line}` : line))
    .join('\n');
}

function row(cells: string[]): string {
  return `| ${cells.join(' | ')} |`;
}
