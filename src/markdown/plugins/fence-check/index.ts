export { fenceCheckPlugin } from './plugin.ts';
