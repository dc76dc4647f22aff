/**
 * Structure (tags, classes, ids, nesting, text) of our output against the
 * HTML MkDocs Material built from the same Markdown
 * (tests/fixtures/mkdocs-material/, see its README.md).
 */
import assert from 'node:assert/strict';
import { readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { before, describe, test } from 'node:test';
import { parseFrontMatter } from '../../../src/markdown/front-matter.ts';
import { structureOf } from './html-structure.ts';
import { MATERIAL_FIXTURES, TEST_VARIABLES, renderPage } from './render-helpers.ts';

const material = (name: string) => readFileSync(join(MATERIAL_FIXTURES, name), 'utf8').replaceAll('{{base_path}}', TEST_VARIABLES.base_path);

let ours: string[] = [];

describe('features-a.md against MkDocs Material', () => {
  before(async () => {
    const source = readFileSync(join(MATERIAL_FIXTURES, 'features-a.md'), 'utf8');
    const { body, lineOffset } = parseFrontMatter(source, 'content/features-a.md');
    const { html } = await renderPage(body, { file: 'content/features-a.md', lineOffset });
    ours = structureOf(html);
  });

  test('the whole body has the same element/class structure and text', () => {
    assert.deepEqual(ours, structureOf(material('features-a.body.html')));
  });

  const fragments = readdirSync(MATERIAL_FIXTURES).filter((name) => name.endsWith('.html') && !name.startsWith('features-a'));
  for (const name of fragments) {
    test(`contains the ${name} fragment`, () => {
      const expected = structureOf(material(name)).map((line) => line.trimStart());
      const flat = ours.map((line) => line.trimStart());
      // a fragment's first and last text may be cut out of a longer text run
      const same = (ourLine: string | undefined, line: string, j: number) =>
        ourLine === line ||
        (ourLine !== undefined && line.startsWith('"') && ourLine.startsWith('"') &&
          ((j === 0 && ourLine.endsWith(line.slice(1))) || (j === expected.length - 1 && ourLine.startsWith(line.slice(0, -1)))));
      const at = flat.findIndex((_, i) => expected.every((line, j) => same(flat[i + j], line, j)));
      assert.ok(at >= 0, `fragment ${name} not found in our output:\n${expected.join('\n')}`);
    });
  }
});
