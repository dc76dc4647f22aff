/**
 * Every page's browser code in one small shared file: theme toggle, sidebar,
 * table-of-contents scroll-spy, the search shortcut and print expansion (search itself loads on demand).
 */
import './theme.ts';
import './nav.ts';
import './toc.ts';
import './search-trigger.ts';
import './print.ts';
