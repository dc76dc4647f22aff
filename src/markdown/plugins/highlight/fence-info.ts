/** What a fence's info string asks for: `yaml title="a.yaml" hl_lines="2 4-5" linenums="1"`. */
export interface FenceInfo {
  language: string;
  title: string | undefined;
  highlight: Set<number>;
  /** First line number, or undefined for no numbers. */
  lineStart: number | undefined;
  classes: string[];
  id: string | undefined;
}

const ATTRIBUTE = /([\w-]+)=(?:"([^"]*)"|'([^']*)'|(\S+))|([.#][\w-]+)|(\S+)/g;

export function parseFenceInfo(info: string): FenceInfo {
  const result: FenceInfo = { language: '', title: undefined, highlight: new Set(), lineStart: undefined, classes: [], id: undefined };
  // `{ .yaml title="x" }` (superfences brace form) and `yaml title="x"` read the same
  const text = info.trim().replace(/^\{\s*([\s\S]*?)\s*\}$/, '$1');
  let first = true;
  for (const m of text.matchAll(ATTRIBUTE)) {
    const [, key, dq, sq, bare, shorthand, word] = m;
    if (key) {
      const value = dq ?? sq ?? bare ?? '';
      if (key === 'title') result.title = value;
      else if (key === 'hl_lines') for (const n of parseLineSpec(value)) result.highlight.add(n);
      else if (key === 'linenums') result.lineStart = Number.parseInt(value.split(/\s+/)[0] ?? '1', 10) || 1;
    } else if (shorthand) {
      if (shorthand.startsWith('#')) result.id = shorthand.slice(1);
      else if (first && !result.language) result.language = shorthand.slice(1);
      else result.classes.push(shorthand.slice(1));
    } else if (word && first) {
      result.language = word;
    }
    first = false;
  }
  return result;
}

/** `"1 3-5"` → 1, 3, 4, 5. */
function parseLineSpec(spec: string): number[] {
  const lines: number[] = [];
  for (const part of spec.split(/[\s,]+/).filter(Boolean)) {
    const [from, to] = part.split('-').map((n) => Number.parseInt(n, 10));
    if (from === undefined || Number.isNaN(from)) continue;
    const last = to === undefined || Number.isNaN(to) ? from : to;
    for (let n = from; n <= last && n - from < 10_000; n++) lines.push(n);
  }
  return lines;
}
