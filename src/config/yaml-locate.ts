/**
 * Finds the 1-based line of a value inside a YAML text from its key path
 * (`['nav', 2, 'Guides', 0]`), without a position-aware YAML parser: each
 * step searches forward from the previous hit, among lines indented deeper
 * than it. Good enough for config files; returns the deepest line it reached.
 */
export function lineOfPath(text: string, path: readonly PropertyKey[]): number | undefined {
  if (!text) return undefined;
  const lines = text.split('\n');
  let from = 0;
  let parentIndent = -1;
  let found: number | undefined;
  for (const step of path) {
    const hit = typeof step === 'number' ? findListItem(lines, from, parentIndent, step) : findKey(lines, from, parentIndent, String(step));
    if (hit === undefined) break;
    found = hit.line;
    from = hit.line + (hit.sameLine ? 0 : 1);
    parentIndent = hit.indent;
  }
  return found === undefined ? undefined : found + 1;
}

interface Hit {
  line: number;
  indent: number;
  /** The value may continue on the same line (`- Guides:` holds a key right after the dash). */
  sameLine: boolean;
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

function isContent(line: string): boolean {
  const trimmed = line.trim();
  return trimmed !== '' && !trimmed.startsWith('#');
}

function findKey(lines: string[], from: number, parentIndent: number, key: string): Hit | undefined {
  const escaped = key.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  const pattern = new RegExp(`^(\\s*(?:-\\s+)?)(["']?)${escaped}\\2\\s*:`);
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    if (i > from && indentOf(line) <= parentIndent) return undefined; // left the parent block
    const match = pattern.exec(line);
    if (match) return { line: i, indent: match[1]!.length, sameLine: false };
  }
  return undefined;
}

function findListItem(lines: string[], from: number, parentIndent: number, index: number): Hit | undefined {
  let seen = -1;
  let itemIndent = -1;
  for (let i = from; i < lines.length; i++) {
    const line = lines[i]!;
    if (!isContent(line)) continue;
    const indent = indentOf(line);
    if (i > from && indent <= parentIndent && !line.trimStart().startsWith('-')) return undefined;
    if (!line.trimStart().startsWith('-')) continue;
    if (itemIndent < 0) itemIndent = indent;
    if (indent < itemIndent) return undefined;
    if (indent !== itemIndent) continue;
    seen++;
    if (seen === index) return { line: i, indent, sameLine: true };
  }
  return undefined;
}
