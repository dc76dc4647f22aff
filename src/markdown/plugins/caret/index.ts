export { caretPlugin } from './plugin.ts';
