export { tildePlugin } from './plugin.ts';
