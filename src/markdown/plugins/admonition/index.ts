export { admonitionPlugin } from './plugin.ts';
export { ADMONITION_TYPES, canonicalType, isAdmonitionType, type AdmonitionType } from './options.ts';
