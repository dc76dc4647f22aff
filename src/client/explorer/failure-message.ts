/**
 * Swagger UI answers a request the browser could not complete with "Failed
 * to fetch" and a list of guesses. Lectern says in one sentence what most
 * likely happened and what to do instead.
 */

export interface FailedRequest {
  /** the URL the request went to, when known */
  url: string | undefined;
  /** the page's origin, to tell same-site requests from real servers */
  pageOrigin: string;
  /** true when the request went to the in-browser mock */
  toMock: boolean;
}

/** A response object Swagger UI stores for a request that threw. */
export interface ThrownResponse {
  error?: boolean;
  err?: { name?: string; message?: string; status?: number; statusCode?: number; response?: unknown };
}

/** True for a request that got no HTTP answer at all (refused, TLS, CORS, offline). */
export function isNetworkFailure(res: ThrownResponse | undefined): boolean {
  const err = res?.err;
  if (!res?.error || !err) return false;
  return err.response === undefined && err.status === undefined && err.statusCode === undefined;
}

export function explainFailure({ url, pageOrigin, toMock }: FailedRequest): string {
  if (toMock) {
    return 'The in-browser mock did not answer: reload the page so its service worker can start, then try again (private windows and some browsers block service workers).';
  }
  let origin = 'the server';
  let https = false;
  try {
    const parsed = new URL(url ?? '');
    origin = parsed.origin;
    https = parsed.protocol === 'https:';
  } catch {
    /* keep the generic wording */
  }
  const sameSite = origin === pageOrigin;
  const causes = sameSite
    ? 'it may be down or refused the connection'
    : `it refused the connection${https ? ', its TLS certificate is not trusted by this browser' : ''}, or it does not allow requests from ${pageOrigin} (CORS)`;
  return `The browser got no answer from ${origin}: ${causes}; choose "Mock (runs in your browser)" in Servers, or run the site with \`npm run dev\` and send the request through its local proxy.`;
}
