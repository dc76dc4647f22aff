/**
 * Copy buttons of code blocks (`button.md-clipboard`, emitted at build time).
 * One delegated listener for the whole page: no framework, no per-block
 * set-up. The target is the button's `data-clipboard-target` selector
 * (Material's attribute), falling back to the sibling <code>.
 */
const COPIED_FOR_MS = 1500;

function codeFor(button: HTMLElement): HTMLElement | null {
  const selector = button.dataset.clipboardTarget;
  const target = selector ? document.querySelector<HTMLElement>(selector) : null;
  return target ?? button.parentElement?.querySelector('code') ?? null;
}

/** Line numbers are drawn by CSS, so textContent is exactly the code. */
async function copy(button: HTMLElement): Promise<void> {
  const code = codeFor(button);
  if (!code) return;
  const text = (code.textContent ?? '').replace(/\n$/, '');
  try {
    await navigator.clipboard.writeText(text);
  } catch {
    // clipboard API refused (insecure context): select the code so the reader can copy it
    const range = document.createRange();
    range.selectNodeContents(code);
    const selection = getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    return;
  }
  button.dataset.copied = '';
  button.title = 'Copied to clipboard';
  setTimeout(() => {
    delete button.dataset.copied;
    button.title = 'Copy to clipboard';
  }, COPIED_FOR_MS);
}

export function installCopyButtons(root: Document = document): void {
  root.addEventListener('click', (event) => {
    const button = (event.target as Element | null)?.closest?.<HTMLElement>('button.md-clipboard');
    if (button) void copy(button);
  });
}

installCopyButtons();
