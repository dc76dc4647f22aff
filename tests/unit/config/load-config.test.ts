import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, readdirSync, readFileSync, writeFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { tmpdir } from 'node:os';
import { loadSiteConfig } from '../../../src/config/load-config.ts';
import { isLecternError } from '../../../src/errors.ts';

const FIXTURES = join(import.meta.dirname, 'fixtures');

function withConfig<T>(text: string, run: (root: string) => T): T {
  const root = mkdtempSync(join(tmpdir(), 'lectern-config-'));
  try {
    writeFileSync(join(root, 'lectern.config.yaml'), text);
    return run(root);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
}

// Each fixture's first line says where the error must point and how it must start.
for (const name of readdirSync(FIXTURES).filter((f) => f.endsWith('.yaml')).sort()) {
  const text = readFileSync(join(FIXTURES, name), 'utf8');
  const expectation = /^# expect line (\d+): (.*)$/m.exec(text);
  test(`config error: ${name}`, () => {
    assert.ok(expectation, `${name}:1: missing "# expect line N: message" header`);
    withConfig(text, (root) => {
      assert.throws(
        () => loadSiteConfig(root),
        (error) => {
          assert.ok(isLecternError(error), `expected a LecternError, got ${error}`);
          assert.equal(error.file, 'lectern.config.yaml');
          assert.equal(error.line, Number(expectation[1]), `${name}: wrong line in "${error.message}"`);
          assert.ok(error.message.includes(expectation[2]!), `${name}: "${error.message}" does not contain "${expectation[2]}"`);
          return true;
        },
      );
    });
  });
}

test('a full MkDocs-style config is normalised: nav entries tagged, colours resolved, base slash-terminated', () => {
  const text = [
    'site_name: Docs',
    'base_path: /en/next',
    'repo_url: https://git.example.com/org/docs',
    'theme:',
    '  primary: deep purple',
    '  accent: "#ff0000"',
    'redirects:',
    '  old.md: guides/curl.md',
    'nav:',
    '  - index.md',
    '  - Guides:',
    '      - Curl: guides/curl.md',
    '      - Spec: https://example.com/spec',
  ].join('\n');
  const config = withConfig(text, (root) => loadSiteConfig(root));
  assert.equal(config.base_path, '/en/next/');
  assert.deepEqual(config.theme, { primary: '#7e56c2', accent: '#ff0000' });
  assert.deepEqual(config.redirects, { 'old.md': 'guides/curl.md' });
  assert.deepEqual(config.nav, [
    { kind: 'page', title: undefined, path: 'index.md', at: [0] },
    {
      kind: 'section',
      title: 'Guides',
      at: [1, 'Guides'],
      children: [
        { kind: 'page', title: 'Curl', path: 'guides/curl.md', at: [1, 'Guides', 0, 'Curl'] },
        { kind: 'link', title: 'Spec', url: 'https://example.com/spec', at: [1, 'Guides', 1, 'Spec'] },
      ],
    },
  ]);
});

test('the project config still loads', () => {
  const config = loadSiteConfig(join(import.meta.dirname, '../../..'));
  assert.ok(config.site_name.length > 0);
});
