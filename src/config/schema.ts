import { z } from 'zod';
import { navSchema } from './nav-schema.ts';
import { themeSchema } from './theme-schema.ts';
import { redirectsSchema } from './redirects-schema.ts';
import { proxySchema } from './proxy-schema.ts';

/** How absolute in-site links that point nowhere are treated (MkDocs' `validation`). */
export const linkValidationLevels = ['error', 'warn', 'ignore'] as const;

export const siteConfigSchema = z
  .object({
    site_name: z.string().min(1).default('Lectern'),
    site_description: z.string().default(''),
    /** URL path the site is served under, e.g. `/` or `/en/next/`. */
    base_path: z
      .string()
      .regex(/^\//, 'must start with "/"')
      .default('/'),
    site_url: z.string().url().optional(),
    repo_url: z.string().url().optional(),
    /** Path from repo_url to the content folder's edit view; MkDocs' `edit_uri`. */
    edit_uri: z.string().optional(),
    copyright: z.string().optional(),
    /** Ordered navigation like MkDocs `nav:`; absent → derived from the content folder tree. */
    nav: navSchema.optional(),
    redirects: redirectsSchema,
    theme: themeSchema,
    /** Extra `{{ name }}` values for pages; nested objects allowed (`{{ extra.version }}`). */
    variables: z.record(z.string(), z.unknown()).default({}),
    validation: z
      .object({
        absolute_links: z.enum(linkValidationLevels).default('warn'),
      })
      .strict()
      .default({ absolute_links: 'warn' }),
    /** Real servers `astro dev`/`preview` forward Try it out to at `{base}proxy/<host:port>/…` (src/integration/proxy.ts). */
    proxy: proxySchema,
  })
  .strict();

export type SiteConfigInput = z.input<typeof siteConfigSchema>;
export type SiteConfig = z.output<typeof siteConfigSchema>;
