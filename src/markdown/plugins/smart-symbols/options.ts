/** pymdownx.smartsymbols replacements, applied to text (never code). */
export const SMART_SYMBOLS: ReadonlyArray<readonly [RegExp, string]> = [
  [/\(tm\)/gi, '™'],
  [/\(c\)/gi, '©'],
  [/\(r\)/gi, '®'],
  [/(?<!\w)c\/o(?!\w)/g, '℅'],
  [/\+\/-/g, '±'],
  [/<-->/g, '↔'],
  [/<--/g, '←'],
  [/-->/g, '→'],
  [/=\/=/g, '≠'],
  [/(?<![\w/])1\/4(?![\w/])/g, '¼'],
  [/(?<![\w/])1\/2(?![\w/])/g, '½'],
  [/(?<![\w/])3\/4(?![\w/])/g, '¾'],
  [/(?<![\w/])1\/3(?![\w/])/g, '⅓'],
  [/(?<![\w/])2\/3(?![\w/])/g, '⅔'],
  [/(?<![\w/])1\/8(?![\w/])/g, '⅛'],
];

/** `1st`, `22nd`, `3rd`, `4th` → number + superscript suffix. */
export const ORDINAL = /\b(\d+)(st|nd|rd|th)\b/g;
