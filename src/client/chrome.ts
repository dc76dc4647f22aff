/**
 * Every page's browser code in one small shared file: theme toggle, sidebar,
 * table-of-contents scroll-spy and the search shortcut (search itself loads on demand).
 */
import './theme.ts';
import './nav.ts';
import './toc.ts';
import './search-trigger.ts';
