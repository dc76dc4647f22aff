import type { StateBlock, Token } from 'markdown-it';

/**
 * Shared by `!!!`, `???` and `===`: the body is every following line
 * indented at least `indent` columns (blank lines included), ending before
 * the first less-indented non-blank line; trailing blank lines stay outside.
 */
export function indentedBodyEnd(state: StateBlock, startLine: number, endLine: number, indent: number): number {
  let last = startLine;
  for (let line = startLine + 1; line < endLine; line++) {
    if (state.isEmpty(line)) continue;
    if (state.sCount[line]! < indent) break;
    last = line;
  }
  return last + 1;
}

/** Parses lines [start, end) as blocks indented `indent` columns, like markdown-it-container. */
export function tokenizeBody(state: StateBlock, start: number, end: number, indent: number, parentType: string): void {
  const oldParent = state.parentType;
  const oldLineMax = state.lineMax;
  const oldIndent = state.blkIndent;
  state.parentType = parentType as StateBlock['parentType'];
  state.lineMax = end;
  state.blkIndent = indent;
  state.md.block.tokenize(state, start, end);
  state.parentType = oldParent;
  state.lineMax = oldLineMax;
  state.blkIndent = oldIndent;
}

/** Pushes a title as an inline token so its Markdown is parsed and escaped. */
export function pushInline(state: StateBlock, content: string, line: number): Token {
  const token = state.push('inline', '', 0);
  token.content = content;
  token.map = [line, line + 1];
  token.children = [];
  return token;
}

/** The first line's text after its indentation, or undefined when it cannot start a block here. */
export function blockLine(state: StateBlock, startLine: number, firstChar: number): string | undefined {
  const pos = state.bMarks[startLine]! + state.tShift[startLine]!;
  if (state.src.charCodeAt(pos) !== firstChar) return undefined;
  if (state.sCount[startLine]! - state.blkIndent >= 4) return undefined;
  return state.src.slice(pos, state.eMarks[startLine]);
}

/** `type more-classes "Title"` after a marker, as in Python-Markdown's admonition header. */
export function parseTypeAndTitle(rest: string): { classes: string[]; title: string | undefined } | undefined {
  const match = /^[ \t]*([\w-]+(?:[ \t]+[\w-]+)*)?[ \t]*(?:"(.*)")?[ \t]*$/.exec(rest);
  if (!match || (match[1] === undefined && match[2] === undefined)) return undefined;
  const classes = match[1] ? match[1].toLowerCase().split(/[ \t]+/) : [];
  return { classes, title: match[2] };
}

/** Python's str.capitalize(): the default title of `!!! note` is "Note". */
export function capitalize(word: string): string {
  return word.charAt(0).toUpperCase() + word.slice(1).toLowerCase();
}
