/**
 * Every page's browser code in one small shared file: theme toggle, sidebar,
 * table-of-contents scroll-spy, the search shortcut, print expansion and code copy buttons (search itself loads on demand).
 */
import './theme.ts';
import './nav.ts';
import './toc.ts';
import './search-trigger.ts';
import './print.ts';
import './copy-code.ts';
