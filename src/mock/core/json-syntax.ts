/**
 * Where a JSON text first goes wrong. JSON.parse's messages differ between
 * engines and often omit the position, so on failure we scan once more with
 * a small iterative recogniser that reports the offset, line and column.
 */

export interface JsonSyntaxError {
  offset: number;
  line: number;
  column: number;
  message: string;
}

const WHITESPACE = ' \t\n\r';
const isSpace = (ch: string | undefined) => ch !== undefined && ch !== '' && WHITESPACE.includes(ch);

export function findJsonSyntaxError(text: string): JsonSyntaxError | undefined {
  // sticky regexes keep lastIndex: made per call so the module holds no state
  const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
  const STRING = /"(?:[^"\\\u0000-\u001f]|\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4}))*"/y;
  let i = 0;
  // what may come next: a value, or inside containers a key / separator
  const stack: Array<'[' | '{'> = [];
  let expect: 'value' | 'key' | 'colon' | 'after' | 'end' = 'value';
  const fail = (message: string): JsonSyntaxError => {
    const before = text.slice(0, i);
    const line = before.split('\n').length;
    return { offset: i, line, column: i - before.lastIndexOf('\n'), message };
  };
  const describe = () => (i >= text.length ? 'the end of the body' : JSON.stringify(text[i]));
  for (;;) {
    while (i < text.length && isSpace(text[i])) i++;
    if (expect === 'end') return i < text.length ? fail(`unexpected ${describe()} after the JSON value`) : undefined;
    const ch = text[i];
    if (expect === 'colon') {
      if (ch !== ':') return fail(`expected ":" but found ${describe()}`);
      i++;
      expect = 'value';
      continue;
    }
    if (expect === 'after') {
      const top = stack[stack.length - 1];
      if (!top) {
        expect = 'end';
        continue;
      }
      if (ch === ',') {
        i++;
        expect = top === '{' ? 'key' : 'value';
        continue;
      }
      if ((top === '[' && ch === ']') || (top === '{' && ch === '}')) {
        i++;
        stack.pop();
        continue;
      }
      return fail(`expected "," or "${top === '[' ? ']' : '}'}" but found ${describe()}`);
    }
    if (expect === 'key') {
      STRING.lastIndex = i;
      if (ch !== '"' || !STRING.test(text)) return fail(`expected a property name in double quotes but found ${describe()}`);
      i = STRING.lastIndex;
      expect = 'colon';
      continue;
    }
    // a value
    if (ch === '{' || ch === '[') {
      stack.push(ch);
      i++;
      while (i < text.length && isSpace(text[i])) i++;
      if (text[i] === (ch === '{' ? '}' : ']')) {
        i++;
        stack.pop();
        expect = 'after';
      } else expect = ch === '{' ? 'key' : 'value';
      continue;
    }
    if (ch === '"') {
      STRING.lastIndex = i;
      if (!STRING.test(text)) return fail('unterminated string or bad escape');
      i = STRING.lastIndex;
    } else if (text.startsWith('true', i)) i += 4;
    else if (text.startsWith('false', i)) i += 5;
    else if (text.startsWith('null', i)) i += 4;
    else {
      NUMBER.lastIndex = i;
      if (!NUMBER.test(text)) return fail(`unexpected ${describe()}`);
      i = NUMBER.lastIndex;
    }
    expect = 'after';
  }
}
