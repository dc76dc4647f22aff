import { test } from 'node:test';
import assert from 'node:assert/strict';
import { EventEmitter } from 'node:events';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { lecternLoader } from '../../../src/integration/content-loader.ts';

/** A content store that records writes, and a watcher we can fire by hand. */
function harness() {
  const entries = new Map<string, { data: Record<string, unknown> }>();
  const writes: string[] = [];
  const store = {
    clear: () => entries.clear(),
    get: (id: string) => entries.get(id),
    set: (entry: { id: string; data: Record<string, unknown> }) => {
      writes.push(entry.id);
      entries.set(entry.id, entry);
      return true;
    },
  };
  const watcher = Object.assign(new EventEmitter(), { add: () => {} });
  const errors: string[] = [];
  const logger = { warn: () => {}, info: () => {}, error: (m: string) => errors.push(m) };
  return { store, watcher, logger, writes, errors };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

test('dev: saving a body-only edit leaves the content store alone; a new title is written', async () => {
  const root = mkdtempSync(join(tmpdir(), 'lectern-store-'));
  try {
    mkdirSync(join(root, 'content'), { recursive: true });
    writeFileSync(join(root, 'lectern.config.yaml'), 'site_name: Store test\n');
    const page = join(root, 'content', 'index.md');
    writeFileSync(page, '# Home\n\nFirst body.\n');
    const h = harness();
    await lecternLoader().load({ store: h.store, logger: h.logger, watcher: h.watcher, config: { root: pathToFileURL(`${root}/`) } } as never);
    assert.deepEqual(h.writes, ['index']);

    writeFileSync(page, '# Home\n\nSecond body, same title.\n');
    h.watcher.emit('change', page);
    await settled(); // the re-render is asynchronous (the renderer loads on first need)
    assert.deepEqual(h.writes, ['index'], 'body-only edit: served by the route from the file, no store write');

    writeFileSync(page, '# Welcome\n\nSecond body.\n');
    h.watcher.emit('change', page);
    await settled();
    assert.deepEqual(h.writes, ['index', 'index'], 'retitled page: other pages (nav, prev/next) read the title from the store');
    assert.equal(h.store.get('index')!.data.title, 'Welcome');
    assert.deepEqual(h.errors, []);
  } finally {
    rmSync(root, { recursive: true, force: true });
  }
});
