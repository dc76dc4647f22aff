import { TemplateProblem } from './jinja.ts';

export interface DirectiveArgs {
  path: string;
  options: Record<string, string>;
}

/** `"path" key="value" …` of an include directive; unknown keys are errors. */
export function parseDirectiveArgs(args: string, allowed: readonly string[]): DirectiveArgs {
  const pathMatch = /^\s*(["'])(.+?)\1/.exec(args);
  if (!pathMatch) throw new TemplateProblem('include needs a quoted path', 'write {% include "path/to/file.md" %}');
  const options: Record<string, string> = {};
  const rest = args.slice(pathMatch[0].length);
  const pair = /\s*([\w-]+)\s*=\s*(["'])([\s\S]*?)\2/y;
  let pos = 0;
  while (pos < rest.length && rest.slice(pos).trim()) {
    pair.lastIndex = pos;
    const m = pair.exec(rest);
    if (!m) throw new TemplateProblem(`cannot read include options "${rest.trim()}"`, 'options look like start="<!-- start -->"');
    if (!allowed.includes(m[1]!)) {
      throw new TemplateProblem(`unsupported include option "${m[1]}"`, allowed.length ? `supported: ${allowed.join(', ')}` : 'plain {% include %} takes no options');
    }
    options[m[1]!] = m[3]!;
    pos = pair.lastIndex;
  }
  return { path: pathMatch[2]!, options };
}

/** The text between the first `start` marker and the next `end` marker (include-markdown). */
export function sliceBetween(text: string, start: string | undefined, end: string | undefined): string {
  let result = text;
  if (start !== undefined) {
    const at = result.indexOf(start);
    if (at < 0) throw new TemplateProblem(`start marker "${start}" not found in the included file`);
    result = result.slice(at + start.length);
  }
  if (end !== undefined) {
    const at = result.indexOf(end);
    if (at < 0) throw new TemplateProblem(`end marker "${end}" not found in the included file`);
    result = result.slice(0, at);
  }
  return start !== undefined ? result.replace(/^[ \t]*\n/, '') : result;
}
