/**
 * Makes sure the mock service worker (`{base}mock-sw.js`) controls this page,
 * so `{base}mock/<spec>/…` requests are answered in the browser. The explorer
 * calls this before "Try it out". Resolves once the worker controls the page;
 * rejects with a readable reason when it cannot (no service workers, e.g. a
 * private window or plain http on a non-localhost host).
 */
const pending = new Map<string, Promise<void>>();
const TIMEOUT_MS = 10_000;

export function ensureMockWorker(base: string): Promise<void> {
  const root = base.endsWith('/') ? base : `${base}/`;
  let promise = pending.get(root);
  if (!promise) {
    promise = register(root);
    pending.set(root, promise);
    // a failed attempt may be retried later (e.g. after the user allows storage)
    promise.catch(() => pending.delete(root));
  }
  return promise;
}

async function register(root: string): Promise<void> {
  if (!('serviceWorker' in navigator)) {
    throw new Error('The mock needs service workers, which this browser context does not offer (private window, or not https/localhost).');
  }
  const container = navigator.serviceWorker;
  const registration = await container.register(`${root}mock-sw.js`, { scope: root });
  const scriptUrl = new URL(`${root}mock-sw.js`, location.href).href;
  if (container.controller?.scriptURL === scriptUrl) return;
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`The mock service worker did not take control within ${TIMEOUT_MS / 1000} s.`)), TIMEOUT_MS);
    const done = () => {
      if (container.controller?.scriptURL !== scriptUrl) return;
      clearTimeout(timer);
      container.removeEventListener('controllerchange', done);
      resolve();
    };
    container.addEventListener('controllerchange', done);
    // already active (e.g. after a hard reload, which leaves the page uncontrolled): ask it to claim us
    const ask = (worker: ServiceWorker | null | undefined) => worker?.postMessage('lectern-mock:claim');
    if (registration.active) ask(registration.active);
    else {
      const installing = registration.installing ?? registration.waiting;
      installing?.addEventListener('statechange', () => {
        if (installing.state === 'activated') ask(installing);
      });
    }
    done();
  });
}
