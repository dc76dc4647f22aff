/** Leading tabs become spaces up to the next multiple of 4 (Python-Markdown's tab length). */
export function expandLeadingTabs(line: string): string {
  if (!line.startsWith('\t') && !/^ *\t/.test(line)) return line;
  let column = 0;
  let i = 0;
  for (; i < line.length; i++) {
    if (line[i] === ' ') column++;
    else if (line[i] === '\t') column += 4 - (column % 4);
    else break;
  }
  return ' '.repeat(column) + line.slice(i);
}
