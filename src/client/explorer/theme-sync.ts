/**
 * Mirrors the site's theme (`data-theme` on <html>, set by the theme toggle)
 * onto each explorer, live, so explorer.css can colour Swagger UI to match.
 * Falls back to the reader's colour-scheme preference when the site sets none.
 */
export type Theme = 'light' | 'dark';

export function currentTheme(root: HTMLElement = document.documentElement): Theme {
  const attr = root.getAttribute('data-theme');
  if (attr === 'dark' || attr === 'light') return attr;
  return window.matchMedia?.('(prefers-color-scheme: dark)').matches ? 'dark' : 'light';
}

export function syncTheme(target: HTMLElement): () => void {
  const apply = () => target.setAttribute('data-explorer-theme', currentTheme());
  apply();
  const observer = new MutationObserver(apply);
  observer.observe(document.documentElement, { attributes: true, attributeFilter: ['data-theme'] });
  const media = window.matchMedia?.('(prefers-color-scheme: dark)');
  media?.addEventListener('change', apply);
  return () => {
    observer.disconnect();
    media?.removeEventListener('change', apply);
  };
}
