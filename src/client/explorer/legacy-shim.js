/*
 * Inlined before the Markdown of swagger-template pages. Legacy pages call
 * `SwaggerUIBundle({...})` from an inline script while the page is parsed;
 * the real bundle is only fetched after first paint, so this stand-in
 * records each call and returns a handle that later receives the real UI's
 * members (so `window.ui = ui` keeps working). Presets and plugins named in
 * the call become markers that the explorer maps to the real ones.
 */
(function (w) {
  if (typeof w.SwaggerUIBundle === 'function') return;
  var calls = [];
  function markers(prefix) {
    return new Proxy({}, {
      get: function (_target, key) {
        return typeof key === 'string' ? { __lecternMarker: prefix + key } : undefined;
      },
    });
  }
  // methods legacy scripts call right after SwaggerUIBundle(); replayed on the real UI
  var EARLY_METHODS = ['initOAuth', 'preauthorizeApiKey', 'preauthorizeBasic'];
  function SwaggerUIBundle(config) {
    var pending = [];
    var handle = {};
    EARLY_METHODS.forEach(function (name) {
      handle[name] = function () {
        pending.push([name, Array.prototype.slice.call(arguments)]);
      };
    });
    calls.push({ config: config || {}, handle: handle, pending: pending });
    return handle;
  }
  SwaggerUIBundle.__lecternShim = true;
  SwaggerUIBundle.presets = markers('presets.');
  SwaggerUIBundle.plugins = markers('plugins.');
  w.SwaggerUIBundle = SwaggerUIBundle;
  w.SwaggerUIStandalonePreset = { __lecternMarker: 'SwaggerUIStandalonePreset' };
  w.__lecternLegacyExplorers = calls;
})(window);
