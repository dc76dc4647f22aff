/**
 * Fenced code as the source stages see it (before markdown-it): what opens a
 * fence (also inside list items and block quotes; a backtick fence's info
 * string has no backticks) and what closes it (the same character, at least
 * as long, nothing after it).
 */
export interface Fence {
  char: string;
  length: number;
}

const FENCE_OPEN = /^\s*(?:(?:[-*+]|\d{1,9}[.)])\s+|>\s?)*(`{3,}|~{3,})(.*)$/;

export function fenceOpening(line: string): Fence | undefined {
  const open = FENCE_OPEN.exec(line);
  if (!open || (open[1]![0] === '`' && open[2]!.includes('`'))) return undefined;
  return { char: open[1]![0]!, length: open[1]!.length };
}

export function closesFence(line: string, fence: Fence): boolean {
  const match = /^\s*(`{3,}|~{3,})\s*$/.exec(line);
  return !!match && match[1]![0] === fence.char && match[1]!.length >= fence.length;
}
