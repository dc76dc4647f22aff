import { z } from 'zod';

/**
 * `proxy:` in lectern.config.yaml — real servers that `astro dev` and
 * `astro preview` may forward Try it out requests to, at
 * `{base}proxy/<host:port>/…`. Only these hosts are forwarded.
 */
export const proxyTargetSchema = z
  .object({
    /** scheme, host and port of the real server, e.g. https://localhost:9443 */
    url: z
      .string()
      .url()
      .refine((value) => /^https?:\/\/[^/]+\/?$/i.test(value), 'must be an http(s) origin without a path, e.g. https://localhost:9443'),
    /** accept a self-signed or otherwise untrusted TLS certificate (local servers only) */
    insecure: z.boolean().default(false),
  })
  .strict();

export const proxySchema = z
  .object({
    targets: z.array(proxyTargetSchema).default([]),
  })
  .strict()
  .default({ targets: [] });

export type ProxyConfig = z.output<typeof proxySchema>;
export type ProxyTarget = z.output<typeof proxyTargetSchema>;
