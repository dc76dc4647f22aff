import { load as loadYaml } from 'js-yaml';
import { LecternError } from '../errors.ts';

export interface FrontMatterResult {
  data: Record<string, unknown>;
  body: string;
  /** Lines before the body starts (front matter and its fences). */
  lineOffset: number;
}

const FENCE = /^---[ \t]*$/;

/** Splits `---` YAML front matter from the body; bad YAML names the file line. */
export function parseFrontMatter(source: string, file: string): FrontMatterResult {
  const text = source.replace(/^\uFEFF/, '');
  const lines = text.split('\n');
  if (!FENCE.test(lines[0] ?? '')) return { data: {}, body: text, lineOffset: 0 };
  const end = lines.findIndex((line, i) => i > 0 && (FENCE.test(line) || /^\.\.\.[ \t]*$/.test(line)));
  if (end < 0) {
    throw new LecternError('front-matter-unclosed', 'front matter starts with "---" but never ends', {
      file,
      line: 1,
      hint: 'close it with a line holding only "---"',
    });
  }
  let data: unknown;
  try {
    data = loadYaml(lines.slice(1, end).join('\n')) ?? {};
  } catch (error) {
    const mark = (error as { mark?: { line: number } }).mark;
    const reason = (error as { reason?: string }).reason ?? (error as Error).message.split('\n')[0];
    throw new LecternError('front-matter-yaml', `malformed front matter: ${reason}`, {
      file,
      line: mark ? mark.line + 2 : 1,
      hint: 'front matter is YAML between two "---" lines',
    });
  }
  if (typeof data !== 'object' || Array.isArray(data)) {
    throw new LecternError('front-matter-shape', 'front matter must be a YAML mapping (key: value)', { file, line: 2 });
  }
  return { data: data as Record<string, unknown>, body: lines.slice(end + 1).join('\n'), lineOffset: end + 1 };
}
