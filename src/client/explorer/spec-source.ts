/**
 * Fetches and parses the spec the explorer shows, so that every way it can
 * fail becomes one readable reason next to the URL (never a blank area).
 */

export class SpecLoadError extends Error {
  readonly url: string;
  readonly reason: string;
  constructor(url: string, reason: string) {
    super(`Could not load the API description ${url}: ${reason}`);
    this.name = 'SpecLoadError';
    this.url = url;
    this.reason = reason;
  }
}

type YamlLoad = (text: string) => unknown;

/**
 * The site publishes every spec as `.yaml` and `.json` side by side under
 * `{base}apis/restapis/`; legacy pages name the YAML. The JSON parses
 * natively, so the YAML parser need not be downloaded.
 */
export function preferPublishedJson(url: string, base: string, siteOrigin: string): string {
  const parsed = new URL(url);
  const prefix = `${base.endsWith('/') ? base : `${base}/`}apis/restapis/`;
  if (parsed.origin !== siteOrigin || !parsed.pathname.startsWith(prefix) || !/^[^/]+\.ya?ml$/i.test(parsed.pathname.slice(prefix.length))) return url;
  parsed.pathname = parsed.pathname.replace(/\.ya?ml$/i, '.json');
  return parsed.href;
}

/** Text → OpenAPI/Swagger object, or a SpecLoadError saying what is wrong with it. */
export function parseSpecText(text: string, url: string, loadYaml: YamlLoad): Record<string, unknown> {
  const trimmed = text.trimStart();
  if (trimmed === '') throw new SpecLoadError(url, 'the file is empty');
  if (trimmed.startsWith('<')) throw new SpecLoadError(url, 'the server answered with an HTML page, not an OpenAPI document');
  let parsed: unknown;
  if (trimmed.startsWith('{')) {
    try {
      parsed = JSON.parse(text);
    } catch (error) {
      throw new SpecLoadError(url, `invalid JSON: ${(error as Error).message}`);
    }
  } else {
    try {
      parsed = loadYaml(text);
    } catch (error) {
      const { reason, mark } = error as { reason?: string; mark?: { line: number; column: number } };
      const where = mark ? ` at line ${mark.line + 1}, column ${mark.column + 1}` : '';
      throw new SpecLoadError(url, `invalid YAML${where}: ${reason ?? (error as Error).message.split('\n')[0]}`);
    }
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed)) {
    throw new SpecLoadError(url, 'the file does not hold a YAML/JSON object');
  }
  const doc = parsed as Record<string, unknown>;
  if (typeof doc.openapi !== 'string' && typeof doc.swagger !== 'string') {
    throw new SpecLoadError(url, 'not an OpenAPI or Swagger document (it has no "openapi" or "swagger" field)');
  }
  return doc;
}

/** Downloads and parses a spec (the text comes along for Swagger UI); YAML support is loaded only when the file is YAML. */
export async function fetchSpec(url: string): Promise<{ text: string; document: Record<string, unknown> }> {
  let response: Response;
  try {
    // a plain GET, so the page's <link rel=preload as=fetch> for the same URL is reused
    response = await fetch(url);
  } catch (error) {
    throw new SpecLoadError(url, `the request failed (${(error as Error).message})`);
  }
  if (!response.ok) throw new SpecLoadError(url, `the server answered ${response.status}${response.statusText ? ` ${response.statusText}` : ''}`);
  const text = await response.text();
  const needsYaml = !/^\s*[{<]/.test(text) && text.trim() !== '';
  const loadYaml: YamlLoad = needsYaml ? (await import('js-yaml')).load : () => undefined;
  return { text, document: parseSpecText(text, url, loadYaml) };
}
