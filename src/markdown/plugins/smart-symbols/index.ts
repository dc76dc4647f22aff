export { smartSymbolsPlugin } from './plugin.ts';
