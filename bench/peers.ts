/**
 * The peers Lectern is compared with, made available when possible and
 * skipped with a reason otherwise: MkDocs 1.x + Material from Debian's
 * archive (installed with apt when running as root), and Starlight installed
 * from npm into bench/.work/starlight (its own package.json, never the
 * project's).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { STARLIGHT_PACKAGE } from './projects.ts';

export type Peer = { available: true; version: string } | { available: false; reason: string };

const MKDOCS_PACKAGES = ['mkdocs', 'mkdocs-material', 'python3-pymdownx'];

function mkdocsVersion(): string | undefined {
  const result = spawnSync('mkdocs', ['--version'], { encoding: 'utf8' });
  if (result.status !== 0) return undefined;
  const material = spawnSync('dpkg-query', ['-W', '-f', '${Version}', 'mkdocs-material'], { encoding: 'utf8' });
  if (material.status !== 0) return undefined; // mkdocs without the Material theme is not the peer
  return `MkDocs ${result.stdout.match(/version (\S+)/)?.[1] ?? '?'} + Material ${material.stdout.split('-')[0]}`;
}

export function ensureMkdocs(log: (line: string) => void): Peer {
  let version = mkdocsVersion();
  if (!version && process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log(`installing Debian packages ${MKDOCS_PACKAGES.join(' ')} ...`);
    spawnSync('apt-get', ['install', '-y', '-q', ...MKDOCS_PACKAGES], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' }, timeout: 10 * 60_000 });
    version = mkdocsVersion();
  }
  if (version) return { available: true, version };
  return { available: false, reason: `MkDocs Material not installed (as root: apt-get install ${MKDOCS_PACKAGES.join(' ')})` };
}

export function ensureStarlight(dir: string, log: (line: string) => void): Peer {
  const installed = join(dir, 'node_modules', '@astrojs', 'starlight', 'package.json');
  if (!existsSync(installed)) {
    mkdirSync(dir, { recursive: true });
    writeFileSync(join(dir, 'package.json'), `${JSON.stringify(STARLIGHT_PACKAGE, null, 2)}\n`);
    log(`installing Starlight into ${dir} (bench only) ...`);
    const result = spawnSync('flock', ['/tmp/lectern-npm.lock', 'npm', 'install', '--no-audit', '--no-fund', '--loglevel=error'], { cwd: dir, encoding: 'utf8', timeout: 10 * 60_000 });
    if (result.status !== 0 || !existsSync(installed)) {
      const why = (result.stderr || result.error?.message || '').trim().split('\n').slice(-2).join(' ');
      return { available: false, reason: `Starlight install failed in ${dir}: ${why || 'unknown error'}` };
    }
  }
  const pkg = (name: string): string => JSON.parse(readFileSync(join(dir, 'node_modules', ...name.split('/'), 'package.json'), 'utf8')).version;
  return { available: true, version: `Starlight ${pkg('@astrojs/starlight')} (Astro ${pkg('astro')})` };
}
