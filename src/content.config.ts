import { defineCollection } from 'astro:content';
import { lecternLoader } from './integration/content-loader.ts';

export const collections = {
  docs: defineCollection({ loader: lecternLoader() }),
};
