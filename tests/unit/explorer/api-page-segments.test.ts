import { test } from 'node:test';
import assert from 'node:assert/strict';
import { splitApiPage, specFileFromUrl } from '../../../src/components/api-page-segments.ts';

test('a swagger page without its own explorer gets one after the Markdown, for its spec', () => {
  assert.deepEqual(splitApiPage('<h1>API</h1>\n', 'swagger', 'other.yaml'), {
    legacy: false,
    segments: [
      { kind: 'html', html: '<h1>API</h1>\n' },
      { kind: 'explorer', spec: 'other.yaml' },
    ],
  });
  assert.deepEqual(splitApiPage('', 'swagger', undefined).segments, [{ kind: 'explorer', spec: 'session.yaml' }]);
});

test('<api-explorer> in any page is replaced in place, with the <p> markdown-it put around it', () => {
  const html = '<p>Before</p>\n<p><api-explorer spec="session.yaml"></api-explorer></p>\n<p>After</p>\n';
  assert.deepEqual(splitApiPage(html, 'main', undefined), {
    legacy: false,
    segments: [
      { kind: 'html', html: '<p>Before</p>\n' },
      { kind: 'explorer', spec: 'session.yaml' },
      { kind: 'html', html: '\n<p>After</p>\n' },
    ],
  });
});

test('an <api-explorer> inside a paragraph keeps the paragraph balanced; spec-url is passed on', () => {
  const { segments } = splitApiPage("<p>See <api-explorer spec-url='/x/petstore.json'></api-explorer></p>", 'main', undefined);
  assert.deepEqual(segments, [
    { kind: 'html', html: '<p>See ' },
    { kind: 'explorer', spec: 'petstore.json', specUrl: '/x/petstore.json' },
    { kind: 'html', html: '</p>' },
  ]);
});

test('a swagger page with <api-explorer> gets no second explorer', () => {
  const { segments } = splitApiPage('<api-explorer spec="a.yaml"></api-explorer>', 'swagger', undefined);
  assert.deepEqual(segments, [{ kind: 'explorer', spec: 'a.yaml' }]);
});

test('redoc pages: <redoc spec-url> becomes Lectern\'s explorer for that spec', () => {
  const { segments } = splitApiPage('<h1>X</h1>\n<p><redoc spec-url="/apis/restapis/session.yaml"></redoc></p>\n', 'redoc', undefined);
  assert.deepEqual(segments, [
    { kind: 'html', html: '<h1>X</h1>\n' },
    { kind: 'explorer', spec: 'session.yaml', specUrl: '/apis/restapis/session.yaml' },
    { kind: 'html', html: '\n' },
  ]);
  assert.equal(splitApiPage('<redoc spec-url="/a.yaml"></redoc>', 'main', undefined).segments[0]!.kind, 'html', 'only on redoc pages');
});

test('legacy swagger pages keep their div and script; the static list goes right after the div, for the script\'s spec', () => {
  const html = '<h1>S</h1>\n<div id="swagger-ui"></div>\n<script>\nconst ui = SwaggerUIBundle({\n  url: "/en/next/apis/restapis/session.yaml",\n  dom_id: "#swagger-ui",\n})\n</script>\n';
  const { legacy, segments } = splitApiPage(html, 'swagger', undefined);
  assert.equal(legacy, true);
  assert.deepEqual(segments.map((s) => s.kind), ['html', 'legacy-reference', 'html']);
  assert.equal((segments[0] as { html: string }).html, '<h1>S</h1>\n<div id="swagger-ui"></div>');
  assert.deepEqual(segments[1], { kind: 'legacy-reference', spec: 'session.yaml' });
  assert.equal(segments.map((s) => ('html' in s ? s.html : '')).join(''), html, 'nothing of the page is lost');
});

test('specFileFromUrl takes the last path segment', () => {
  assert.equal(specFileFromUrl('/en/next/apis/restapis/session.yaml?v=1'), 'session.yaml');
  assert.equal(specFileFromUrl('/'), 'session.yaml');
});
