import { z } from 'zod';

/** MkDocs Material's named palette colours, so `primary: indigo` configs keep working. */
export const namedColours = {
  red: '#ef5552',
  pink: '#e92063',
  purple: '#ab47bd',
  'deep purple': '#7e56c2',
  indigo: '#4051b5',
  blue: '#2094f3',
  'light blue': '#02a6f2',
  cyan: '#00bdd6',
  teal: '#009485',
  green: '#4cae4f',
  'light green': '#8bc34b',
  lime: '#cbdc38',
  yellow: '#ffec3d',
  amber: '#ffc105',
  orange: '#ffa724',
  'deep orange': '#ff6e42',
  brown: '#795649',
  grey: '#757575',
  'blue grey': '#546d78',
  black: '#000000',
  white: '#ffffff',
} as const;

const HEX = /^#(?:[0-9a-f]{3}|[0-9a-f]{6})$/i;

const colour = z
  .string()
  .transform((value, ctx) => {
    const named = namedColours[value.toLowerCase() as keyof typeof namedColours];
    if (named) return named;
    if (HEX.test(value)) return value;
    ctx.addIssue({ code: 'custom', message: `"${value}" is not a colour: use #rrggbb or one of ${Object.keys(namedColours).join(', ')}` });
    return z.NEVER;
  });

export const themeSchema = z
  .object({
    /** Header and link colour. */
    primary: colour.default('indigo'),
    /** Hover and focus colour. */
    accent: colour.default('indigo'),
    /** Image path under `public/` (or an absolute URL) shown before the site name. */
    logo: z.string().min(1).optional(),
    favicon: z.string().min(1).optional(),
  })
  .strict()
  .default({ primary: namedColours.indigo, accent: namedColours.indigo });

export type ThemeConfig = z.output<typeof themeSchema>;
