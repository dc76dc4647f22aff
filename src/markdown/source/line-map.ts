/** Where a line of the expanded Markdown came from. */
export interface SourceOrigin {
  /** Project-relative file the line was read from (the page or an included file). */
  file: string;
  /** 1-based line in that file. */
  line: number;
  /** 1-based line in the page file: the include directive's line for included text. */
  pageLine: number;
}

/**
 * Collects the expanded Markdown text and, for every output line, the file
 * and line it came from, so markdown-it token lines map back to `file:line`.
 */
export class ExpandedText {
  private readonly chunks: string[] = [];
  readonly origins: SourceOrigin[];
  /** Whether the current output line holds more than indentation yet. */
  private lineHasText = false;

  constructor(first: SourceOrigin) {
    this.origins = [first];
  }

  /** Appends text; a newline inside it keeps the current origin for the next line. */
  text(value: string): void {
    if (value === '') return;
    const parts = value.split('\n');
    const current = this.origins[this.origins.length - 1]!;
    for (let i = 1; i < parts.length; i++) this.origins.push(current);
    this.chunks.push(value);
    if (/\S/.test(parts[parts.length - 1]!)) this.lineHasText = true;
    else if (parts.length > 1) this.lineHasText = false;
  }

  /** Ends the output line; the next output line starts at `next`. */
  newline(next: SourceOrigin, indent = ''): void {
    this.chunks.push('\n', indent);
    this.origins.push(next);
    this.lineHasText = false;
  }

  /** An included file starts here: when only indentation precedes it, the line is the included file's. */
  startsIncludedText(origin: SourceOrigin): void {
    if (!this.lineHasText) this.origins[this.origins.length - 1] = origin;
  }

  toString(): string {
    return this.chunks.join('');
  }
}

/** Origin of a 0-based line of the expanded text (markdown-it `token.map[0]`). */
export function originAt(origins: readonly SourceOrigin[], line: number): SourceOrigin {
  return origins[Math.min(Math.max(line, 0), origins.length - 1)]!;
}
