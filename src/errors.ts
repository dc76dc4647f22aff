/**
 * One error type for everything an author can get wrong. It carries the place
 * (file and 1-based line) and a hint, so every caller prints the same
 * `file:line: message (hint)` shape and tests can match on fields, not text.
 */
export class LecternError extends Error {
  readonly file: string | undefined;
  readonly line: number | undefined;
  readonly hint: string | undefined;
  readonly code: string;

  constructor(code: string, message: string, where: { file?: string; line?: number; hint?: string } = {}) {
    super(formatLocated(message, where));
    this.name = 'LecternError';
    this.code = code;
    this.file = where.file;
    this.line = where.line;
    this.hint = where.hint;
  }
}

export function formatLocated(message: string, where: { file?: string; line?: number; hint?: string }): string {
  const place = where.file ? `${where.file}${where.line ? `:${where.line}` : ''}: ` : '';
  const hint = where.hint ? ` (${where.hint})` : '';
  return `${place}${message}${hint}`;
}

export function isLecternError(value: unknown): value is LecternError {
  return value instanceof LecternError;
}
