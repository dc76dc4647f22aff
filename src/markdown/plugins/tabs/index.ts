export { tabsPlugin } from './plugin.ts';
