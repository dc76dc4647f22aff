/**
 * Loads the self-hosted swagger-ui-dist bundle and stylesheet once per page,
 * after the page is parsed (this module only runs from deferred scripts), so
 * the Markdown and the static reference paint first.
 */

export interface AssetUrls {
  script: string;
  style: string;
}

// the real bundle's global; the legacy shim (legacy-shim.js) marks its stand-in
type Bundle = ((config: Record<string, unknown>) => any) & { presets: Record<string, unknown>; plugins: Record<string, unknown>; __lecternShim?: true };

let loading: Promise<Bundle> | undefined;

export function loadSwaggerUi(urls: AssetUrls): Promise<Bundle> {
  loading ??= new Promise<Bundle>((resolve, reject) => {
    if (!document.querySelector(`link[data-lectern-swagger-stylesheet]`)) {
      const link = document.createElement('link');
      link.rel = 'stylesheet';
      link.href = urls.style;
      link.dataset.lecternSwaggerStylesheet = '';
      document.head.append(link);
    }
    const script = document.createElement('script');
    script.src = urls.script;
    script.async = true;
    script.onload = () => {
      const bundle = (window as any).SwaggerUIBundle as Bundle | undefined;
      if (typeof bundle === 'function' && !bundle.__lecternShim) resolve(bundle);
      else reject(new Error(`${urls.script} loaded but did not define SwaggerUIBundle`));
    };
    script.onerror = () => reject(new Error(`could not load ${urls.script}`));
    document.head.append(script);
  });
  return loading;
}
