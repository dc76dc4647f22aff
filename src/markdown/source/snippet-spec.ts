import { TemplateProblem } from './jinja.ts';

/** `file.md`, `file.md:3:5` (lines), `file.py:name` (a `--8<-- [start:name]` … `[end:name]` section). */
export interface SnippetSpec {
  path: string;
  from: number | undefined;
  to: number | undefined;
  section: string | undefined;
}

export function parseSnippetSpec(spec: string): SnippetSpec {
  const lines = /^(.*?):(\d*)(?::(\d*))?$/.exec(spec);
  if (lines && (lines[2] || lines[3])) {
    return { path: lines[1]!, from: lines[2] ? Number(lines[2]) : undefined, to: lines[3] ? Number(lines[3]) : undefined, section: undefined };
  }
  const section = /^(.*?):([A-Za-z_][\w-]*)$/.exec(spec);
  if (section) return { path: section[1]!, from: undefined, to: undefined, section: section[2] };
  return { path: spec, from: undefined, to: undefined, section: undefined };
}

const MARKER = /--8<--\s*\[(start|end):([\w-]+)\]/;

/** The part of a snippet file the spec asks for, without section marker lines. */
export function selectSnippet(text: string, spec: SnippetSpec): string {
  let lines = text.replace(/\r\n?/g, '\n').split('\n');
  if (spec.from !== undefined || spec.to !== undefined) lines = lines.slice((spec.from ?? 1) - 1, spec.to ?? lines.length);
  if (spec.section !== undefined) {
    const isMarker = (line: string, kind: 'start' | 'end') => {
      const marker = MARKER.exec(line);
      return marker?.[1] === kind && marker[2] === spec.section;
    };
    const start = lines.findIndex((line) => isMarker(line, 'start'));
    if (start < 0) throw new TemplateProblem(`snippet section "${spec.section}" not found in ${spec.path}`, `mark it with --8<-- [start:${spec.section}] and --8<-- [end:${spec.section}]`);
    const end = lines.findIndex((line, i) => i > start && isMarker(line, 'end'));
    lines = lines.slice(start + 1, end < 0 ? lines.length : end);
  }
  return lines.filter((line) => !MARKER.test(line)).join('\n');
}
