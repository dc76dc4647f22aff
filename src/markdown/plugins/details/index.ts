export { detailsPlugin } from './plugin.ts';
