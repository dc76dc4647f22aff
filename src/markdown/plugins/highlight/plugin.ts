import type { MarkdownIt, Token } from 'markdown-it';
import { parseFenceInfo } from './fence-info.ts';
import { escapeHtml } from '../../escape-html.ts';
import type { CodeHighlighter } from './highlighter.ts';

interface CodeEnv {
  lecternCodeBlocks?: number;
}

/**
 * Fenced code as pymdownx.highlight + Material print it: `div.highlight`,
 * optional `span.filename`, `pre` with a copy button, `span.hll` around
 * highlighted lines and inline line numbers (`span.linenos`, drawn by CSS
 * so copying the code leaves them out).
 */
/** markdown-it-attrs moves `{ .yaml title="x" }` from the info string into attrs; read them back. */
function infoWithAttributes(token: Token): string {
  if (!token.attrs?.length) return token.info;
  const parts = [token.info];
  for (const [name, raw] of token.attrs) {
    const value = String(raw);
    if (name === 'class') parts.push(...value.split(/\s+/).filter(Boolean).map((c: string) => `.${c}`));
    else if (name === 'id') parts.push(`#${value}`);
    else parts.push(`${name}="${value.replace(/"/g, '')}"`);
  }
  return parts.join(' ').trim();
}

export function highlightPlugin(md: MarkdownIt, highlighter: CodeHighlighter): void {
  md.renderer.rules.fence = (tokens, idx, _options, renderEnv) => {
    const env = renderEnv as CodeEnv;
    const token = tokens[idx]!;
    const info = parseFenceInfo(infoWithAttributes(token));
    const code = token.content.replace(/\n$/, '');
    const lines = highlighter.highlightLines(code, info.language);
    const count = (env.lecternCodeBlocks = (env.lecternCodeBlocks ?? 0) + 1);
    const id = `__code_${count}`;
    const width = String((info.lineStart ?? 1) + lines.length - 1).length;
    let body = '';
    lines.forEach((html, i) => {
      const number = info.lineStart !== undefined ? `<span class="linenos" data-linenos="${String(info.lineStart + i).padStart(width)} "></span>` : '';
      body += info.highlight.has(i + 1) ? `${number}<span class="hll">${html}\n</span>` : `${number}${html}\n`;
    });
    const classes = ['highlight', ...info.classes].join(' ');

    const title = info.title ? `<span class="filename">${escapeHtml(info.title)}</span>` : '';
    const button = `<button class="md-clipboard md-icon" type="button" title="Copy to clipboard" aria-label="Copy to clipboard" data-clipboard-target="#${id} &gt; code"></button>`;
    const blockId = info.id ? ` id="${escapeHtml(info.id)}"` : '';
    return `<div class="${escapeHtml(classes)}"${blockId}>${title}<pre id="${id}"><span></span>${button}<code>${body}</code></pre></div>\n`;
  };
}
