export { keysPlugin } from './plugin.ts';
