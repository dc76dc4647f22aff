import { z } from 'zod';
import { LecternError } from '../errors.ts';

/** Page layouts a page may ask for with `template:`; MkDocs-style file names map onto them. */
export const pageTemplates = ['main', 'swagger', 'redoc'] as const;
export type PageTemplate = (typeof pageTemplates)[number];

const templateAliases: Record<string, PageTemplate> = {
  main: 'main',
  'main.html': 'main',
  swagger: 'swagger',
  'swagger.html': 'swagger',
  'templates/swagger.html': 'swagger',
  redoc: 'redoc',
  'redoc.html': 'redoc',
  'templates/redoc.html': 'redoc',
};

export const pageMetaSchema = z
  .object({
    title: z.string().optional(),
    description: z.string().optional(),
    template: z.string().optional(),
    hide: z.array(z.enum(['toc', 'navigation', 'footer', 'path'])).default([]),
    /** Spec file under spec/ shown by API templates. */
    spec: z.string().optional(),
  })
  .passthrough();

export type PageMeta = z.output<typeof pageMetaSchema>;

export function resolveTemplate(value: string | undefined, file: string, line: number): PageTemplate {
  if (value === undefined) return 'main';
  const template = templateAliases[value.trim()];
  if (!template) {
    throw new LecternError('unknown-template', `unknown template "${value}"`, {
      file,
      line,
      hint: `use one of: ${Object.keys(templateAliases).join(', ')}`,
    });
  }
  return template;
}

export function parsePageMeta(data: Record<string, unknown>, file: string): PageMeta {
  const result = pageMetaSchema.safeParse(data);
  if (!result.success) {
    const issue = result.error.issues[0]!;
    throw new LecternError('front-matter-field', `front matter "${issue.path.join('.')}": ${issue.message}`, { file, line: 2 });
  }
  return result.data;
}
