/**
 * Python-Markdown's `toc.slugify`: NFKD, ASCII only, drop what is not a word
 * character, space or hyphen, lower-case, runs of spaces/hyphens → `-`.
 */
export function slugify(text: string): string {
  return text
    .normalize('NFKD')
    .replace(/[^\x00-\x7f]/g, '')
    .replace(/[^\w\s-]/g, '')
    .trim()
    .toLowerCase()
    .replace(/[-\s]+/g, '-');
}

/** Python-Markdown's `toc.unique`: `id`, then `id_1`, `id_2`, … */
export function uniqueId(id: string, used: Set<string>): string {
  let candidate = id;
  while (used.has(candidate) || candidate === '') {
    const numbered = /^(.*)_([0-9]+)$/.exec(candidate);
    candidate = numbered ? `${numbered[1]}_${Number(numbered[2]) + 1}` : `${candidate}_1`;
  }
  used.add(candidate);
  return candidate;
}
