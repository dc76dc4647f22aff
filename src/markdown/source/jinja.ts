/**
 * The small Jinja subset MkDocs macro sites use in pages: `{{ name }}`,
 * `{{ a.b }}`, `{% set %}` values and `{% if %}` conditions (truthiness,
 * `==`, `!=`, `not`, `and`, `or`, `is [not] defined`). Anything else is a
 * TemplateProblem; the caller adds file and line.
 */
import { didYouMean } from './did-you-mean.ts';

export class TemplateProblem extends Error {
  readonly hint: string | undefined;
  constructor(message: string, hint?: string) {
    super(message);
    this.hint = hint;
  }
}

export type Scope = Record<string, unknown>;

type Token = { kind: 'string' | 'number' | 'name' | 'op'; value: string };

const TOKEN = /\s*(?:("(?:[^"\\]|\\.)*"|'(?:[^'\\]|\\.)*')|(\d+(?:\.\d+)?)|([A-Za-z_][\w]*(?:\.[A-Za-z_][\w]*)*)|(==|!=|<=|>=|<|>|\(|\)))/y;

function tokenize(expression: string): Token[] {
  const tokens: Token[] = [];
  TOKEN.lastIndex = 0;
  let pos = 0;
  while (pos < expression.length) {
    if (/^\s*$/.test(expression.slice(pos))) break;
    TOKEN.lastIndex = pos;
    const m = TOKEN.exec(expression);
    if (!m) throw new TemplateProblem(`unsupported expression "${expression.trim()}"`, 'only names, strings, numbers, ==, !=, not, and, or, is defined are supported');
    pos = TOKEN.lastIndex;
    if (m[1] !== undefined) tokens.push({ kind: 'string', value: m[1].slice(1, -1).replace(/\\(.)/g, '$1') });
    else if (m[2] !== undefined) tokens.push({ kind: 'number', value: m[2] });
    else if (m[3] !== undefined) tokens.push({ kind: 'name', value: m[3] });
    else tokens.push({ kind: 'op', value: m[4]! });
  }
  return tokens;
}

/** Looks a dotted name up; unknown names fail with a did-you-mean hint. */
export function lookup(scope: Scope, path: string): unknown {
  let value: unknown = scope;
  const parts = path.split('.');
  for (let i = 0; i < parts.length; i++) {
    const key = parts[i]!;
    const holder = value as Record<string, unknown> | null;
    if (holder === null || typeof holder !== 'object' || !Object.hasOwn(holder, key)) {
      const known = holder && typeof holder === 'object' ? Object.keys(holder) : [];
      const prefix = parts.slice(0, i).join('.');
      const suggestion = didYouMean(key, known);
      const name = `{{ ${path} }}`;
      throw new TemplateProblem(
        `unknown variable ${name}`,
        suggestion ? `did you mean ${prefix ? `${prefix}.` : ''}${suggestion}?` : known.length ? `known ${prefix ? `keys of ${prefix}` : 'variables'}: ${known.slice(0, 8).join(', ')}` : undefined,
      );
    }
    value = holder[key];
  }
  return value;
}

/** Text for `{{ expression }}`: only plain values print. */
export function renderExpression(expression: string, scope: Scope): string {
  const value = evaluate(expression, scope);
  if (value === null || value === undefined) return '';
  if (typeof value === 'object') {
    throw new TemplateProblem(`{{ ${expression.trim()} }} is a mapping or list, not a value`, 'use one of its keys, e.g. {{ extra.version }}');
  }
  return String(value);
}

export function isTruthy(value: unknown): boolean {
  if (Array.isArray(value)) return value.length > 0;
  if (value && typeof value === 'object') return Object.keys(value).length > 0;
  return Boolean(value);
}

export function evaluate(expression: string, scope: Scope): unknown {
  const tokens = tokenize(expression);
  if (tokens.length === 0) throw new TemplateProblem('empty expression');
  let pos = 0;
  const peek = () => tokens[pos];
  const isWord = (word: string) => peek()?.kind === 'name' && peek()!.value === word;

  // The parser returns thunks so `and`/`or` short-circuit like Jinja
  // (`x is defined and x == 1` must not look x up when it is missing).
  type Thunk = () => unknown;
  const primary = (): Thunk => {
    const token = tokens[pos++];
    if (!token) throw new TemplateProblem(`incomplete expression "${expression.trim()}"`);
    if (token.kind === 'string') return () => token.value;
    if (token.kind === 'number') return () => Number(token.value);
    if (token.kind === 'op' && token.value === '(') {
      const inner = or();
      if (tokens[pos++]?.value !== ')') throw new TemplateProblem(`missing ")" in "${expression.trim()}"`);
      return inner;
    }
    if (token.kind === 'name') {
      if (/^(true|True)$/.test(token.value)) return () => true;
      if (/^(false|False)$/.test(token.value)) return () => false;
      if (/^(none|None)$/.test(token.value)) return () => null;
      if (isWord('is')) {
        pos++;
        const negate = isWord('not') ? (pos++, true) : false;
        if (!isWord('defined')) throw new TemplateProblem(`unsupported test in "${expression.trim()}"`, 'only "is defined" and "is not defined" are supported');
        pos++;
        return () => {
          let defined = true;
          try {
            lookup(scope, token.value);
          } catch {
            defined = false;
          }
          return negate ? !defined : defined;
        };
      }
      return () => lookup(scope, token.value);
    }
    throw new TemplateProblem(`unexpected "${token.value}" in "${expression.trim()}"`);
  };
  const comparison = (): Thunk => {
    const left = primary();
    const op = peek();
    if (op?.kind !== 'op' || op.value === '(' || op.value === ')') return left;
    pos++;
    const right = primary();
    return () => {
      const a = left() as number;
      const b = right() as number;
      switch (op.value) {
        case '==': return a === b;
        case '!=': return a !== b;
        case '<': return a < b;
        case '>': return a > b;
        case '<=': return a <= b;
        default: return a >= b;
      }
    };
  };
  const not = (): Thunk => {
    if (!isWord('not')) return comparison();
    pos++;
    const inner = not();
    return () => !isTruthy(inner());
  };
  const and = (): Thunk => {
    let left = not();
    while (isWord('and')) {
      pos++;
      const a = left;
      const b = not();
      left = () => {
        const value = a();
        return isTruthy(value) ? b() : value;
      };
    }
    return left;
  };
  const or = (): Thunk => {
    let left = and();
    while (isWord('or')) {
      pos++;
      const a = left;
      const b = and();
      left = () => {
        const value = a();
        return isTruthy(value) ? value : b();
      };
    }
    return left;
  };
  const result = or();
  if (pos < tokens.length) throw new TemplateProblem(`unsupported expression "${expression.trim()}"`, 'filters and calls are not supported; only names, strings, ==, !=, not, and, or, is defined');
  return result();
}
