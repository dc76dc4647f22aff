/**
 * Source-level expansion before markdown-it parses the page, the way MkDocs
 * plugins work on the page text: `{% include %}` / `{% include-markdown %}`
 * and `--8<--` snippets are spliced in (indented like the directive), the
 * Jinja subset (`{{ var }}`, `{% set %}`, `{% if %}`, `{% raw %}`) is
 * applied outside fenced and inline code, and leading tabs become 4-column
 * stops. Every output line keeps the file and line it came from.
 */
import { existsSync, readFileSync, statSync } from 'node:fs';
import { dirname, isAbsolute, relative, resolve } from 'node:path';
import { LecternError } from '../../errors.ts';
import { ExpandedText, type SourceOrigin } from './line-map.ts';
import { TemplateProblem, evaluate, isTruthy, renderExpression, type Scope } from './jinja.ts';
import { didYouMean } from './did-you-mean.ts';
import { expandLeadingTabs } from './tabs.ts';
import { parseDirectiveArgs, sliceBetween } from './directive-args.ts';
import { rewriteIncludedUrls } from './rewrite-included-urls.ts';
import { parseSnippetSpec, selectSnippet } from './snippet-spec.ts';
import { closesFence, fenceOpening, type Fence } from './fences.ts';

export interface ExpandOptions {
  /** Project-relative page path used in messages (`content/apis/session.md`). */
  file: string;
  /** Absolute content folder: `/…` includes and snippets resolve against it. */
  contentDir: string;
  variables: Scope;
  /** Front-matter lines before the body. */
  lineOffset: number;
}

export interface ExpandResult {
  text: string;
  origins: SourceOrigin[];
  /** Absolute paths of every included file. */
  dependencies: string[];
}

interface Frame {
  abs: string;
  display: string;
  lineOffset: number;
  /** Page line of the include directive; undefined for the page itself. */
  pageLine: number | undefined;
  /** Prefix for every line after the first (the includer's indentation). */
  indent: string;
}


interface IfFrame {
  parentActive: boolean;
  taken: boolean;
  origin: SourceOrigin;
}

