/**
 * `npm test`: unit tests and browser tests in one `node --test` run, so there is
 * one summary. Before that it makes sure Chromium exists (installing Debian's
 * package when possible) and builds the site the browser tests run against.
 */
import { spawnSync } from 'node:child_process';
import { ensureChromium, CHROMIUM_HELP } from './support-chromium.ts';

const env: NodeJS.ProcessEnv = { ...process.env, ASTRO_TELEMETRY_DISABLED: '1' };
const unitOnly = process.argv.includes('--unit');
const patterns = ['tests/unit/**/*.test.ts'];

if (!unitOnly) {
  const chromium = ensureChromium();
  if (!chromium) {
    console.error(`\n${CHROMIUM_HELP}\nRun \`npm run test:unit\` for the tests that need no browser.\n`);
    process.exit(1);
  }
  env.LECTERN_CHROMIUM = chromium;
  for (const [label, base, outDir] of [
    ['site at /', '/', 'dist'],
    ['site under /en/next/', '/en/next/', 'tests/.out/dist-subpath'],
  ] as const) {
    console.log(`Building the ${label} for the browser tests ...`);
    const build = spawnSync('npm', ['run', '--silent', 'build', '--', '--outDir', outDir], {
      stdio: 'inherit',
      env: { ...env, LECTERN_BASE: base },
    });
    if (build.status !== 0) {
      console.error(`The build of the ${label} failed; fix the errors above before running the browser tests.`);
      process.exit(build.status ?? 1);
    }
  }
  patterns.push('tests/e2e/**/*.test.ts');
}

const result = spawnSync(process.execPath, ['--test', '--test-concurrency=2', ...patterns], { stdio: 'inherit', env });
process.exit(result.status ?? 1);
