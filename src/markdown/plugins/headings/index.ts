export { headingsPlugin } from './plugin.ts';
export { slugify, uniqueId } from './slugify.ts';
