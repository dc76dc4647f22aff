export { rawHtmlPlugin } from './plugin.ts';
