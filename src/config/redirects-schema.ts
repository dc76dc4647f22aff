import { z } from 'zod';

/**
 * `old path → new path`, in the mkdocs-redirects style: either side may be a
 * content file (`old/page.md`) or a site URL path (`/old/page/`); the target
 * may also be an absolute `https://` URL.
 */
export const redirectsSchema = z
  .record(z.string().min(1, 'a redirect source cannot be empty'), z.string().min(1, 'a redirect needs a target page or URL'))
  .default({});

export type RedirectsConfig = z.output<typeof redirectsSchema>;
