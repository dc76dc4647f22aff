export { taskListPlugin } from './plugin.ts';
