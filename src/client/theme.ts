/**
 * Theme toggle: system → light → dark → system. The choice is stored in
 * localStorage (read back by the inline head script in ThemeHead.astro before
 * the first paint); "system" follows prefers-color-scheme live.
 */
const KEY = 'lectern-theme';
const ORDER = ['system', 'light', 'dark'] as const;
type Preference = (typeof ORDER)[number];

const root = document.documentElement;
const media = matchMedia('(prefers-color-scheme: dark)');

function currentPreference(): Preference {
  const value = root.dataset.themePref;
  return value === 'light' || value === 'dark' ? value : 'system';
}

function apply(preference: Preference): void {
  root.dataset.themePref = preference;
  root.dataset.theme = preference === 'system' ? (media.matches ? 'dark' : 'light') : preference;
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-theme-toggle]')) {
    const next = ORDER[(ORDER.indexOf(preference) + 1) % ORDER.length];
    button.setAttribute('aria-label', `Colour theme: ${preference} (switch to ${next})`);
  }
}

function store(preference: Preference): void {
  try {
    if (preference === 'system') localStorage.removeItem(KEY);
    else localStorage.setItem(KEY, preference);
  } catch {
    // storage disabled: the choice lasts for this page only
  }
}

apply(currentPreference());
media.addEventListener('change', () => {
  if (currentPreference() === 'system') apply('system');
});
document.addEventListener('click', (event) => {
  if (!(event.target as Element).closest?.('[data-theme-toggle]')) return;
  const next = ORDER[(ORDER.indexOf(currentPreference()) + 1) % ORDER.length]!;
  store(next);
  apply(next);
});
