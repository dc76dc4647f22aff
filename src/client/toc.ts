/**
 * Scroll-spy for the table of contents: the link of the last heading scrolled
 * past the top of the viewport is marked active.
 */
const links = [...document.querySelectorAll<HTMLAnchorElement>('.md-toc__link')];
const targets = links
  .map((link) => ({ link, heading: document.getElementById(decodeURIComponent(link.hash.slice(1))) }))
  .filter((entry): entry is { link: HTMLAnchorElement; heading: HTMLElement } => entry.heading !== null);

let scheduled = false;

function update(): void {
  scheduled = false;
  // a heading counts as being read once it is in the top part of the window (below the header)
  const offset = Math.min(innerHeight / 3, 200);
  let active = targets[0];
  for (const target of targets) {
    if (target.heading.getBoundingClientRect().top - offset <= 0) active = target;
    else break;
  }
  // at the very bottom the last headings can never reach the top: the reader is at the end
  if (innerHeight + scrollY >= document.documentElement.scrollHeight - 2) active = targets[targets.length - 1];
  for (const { link } of targets) {
    const isActive = link === active?.link;
    link.classList.toggle('md-toc__link--active', isActive);
    if (isActive) link.setAttribute('aria-current', 'location');
    else link.removeAttribute('aria-current');
  }
  if (active) keepVisible(active.link);
}

/** A long table of contents scrolls itself (not the page) to show the active entry. */
function keepVisible(link: HTMLElement): void {
  const sidebar = link.closest<HTMLElement>('.md-sidebar');
  if (!sidebar || sidebar.scrollHeight <= sidebar.clientHeight) return;
  const top = link.getBoundingClientRect().top - sidebar.getBoundingClientRect().top;
  if (top < 0 || top > sidebar.clientHeight - link.offsetHeight) sidebar.scrollTop += top - sidebar.clientHeight / 2;
}

if (targets.length) {
  addEventListener('scroll', () => {
    if (!scheduled) {
      scheduled = true;
      requestAnimationFrame(update);
    }
  }, { passive: true });
  update();
}
