/**
 * Deterministic benchmark corpus: N pages of MkDocs-Material-flavoured
 * Markdown built from a seed. Pages are generated as a small block model
 * once and then written per tool (Lectern and MkDocs read the same Markdown;
 * Starlight gets `:::note` asides), so every tool builds the same content.
 */
import { createRng, type Rng } from './rng.ts';

export type Inline = string | { text: string; target: number };

export type Block =
  | { kind: 'heading'; depth: 1 | 2 | 3; text: string }
  | { kind: 'paragraph'; parts: Inline[] }
  | { kind: 'admonition'; type: string; title: string; collapsible: boolean; body: Inline[][] }
  | { kind: 'tabs'; tabs: { label: string; lang: string; code: string }[] }
  | { kind: 'table'; header: string[]; rows: string[][] }
  | { kind: 'list'; items: Inline[][] };

export interface CorpusPage {
  /** Path under the docs folder: `index.md`, `section-03/page-0042.md`. */
  relPath: string;
  /** URL path without slashes around it: ``, `section-03/page-0042`. */
  slug: string;
  title: string;
  blocks: Block[];
}

export const DEFAULT_SEED = 20261204;
const PAGES_PER_SECTION = 50;

const WORDS = (
  'session token user tenant identity server login logout refresh expiry scope claim audience issuer ' +
  'client secret grant password consent revoke terminate device browser agent address policy admin ' +
  'request response header cookie lifetime idle timeout store cache cluster node replica audit event ' +
  'filter limit cursor page list endpoint resource attribute value operator domain realm federation ' +
  'account profile credential factor challenge verify rotate sign encrypt certificate trust key'
).split(' ');
const ADMONITION_TYPES = ['note', 'tip', 'warning', 'info', 'danger', 'example', 'abstract', 'question'] as const;
const LANGS = ['python', 'bash', 'json', 'yaml', 'typescript', 'java'] as const;

/** Generates the whole corpus; the same (count, seed) always gives the same pages. */
export function generateCorpus(count: number, seed = DEFAULT_SEED): CorpusPage[] {
  if (!Number.isInteger(count) || count < 1) throw new Error(`corpus size must be a positive integer, got ${count}`);
  const rng = createRng(seed);
  const pages: CorpusPage[] = [];
  for (let index = 0; index < count; index++) {
    const { relPath, slug } = pathForIndex(index);
    const title = index === 0 ? 'Benchmark corpus' : titleCase(words(rng, 2, 4));
    pages.push({ relPath, slug, title, blocks: pageBlocks(rng, title, count, index) });
  }
  return pages;
}

export function pathForIndex(index: number): { relPath: string; slug: string } {
  if (index === 0) return { relPath: 'index.md', slug: '' };
  const section = String(Math.ceil(index / PAGES_PER_SECTION)).padStart(2, '0');
  const slug = `section-${section}/page-${String(index).padStart(4, '0')}`;
  return { relPath: `${slug}.md`, slug };
}

function pageBlocks(rng: Rng, title: string, count: number, self: number): Block[] {
  const para = (): Block => ({ kind: 'paragraph', parts: inlines(rng, count, self, 18, 32) });
  const first = rng.pick(LANGS);
  const second = rng.pick(LANGS.filter((lang) => lang !== first));
  return [
    { kind: 'heading', depth: 1, text: title },
    para(),
    { kind: 'heading', depth: 2, text: titleCase(words(rng, 2, 3)) },
    para(),
    para(),
    { kind: 'admonition', type: rng.pick(ADMONITION_TYPES), title: titleCase(words(rng, 1, 3)), collapsible: false, body: [inlines(rng, count, self, 14, 24)] },
    { kind: 'heading', depth: 2, text: titleCase(words(rng, 2, 3)) },
    para(),
    { kind: 'admonition', type: rng.pick(ADMONITION_TYPES), title: titleCase(words(rng, 1, 3)), collapsible: true, body: [inlines(rng, count, self, 14, 24)] },
    {
      kind: 'tabs',
      tabs: [
        { label: labelFor(first), lang: first, code: codeSample(rng, first) },
        { label: labelFor(second), lang: second, code: codeSample(rng, second) },
      ],
    },
    { kind: 'heading', depth: 3, text: titleCase(words(rng, 2, 3)) },
    table(rng),
    para(),
    { kind: 'heading', depth: 2, text: titleCase(words(rng, 2, 3)) },
    { kind: 'list', items: Array.from({ length: rng.int(3, 5) }, () => inlines(rng, count, self, 6, 12)) },
    para(),
  ];
}

