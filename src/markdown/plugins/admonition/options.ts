/**
 * MkDocs Material's admonition types and their aliases. The renderer keeps
 * any type's class (unknown ones too); this list drives the stylesheet and
 * tells tests which names Material styles.
 */
export const ADMONITION_TYPES = {
  note: [],
  abstract: ['summary', 'tldr'],
  info: ['todo'],
  tip: ['hint', 'important'],
  success: ['check', 'done'],
  question: ['help', 'faq'],
  warning: ['caution', 'attention'],
  failure: ['fail', 'missing'],
  danger: ['error'],
  bug: [],
  example: [],
  quote: ['cite'],
} as const satisfies Record<string, readonly string[]>;

export type AdmonitionType = keyof typeof ADMONITION_TYPES;

export function isAdmonitionType(name: string): name is AdmonitionType {
  return Object.hasOwn(ADMONITION_TYPES, name);
}

/** The Material type an alias stands for (`tldr` → `abstract`), or undefined for unknown names. */
export function canonicalType(name: string): AdmonitionType | undefined {
  if (isAdmonitionType(name)) return name;
  return (Object.keys(ADMONITION_TYPES) as AdmonitionType[]).find((type) => (ADMONITION_TYPES[type] as readonly string[]).includes(name));
}
