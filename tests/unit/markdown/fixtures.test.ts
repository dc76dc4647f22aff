import assert from 'node:assert/strict';
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { describe, test } from 'node:test';
import { readFixtureCases } from './fixture-cases.ts';
import { FIXTURES, renderPage } from './render-helpers.ts';

const trimLines = (html: string) => html.split('\n').map((line) => line.trimEnd()).join('\n').trim();

for (const name of readdirSync(FIXTURES).filter((file) => file.endsWith('.txt')).sort()) {
  const path = join(FIXTURES, name);
  describe(`fixtures/markdown/${name}`, () => {
    for (const fixture of readFixtureCases(path)) {
      test(`${name}:${fixture.line} ${fixture.title}`, async () => {
        const { html } = await renderPage(fixture.markdown);
        assert.equal(trimLines(html), trimLines(fixture.html), `tests/fixtures/markdown/${name}:${fixture.line}: ${fixture.title}`);
      });
    }
  });
}
