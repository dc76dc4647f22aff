import { dirname, posix, relative, resolve, sep } from 'node:path';
import { closesFence, fenceOpening, type Fence } from './fences.ts';

const INLINE_LINK = /(!?\[[^\]\n]*\])\(\s*(<[^>\n]*>|[^)\s]+)([^)\n]*)\)/g;
const REFERENCE = /^(\s{0,3}\[[^\]\n]+\]:\s*)(<[^>\n]*>|\S+)/;
const ABSOLUTE = /^(?:[a-z][a-z0-9+.-]*:|\/|#)/i;

/**
 * mkdocs-include-markdown's `rewrite-relative-urls` (on by default): a
 * relative link in an included file is written relative to that file, so
 * it is re-pointed to stay right from the page that includes it.
 * Fenced code is left alone.
 */
export function rewriteIncludedUrls(text: string, includedFile: string, pageFile: string): string {
  const fromDir = dirname(includedFile);
  const pageDir = dirname(pageFile);
  if (fromDir === pageDir) return text;
  const rewrite = (url: string): string => {
    const bare = url.startsWith('<') ? url.slice(1, -1) : url;
    if (!bare || ABSOLUTE.test(bare)) return url;
    const moved = relative(pageDir, resolve(fromDir, bare.replace(/[?#].*$/, ''))).split(sep).join(posix.sep);
    const suffix = /[?#].*$/.exec(bare)?.[0] ?? '';
    const result = `${moved || '.'}${suffix}`;
    return url.startsWith('<') ? `<${result}>` : result;
  };
  let fence: Fence | undefined;
  return text
    .split('\n')
    .map((line) => {
      if (fence) {
        if (closesFence(line, fence)) fence = undefined;
        return line;
      }
      fence = fenceOpening(line);
      if (fence) return line;
      const reference = REFERENCE.exec(line);
      if (reference) return line.replace(REFERENCE, (_, head: string, url: string) => `${head}${rewrite(url)}`);
      return line.replace(INLINE_LINK, (_, label: string, url: string, title: string) => `${label}(${rewrite(url)}${title})`);
    })
    .join('\n');
}
