export { footnotesPlugin } from './plugin.ts';