/** A sentence-ish run of words with inline markup and, now and then, a link to another page. */
function inlines(rng: Rng, count: number, self: number, min: number, max: number): Inline[] {
  const parts: Inline[] = [];
  let text = '';
  const length = rng.int(min, max);
  for (let i = 0; i < length; i++) {
    const word = rng.pick(WORDS);
    const roll = rng.next();
    const sep = i === 0 ? '' : ' ';
    if (roll < 0.05 && count > 1) {
      parts.push(`${text}${sep}`);
      text = '';
      let target = rng.int(0, count - 1);
      if (target === self) target = (target + 1) % count;
      parts.push({ text: `${word} ${rng.pick(WORDS)}`, target });
    } else if (roll < 0.09) text += `${sep}**${word}**`;
    else if (roll < 0.13) text += `${sep}*${word}*`;
    else if (roll < 0.17) text += `${sep}\`${word}_id\``;
    else text += `${sep}${word}`;
  }
  parts.push(`${text}.`);
  parts[0] = capitalise(parts[0] as string) as Inline;
  return parts;
}

function table(rng: Rng): Block {
  const header = ['Field', 'Type', 'Description'];
  const rows = Array.from({ length: rng.int(3, 5) }, () => [
    `\`${rng.pick(WORDS)}_${rng.pick(WORDS)}\``,
    rng.pick(['string', 'integer', 'boolean', 'array', 'object']),
    capitalise(words(rng, 4, 8)),
  ]);
  return { kind: 'table', header, rows };
}

function codeSample(rng: Rng, lang: string): string {
  const a = `${rng.pick(WORDS)}_${rng.pick(WORDS)}`;
  const b = rng.pick(WORDS);
  const n = rng.int(10, 9999);
  switch (lang) {
    case 'python':
      return `import requests\n\ndef ${a}(client, ${b}_id):\n    response = client.get(f"/api/users/v1/me/${b}s/{${b}_id}")\n    response.raise_for_status()\n    return response.json()["${b}"][:${n}]`;
    case 'bash':
      return `curl -s -X GET "https://localhost:9443/t/carbon.super/api/users/v1/me/${b}s?limit=${n}" \\\n  -H "Authorization: Bearer $TOKEN" \\\n  -H "Accept: application/json" | jq '.${a}'`;
    case 'json':
      return `{\n  "id": "${a}-${n}",\n  "${b}": true,\n  "limit": ${n},\n  "tags": ["${rng.pick(WORDS)}", "${rng.pick(WORDS)}"]\n}`;
    case 'yaml':
      return `${a}:\n  ${b}: ${n}\n  enabled: true\n  items:\n    - ${rng.pick(WORDS)}\n    - ${rng.pick(WORDS)}`;
    case 'typescript':
      return `export async function ${camel(a)}(${b}Id: string): Promise<number> {\n  const res = await fetch(\`/api/users/v1/me/${b}s/\${${b}Id}\`);\n  if (!res.ok) throw new Error(res.statusText);\n  return (await res.json()).count ?? ${n};\n}`;
    default:
      return `public final class ${titleCase(a).replace(/[ _]/g, '')} {\n    private static final int LIMIT = ${n};\n\n    public String ${camel(b)}() {\n        return "${a}";\n    }\n}`;
  }
}

function labelFor(lang: string): string {
  return { python: 'Python', bash: 'cURL', json: 'JSON', yaml: 'YAML', typescript: 'TypeScript', java: 'Java' }[lang] ?? lang;
}

function words(rng: Rng, min: number, max: number): string {
  return Array.from({ length: rng.int(min, max) }, () => rng.pick(WORDS)).join(' ');
}

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function titleCase(text: string): string {
  return text.split(' ').map(capitalise).join(' ');
}

function camel(text: string): string {
  return text.replace(/_(\w)/g, (_, c: string) => c.toUpperCase());
}
