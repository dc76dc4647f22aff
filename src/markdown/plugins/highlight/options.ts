/**
 * TextMate scopes → Pygments-style short classes (`k`, `s`, `c`, …), the
 * classes MkDocs Material styles. Shiki resolves the most specific scope, so
 * `constant.character.escape` wins over `constant`. The stylesheet gives
 * each class a light and a dark colour.
 */
export const TOKEN_CLASSES = [
  ['c', ['comment', 'punctuation.definition.comment']],
  ['k', ['keyword', 'storage.type', 'storage.modifier', 'keyword.control']],
  ['o', ['keyword.operator', 'punctuation.separator.key-value.mapping']],
  ['s', ['string', 'string.quoted', 'punctuation.definition.string']],
  ['se', ['constant.character.escape']],
  ['sr', ['string.regexp']],
  ['m', ['constant.numeric']],
  ['kc', ['constant.language']],
  ['nf', ['entity.name.function', 'support.function', 'meta.function-call entity.name.function']],
  ['nc', ['entity.name.type', 'entity.name.class', 'support.class', 'support.type']],
  ['nt', ['entity.name.tag', 'support.type.property-name', 'meta.object-literal.key']],
  ['na', ['entity.other.attribute-name']],
  ['nv', ['variable.parameter', 'variable.other.normal', 'variable.other.constant', 'punctuation.definition.variable']],
  ['nb', ['support.function.builtin', 'variable.language']],
  ['p', ['punctuation']],
  // shell arguments are plain words in Pygments, not strings
  ['n', ['string.unquoted.argument', 'constant.other.option']],
  ['gd', ['markup.deleted']],
  ['gi', ['markup.inserted']],
  ['gh', ['markup.heading']],
  ['ge', ['markup.italic']],
  ['gs', ['markup.bold']],
] as const;

export type TokenClass = (typeof TOKEN_CLASSES)[number][0];

/** Names that mean "no highlighting" in MkDocs pages. */
export const PLAIN_LANGUAGES = new Set(['', 'text', 'txt', 'plain', 'plaintext', 'none', 'output']);
