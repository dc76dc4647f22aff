import { test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, rmSync, utimesSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { liveEntry } from '../../../src/integration/dev-live-page.ts';

function project(): { root: string; page: string; partial: string } {
  const root = mkdtempSync(join(tmpdir(), 'lectern-live-'));
  mkdirSync(join(root, 'content', 'guides'), { recursive: true });
  writeFileSync(join(root, 'lectern.config.yaml'), 'site_name: Live test\n');
  const page = join(root, 'content', 'guides', 'start.md');
  const partial = join(root, 'content', 'guides', 'part.md');
  writeFileSync(partial, 'Included words.\n');
  writeFileSync(page, '# Start\n\nFirst words.\n\n--8<-- "guides/part.md"\n');
  return { root, page, partial };
}

const stored = { id: 'guides/start', filePath: 'content/guides/start.md', data: { title: 'Start', template: 'main' }, rendered: { html: '<p>stale store copy</p>', metadata: { headings: [] } } };

test('dev live page: renders from the file, then re-renders only when the file or an included file changes', async () => {
  const { root, page, partial } = project();
  try {
    const rootUrl = pathToFileURL(`${root}/`);
    const first = await liveEntry(stored, rootUrl);
    assert.match(first.rendered.html, /First words\./);
    assert.match(first.rendered.html, /Included words\./);
    assert.doesNotMatch(first.rendered.html, /stale store copy/);
    assert.equal(first.id, stored.id);

    const unchanged = await liveEntry(stored, rootUrl);
    assert.equal(unchanged.rendered.html, first.rendered.html);

    writeFileSync(page, '# Start again\n\nEdited words.\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(page, later, later);
    const edited = await liveEntry(stored, rootUrl);
    assert.match(edited.rendered.html, /Edited words\./);
    assert.equal(edited.data.title, 'Start again');

    writeFileSync(page, '# Start\n\n--8<-- "guides/part.md"\n');
    const evenLater = new Date(Date.now() + 10_000);
    utimesSync(page, evenLater, evenLater);
    await liveEntry(stored, rootUrl);
    writeFileSync(partial, 'Changed include.\n');
    const latest = new Date(Date.now() + 15_000);
    utimesSync(partial, latest, latest);
    const viaInclude = await liveEntry(stored, rootUrl);
    assert.match(viaInclude.rendered.html, /Changed include\./);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});

test('dev live page: entries outside content/ and deleted files keep the store copy', async () => {
  const { root, page } = project();
  try {
    const rootUrl = pathToFileURL(`${root}/`);
    const other = { ...stored, filePath: 'elsewhere/x.md' };
    assert.equal(await liveEntry(other, rootUrl), other);
    rmSync(page);
    assert.equal((await liveEntry(stored, rootUrl)).rendered.html, stored.rendered.html);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
