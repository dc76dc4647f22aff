import { mkdtempSync, mkdirSync, symlinkSync, writeFileSync, rmSync, cpSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { spawnSync } from 'node:child_process';

const REPO = resolve(import.meta.dirname, '..');

/**
 * A throw-away Lectern project: our src/, config and node_modules linked in,
 * with the content files the test gives. Lets a test run a real `astro build`
 * on pages of its own.
 */
export function makeTempSite(files: Record<string, string>, config = 'site_name: Test site\n') {
  const root = mkdtempSync(join(tmpdir(), 'lectern-site-'));
  // src/ is copied, not linked: Astro keys compiled components by their real path
  cpSync(join(REPO, 'src'), join(root, 'src'), { recursive: true });
  for (const name of ['node_modules', 'astro.config.mjs', 'spec', 'tsconfig.json', 'redocly.yaml']) {
    try {
      symlinkSync(join(REPO, name), join(root, name));
    } catch {
      /* optional parts (spec/, redocly.yaml) may not exist */
    }
  }
  writeFileSync(join(root, 'lectern.config.yaml'), config);
  for (const [path, text] of Object.entries(files)) {
    const file = join(root, path);
    mkdirSync(dirname(file), { recursive: true });
    writeFileSync(file, text);
  }
  return {
    root,
    build() {
      const result = spawnSync(process.execPath, [join(REPO, 'node_modules/astro/bin/astro.mjs'), 'build'], {
        cwd: root,
        encoding: 'utf8',
        env: { ...process.env, ASTRO_TELEMETRY_DISABLED: '1', LECTERN_BASE: '' },
        timeout: 120_000,
      });
      return { status: result.status, output: `${result.stdout}\n${result.stderr}` };
    },
    remove() {
      rmSync(root, { recursive: true, force: true });
    },
  };
}
