/** Every MkDocs Material admonition type and alias has a colour and icon rule in markdown.css. */
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { test } from 'node:test';
import { ADMONITION_TYPES, canonicalType } from '../../../src/markdown/plugins/admonition/index.ts';

const css = readFileSync(new URL('../../../src/styles/markdown.css', import.meta.url), 'utf8');

test('each type and alias is styled with its type colour', () => {
  for (const [type, aliases] of Object.entries(ADMONITION_TYPES)) {
    if (type === 'note') continue; // the default colour and icon
    const rule = css.split('\n').find((line) => line.includes(`--lectern-type-color: var(--lectern-${type})`));
    assert.ok(rule, `no rule for ${type}`);
    for (const name of [type, ...aliases]) assert.match(rule, new RegExp(`\\.${name}\\b`), `${name} is not in the ${type} rule`);
  }
});

test('aliases resolve to their type; unknown names to nothing', () => {
  assert.equal(canonicalType('tldr'), 'abstract');
  assert.equal(canonicalType('error'), 'danger');
  assert.equal(canonicalType('note'), 'note');
  assert.equal(canonicalType('custom-thing'), undefined);
});
