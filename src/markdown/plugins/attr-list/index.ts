export { attrListPlugin } from './plugin.ts';
