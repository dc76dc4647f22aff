/**
 * Build-time split of an API page's rendered Markdown into plain HTML and the
 * places where an explorer goes. Three shapes are recognised:
 *  - `<api-explorer spec="session.yaml"></api-explorer>` anywhere (any template);
 *  - `template: redoc` pages with `<redoc spec-url="…">`;
 *  - `template: swagger` pages: a legacy `<div id="swagger-ui">` with its
 *    inline `SwaggerUIBundle({ url: … })` script is kept as it is (the static
 *    reference goes right after the div); without one, the explorer follows
 *    the Markdown.
 */

export type ApiSegment =
  | { kind: 'html'; html: string }
  /** spec: file name under spec/ (may not exist); specUrl: what the browser loads, when not the published JSON */
  | { kind: 'explorer'; spec: string; specUrl?: string }
  /** the build-time operation list for a legacy inline explorer */
  | { kind: 'legacy-reference'; spec: string };

export interface SplitResult {
  segments: ApiSegment[];
  /** the page calls SwaggerUIBundle itself: the stand-in globals must be defined before its script */
  legacy: boolean;
}

export const DEFAULT_SPEC = 'session.yaml';

// a custom element alone on its line is wrapped in <p> by markdown-it; take the <p> with it
const ELEMENT = (tag: string) => new RegExp(`(<p>\\s*)?<${tag}\\b([^>]*)>[\\s\\S]*?</${tag}>(\\s*</p>)?`, 'gi');
const LEGACY_DIV = /<div\s+id=["']swagger-ui["'][^>]*>\s*<\/div>/i;
const LEGACY_URL = /SwaggerUIBundle\s*\(\s*\{[\s\S]*?\burl\s*:\s*["'`]([^"'`]+)["'`]/;

function attribute(attrs: string, name: string): string | undefined {
  const match = new RegExp(`\\b${name}\\s*=\\s*(?:"([^"]*)"|'([^']*)'|([^\\s>]+))`, 'i').exec(attrs);
  return match ? (match[1] ?? match[2] ?? match[3]) : undefined;
}

/** `/en/next/apis/restapis/session.yaml` → `session.yaml`. */
export function specFileFromUrl(url: string): string {
  return url.split(/[?#]/)[0]!.split('/').pop() || DEFAULT_SPEC;
}

function splitOn(html: string, pattern: RegExp, toSegment: (attrs: string) => ApiSegment): ApiSegment[] {
  const segments: ApiSegment[] = [];
  let last = 0;
  for (const match of html.matchAll(pattern)) {
    const [whole, openP, attrs = '', closeP] = match;
    // keep an unmatched <p> or </p> so the markup stays balanced
    const start = match.index! + (openP && !closeP ? openP.length : 0);
    const end = match.index! + whole.length - (closeP && !openP ? closeP.length : 0);
    if (start > last) segments.push({ kind: 'html', html: html.slice(last, start) });
    segments.push(toSegment(attrs));
    last = end;
  }
  if (last < html.length) segments.push({ kind: 'html', html: html.slice(last) });
  return segments;
}

function explorerFromElement(attrs: string, fallbackSpec: string): ApiSegment {
  const specUrl = attribute(attrs, 'spec-url');
  const spec = attribute(attrs, 'spec') ?? (specUrl ? specFileFromUrl(specUrl) : fallbackSpec);
  return specUrl ? { kind: 'explorer', spec, specUrl } : { kind: 'explorer', spec };
}

export function splitApiPage(html: string, template: string, spec: string | undefined): SplitResult {
  const pageSpec = spec ?? DEFAULT_SPEC;
  let segments = splitOn(html, ELEMENT('api-explorer'), (attrs) => explorerFromElement(attrs, pageSpec));
  if (template === 'redoc') {
    segments = segments.flatMap((segment) =>
      segment.kind === 'html' ? splitOn(segment.html, ELEMENT('redoc'), (attrs) => explorerFromElement(attrs, pageSpec)) : [segment],
    );
  }
  const hasExplorer = segments.some((s) => s.kind === 'explorer');
  if (template !== 'swagger') return { segments, legacy: false };

  const legacyIndex = segments.findIndex((s) => s.kind === 'html' && LEGACY_DIV.test(s.html));
  if (legacyIndex >= 0) {
    const segment = segments[legacyIndex] as { kind: 'html'; html: string };
    const url = LEGACY_URL.exec(html)?.[1];
    const match = LEGACY_DIV.exec(segment.html)!;
    const cut = match.index + match[0].length;
    segments.splice(
      legacyIndex,
      1,
      { kind: 'html', html: segment.html.slice(0, cut) },
      { kind: 'legacy-reference', spec: url ? specFileFromUrl(url) : pageSpec },
      { kind: 'html', html: segment.html.slice(cut) },
    );
    return { segments, legacy: true };
  }
  if (!hasExplorer) segments.push({ kind: 'explorer', spec: pageSpec });
  return { segments, legacy: false };
}

/** The spec files a page's explorers show: what its static operation lists are built from. */
export function apiPageSpecs(html: string, template: string, spec: string | undefined): string[] {
  return splitApiPage(html, template, spec).segments.flatMap((s) => (s.kind === 'html' ? [] : [s.spec]));
}