const SNIPPET_LINE = /^(\s*)(;?)-+8<-+\s+(["'])([^"']+)\3\s*$/;
const SNIPPET_BLOCK = /^\s*(;?)-+8<-+\s*$/;
const SPECIAL = /`+|\{[{%#]/g;
const ENDRAW = /\{%-?\s*endraw\s*-?%\}/g;
const SUPPORTED_TAGS = 'set, if/elif/else/endif, raw/endraw, include and include-markdown';
const KNOWN_TAGS = ['set', 'if', 'elif', 'else', 'endif', 'raw', 'endraw', 'include', 'include-markdown'];

export function expandSource(body: string, options: ExpandOptions): ExpandResult {
  const projectRoot = dirname(resolve(options.contentDir));
  const pageAbs = resolve(projectRoot, options.file);
  const expander = new Expander(options, projectRoot);
  expander.expandFile(body, { abs: pageAbs, display: options.file, lineOffset: options.lineOffset, pageLine: undefined, indent: '' });
  expander.finish();
  return { text: expander.out.toString(), origins: expander.out.origins, dependencies: [...expander.dependencies] };
}

class Expander {
  readonly out: ExpandedText;
  readonly dependencies = new Set<string>();
  private readonly scope: Scope;
  private readonly stack: string[] = [];
  private readonly ifStack: IfFrame[] = [];
  private active = true;
  private raw: SourceOrigin | undefined;
  private readonly options: ExpandOptions;
  private readonly projectRoot: string;

  constructor(options: ExpandOptions, projectRoot: string) {
    this.options = options;
    this.projectRoot = projectRoot;
    this.scope = { ...options.variables };
    this.out = new ExpandedText({ file: options.file, line: options.lineOffset + 1, pageLine: options.lineOffset + 1 });
  }

  finish(): void {
    if (this.raw) fail('raw-unclosed', '{% raw %} is never closed', this.raw, 'end it with {% endraw %}');
    const open = this.ifStack[this.ifStack.length - 1];
    if (open) fail('if-unclosed', '{% if %} is never closed', open.origin, 'end it with {% endif %}');
  }

  expandFile(text: string, frame: Frame): void {
    this.stack.push(frame.abs);
    const lines = text.replace(/\r\n?/g, '\n').split('\n');
    if (frame.pageLine !== undefined && lines.length > 1 && lines[lines.length - 1] === '') lines.pop();
    const originOf = (i: number): SourceOrigin => {
      const line = frame.lineOffset + i + 1;
      return { file: frame.display, line, pageLine: frame.pageLine ?? line };
    };
    if (frame.pageLine !== undefined && this.active) this.out.startsIncludedText(originOf(0));
    let fence: Fence | undefined;
    for (let i = 0; i < lines.length; i++) {
      const origin = originOf(i);
      if (i > 0 && this.active) this.out.newline(origin, frame.indent);
      const rawLine = lines[i]!;
      if (fence && !this.raw) {
        if (closesFence(rawLine, fence)) fence = undefined;
        else if (this.active && this.trySnippetLine(rawLine, origin, frame, true)) continue;
        if (this.active) this.out.text(rawLine);
        continue;
      }
      const line = expandLeadingTabs(rawLine);
      if (!this.raw && this.active) {
        const opening = fenceOpening(line);
        if (opening) {
          fence = opening;
          // the info string may use variables (`title="{{ version }}.yaml"`); the code may not
          this.scanLine(line, [line], 0, frame, () => originOf(i));
          continue;
        }
        if (this.trySnippetLine(line, origin, frame, false)) continue;
        const block = SNIPPET_BLOCK.exec(line);
        if (block) {
          i = this.snippetBlock(lines, i, frame, originOf, block[1] === ';');
          continue;
        }
      }
      i += this.scanLine(line, lines, i, frame, originOf);
    }
    this.stack.pop();
  }

  /** Text, `{{ }}`, `{% %}`, `{# #}` and code spans of one line; returns extra lines a multi-line tag used. */
  private scanLine(line: string, lines: string[], index: number, frame: Frame, originOf: (i: number) => SourceOrigin): number {
    const origin = originOf(index);
    let consumed = 0;
    let pos = 0;
    const emit = (value: string) => {
      if (this.active) this.out.text(value);
    };
    while (pos < line.length) {
      if (this.raw) {
        ENDRAW.lastIndex = pos;
        const end = ENDRAW.exec(line);
        if (!end) {
          emit(line.slice(pos));
          return consumed;
        }
        emit(line.slice(pos, end.index));
        this.raw = undefined;
        pos = end.index + end[0].length;
        continue;
      }
      SPECIAL.lastIndex = pos;
      const special = SPECIAL.exec(line);
      if (!special) {
        emit(line.slice(pos));
        return consumed;
      }
      emit(line.slice(pos, special.index));
      const start = special.index;
      const mark = special[0];
      if (mark[0] === '`') {
        // an inline code span is left exactly as written
        const close = findClosingBackticks(line, start + mark.length, mark.length);
        const end = close < 0 ? start + mark.length : close + mark.length;
        emit(line.slice(start, end));
        pos = end;
        continue;
      }
      const closer = mark === '{{' ? '}}' : mark === '{%' ? '%}' : '#}';
      let end = line.indexOf(closer, start + 2);
      if (end < 0 && mark !== '{{') {
        // a tag may span lines: `{%\n  include-markdown "x.md"\n%}`
        let joined = line;
        for (let extra = 1; extra <= 10 && index + extra < lines.length; extra++) {
          joined += ` ${lines[index + extra]!.trim()}`;
          if (joined.indexOf(closer, start + 2) >= 0) {
            line = joined;
            consumed = extra;
            end = line.indexOf(closer, start + 2);
            break;
          }
        }
      }
      if (end < 0) {
        // not a template tag after all: keep it as text
        emit(mark);
        pos = start + 2;
        continue;
      }
      const inner = line.slice(start + 2, end).replace(/^-|-$/g, '');
      pos = end + 2;
      if (mark === '{#') continue;
      if (mark === '{{') {
        if (this.active) emit(located(() => renderExpression(inner, this.scope), origin));
        continue;
      }
      this.tag(inner, origin, frame, includeIndent(line.slice(0, start)));
    }
    return consumed;
  }

  private tag(inner: string, origin: SourceOrigin, frame: Frame, indentBeforeTag: string): void {
    const match = /^\s*([\w-]+)\s*([\s\S]*?)\s*$/.exec(inner);
    const name = match?.[1] ?? '';
    const rest = match?.[2] ?? '';
    switch (name) {
      case 'raw':
        this.raw = origin;
        return;
      case 'set': {
        if (!this.active) return;
        const assignment = /^([A-Za-z_]\w*)\s*=\s*([\s\S]+)$/.exec(rest);
        if (!assignment) fail('jinja-set', `malformed {% set ${rest} %}`, origin, 'write {% set name = "value" %}');
        this.scope[assignment[1]!] = located(() => evaluate(assignment[2]!, this.scope), origin);
        return;
      }
      case 'if': {
        const taken = this.active && isTruthy(located(() => evaluate(rest, this.scope), origin));
        this.ifStack.push({ parentActive: this.active, taken, origin });
        this.active = taken;
        return;
      }
      case 'elif':
      case 'else': {
        const top = this.ifStack[this.ifStack.length - 1];
        if (!top) fail('jinja-else', `{% ${name} %} without {% if %}`, origin);
        const taken = top.parentActive && !top.taken && (name === 'else' || isTruthy(located(() => evaluate(rest, this.scope), origin)));
        top.taken ||= taken;
        this.active = taken;
        return;
      }
      case 'endif': {
        const top = this.ifStack.pop();
        if (!top) fail('jinja-endif', '{% endif %} without {% if %}', origin);
        this.active = top.parentActive;
        return;
      }
      case 'include':
      case 'include-markdown':
        if (this.active) this.include(name, rest, origin, frame, frame.indent + indentBeforeTag);
        return;
      default: {
        const suggestion = didYouMean(name, KNOWN_TAGS);
        const hint = suggestion ? `did you mean {% ${suggestion} %}?` : `Lectern supports ${SUPPORTED_TAGS}; wrap literal text in {% raw %}…{% endraw %}`;
        fail('jinja-unknown-tag', `unsupported template tag {% ${name || inner.trim()} %}`, origin, hint);
      }
    }
  }

  private include(kind: string, args: string, origin: SourceOrigin, frame: Frame, indent: string): void {
    const parsed = located(() => parseDirectiveArgs(args, kind === 'include-markdown' ? ['start', 'end'] : []), origin);
    const base = parsed.path.startsWith('/') ? this.options.contentDir : dirname(frame.abs);
    const abs = resolve(base, parsed.path.replace(/^\/+/, ''));
    let text = this.read(abs, parsed.path, origin, 'a relative path is relative to this file, "/…" to content/');
    text = located(() => sliceBetween(text, parsed.options.start, parsed.options.end), origin);
    if (kind === 'include-markdown') text = rewriteIncludedUrls(text, abs, this.stack[0]!);
    this.expandFile(text, { abs, display: this.display(abs), lineOffset: 0, pageLine: origin.pageLine, indent });
  }

  /** `--8<-- "path"` on its own line; inside a fence the file is inserted as code. */
  private trySnippetLine(line: string, origin: SourceOrigin, frame: Frame, asCode: boolean): boolean {
    const match = SNIPPET_LINE.exec(line);
    if (!match) return false;
    const [, lead = '', escaped, , spec = ''] = match;
    if (escaped) {
      this.out.text(line.replace(';', ''));
      return true;
    }
    this.snippet(spec, origin, frame, lead, asCode);
    return true;
  }

  /** The block form: `--8<--`, one path per line, `--8<--`. */
  private snippetBlock(lines: string[], start: number, frame: Frame, originOf: (i: number) => SourceOrigin, escaped: boolean): number {
    let end = start + 1;
    while (end < lines.length && !SNIPPET_BLOCK.test(lines[end]!)) end++;
    if (end >= lines.length) fail('snippet-block', '--8<-- block is never closed', originOf(start), 'end the list of files with a line holding only --8<--');
    if (escaped) {
      // `;--8<--` shows the block as written, without the escape
      for (let i = start; i <= end; i++) {
        if (i > start) this.out.newline(originOf(i), frame.indent);
        this.out.text(i === start ? lines[i]!.replace(';', '') : lines[i]!);
      }
      return end;
    }
    const lead = /^\s*/.exec(lines[start]!)![0];
    let first = true;
    for (let i = start + 1; i < end; i++) {
      const spec = lines[i]!.trim();
      if (!spec || spec.startsWith(';')) continue;
      if (!first) this.out.newline(originOf(i), frame.indent);
      this.snippet(spec, originOf(i), frame, lead, false);
      first = false;
    }
    return end;
  }

  private snippet(written: string, origin: SourceOrigin, frame: Frame, lead: string, asCode: boolean): void {
    const spec = parseSnippetSpec(written);
    const abs = resolve(this.options.contentDir, spec.path.replace(/^\/+/, ''));
    const text = located(() => selectSnippet(this.read(abs, spec.path, origin, 'snippet paths are relative to content/'), spec), origin);
    this.out.text(lead);
    if (asCode) {
      const codeLines = text.replace(/\n$/, '').split('\n');
      codeLines.forEach((codeLine, i) => {
        if (i > 0) this.out.newline(origin, frame.indent + lead);
        this.out.text(codeLine);
      });
      return;
    }
    const lineOffset = spec.from !== undefined ? spec.from - 1 : 0;
    this.expandFile(text, { abs, display: this.display(abs), lineOffset, pageLine: origin.pageLine, indent: frame.indent + lead });
  }

  private read(abs: string, written: string, origin: SourceOrigin, hint: string): string {
    if (this.stack.includes(abs)) {
      const chain = [...this.stack.slice(this.stack.indexOf(abs)), abs].map((p) => this.display(p)).join(' → ');
      fail('include-cycle', `include cycle: ${chain}`, origin, 'an included file must not include itself, directly or through others');
    }
    if (!existsSync(abs) || !statSync(abs).isFile()) {
      fail('include-missing', `included file "${written}" not found (looked for ${this.display(abs)})`, origin, hint);
    }
    this.dependencies.add(abs);
    return readFileSync(abs, 'utf8');
  }

  private display(abs: string): string {
    const rel = relative(this.projectRoot, abs).replace(/\\/g, '/');
    return isAbsolute(rel) || rel.startsWith('..') ? abs : rel;
  }
}


/** Index of a closing run of exactly `length` backticks, or -1. */
function findClosingBackticks(line: string, from: number, length: number): number {
  const run = /`+/g;
  run.lastIndex = from;
  for (let m = run.exec(line); m; m = run.exec(line)) if (m[0].length === length) return m.index;
  return -1;
}

/** Indentation for included lines: the directive's column when only whitespace or a list marker precede it. */
function includeIndent(before: string): string {
  return /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+)?$/.test(before) ? ' '.repeat(before.length) : /^\s*/.exec(before)![0];
}

function located<T>(run: () => T, origin: SourceOrigin): T {
  try {
    return run();
  } catch (error) {
    if (error instanceof TemplateProblem) fail('template', error.message, origin, error.hint);
    throw error;
  }
}

function fail(code: string, message: string, origin: SourceOrigin, hint?: string): never {
  throw new LecternError(code, message, { file: origin.file, line: origin.line, hint });
}

