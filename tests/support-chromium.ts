import { existsSync } from 'node:fs';
import { execFileSync } from 'node:child_process';

const CANDIDATES = ['/usr/bin/chromium', '/usr/bin/chromium-browser', '/usr/bin/google-chrome'];

export const CHROMIUM_HELP =
  'End-to-end tests need Chromium. On Debian/Ubuntu run `sudo apt-get update && sudo apt-get install -y chromium`, ' +
  'or point LECTERN_CHROMIUM at a Chromium/Chrome binary. (`npx playwright install` cannot download here.)';

/** Finds a Chromium binary: LECTERN_CHROMIUM, then the usual system paths. */
export function findChromium(): string | undefined {
  const fromEnv = process.env.LECTERN_CHROMIUM;
  if (fromEnv) return existsSync(fromEnv) ? fromEnv : undefined;
  return CANDIDATES.find((path) => existsSync(path));
}

/** Finds Chromium, installing Debian's package when we are root and apt-get exists. */
export function ensureChromium(log: (line: string) => void = console.log): string | undefined {
  const found = findChromium();
  if (found) return found;
  const isRoot = process.getuid?.() === 0;
  if (isRoot && existsSync('/usr/bin/apt-get')) {
    log('Chromium not found: installing Debian package "chromium" with apt-get ...');
    try {
      execFileSync('apt-get', ['update', '-q'], { stdio: 'inherit' });
      execFileSync('apt-get', ['install', '-y', '-q', 'chromium'], { stdio: 'inherit', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
    } catch {
      log('apt-get could not install chromium.');
    }
    return findChromium();
  }
  return undefined;
}
