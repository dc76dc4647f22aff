export { mdInHtmlPlugin } from './plugin.ts';
