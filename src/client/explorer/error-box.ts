import type { SpecLoadError } from './spec-source.ts';

/** A visible, announced error in place of the explorer: which URL, and why. */
export function showSpecError(where: Element, error: SpecLoadError | Error): HTMLElement {
  const box = document.createElement('div');
  box.className = 'lectern-explorer-error';
  box.setAttribute('role', 'alert');
  const title = document.createElement('p');
  title.className = 'lectern-explorer-error__title';
  title.textContent = 'The API explorer could not load its description.';
  const detail = document.createElement('p');
  const url = (error as SpecLoadError).url;
  if (url) {
    const code = document.createElement('code');
    code.textContent = url;
    detail.append(code, document.createTextNode(`: ${(error as SpecLoadError).reason}`));
  } else {
    detail.textContent = error.message;
  }
  box.append(title, detail);
  where.replaceChildren(box);
  return box;
}
