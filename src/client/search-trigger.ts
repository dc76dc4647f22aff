/**
 * Opens search on click, `/` or Ctrl/Cmd-K. The search UI itself
 * (src/client/search.ts and Pagefind) is only downloaded on first use.
 */
let ui: Promise<typeof import('./search.ts')> | undefined;

function open(): void {
  ui ??= import('./search.ts');
  ui.then((module) => module.openSearch()).catch((error) => console.error('search:', error));
}

function isTyping(target: EventTarget | null): boolean {
  const element = target as HTMLElement | null;
  // focus can stay on the search field of the dialog just closed: that is not typing
  if (!element || element.closest?.('dialog:not([open])')) return false;
  return element.isContentEditable || /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
}

document.addEventListener('click', (event) => {
  if ((event.target as Element).closest?.('[data-search-open]')) open();
});
document.addEventListener('keydown', (event) => {
  const shortcut = (event.key === 'k' || event.key === 'K') && (event.ctrlKey || event.metaKey);
  if (shortcut || (event.key === '/' && !isTyping(event.target) && !event.ctrlKey && !event.metaKey && !event.altKey)) {
    event.preventDefault();
    open();
  }
});
