/**
 * Mock benchmark (issue 5), not a test. `node bench/mock.ts` or `npm run bench -- --only mock`.
 *
 * - Throughput and latency: autocannon, 50 connections, 10 s, GET
 *   /t/carbon.super/api/users/v1/me/sessions with Basic credentials, against
 *   (1) the Lectern mock CLI (validation, auth and state on), (2) a bare
 *   node:http server returning the same bytes, (3) Prism 5 (`prism mock`,
 *   installed on demand under bench/.work/prism; skipped with a line if not).
 * - Start-up (spawn → listening) and RSS on spec/session.yaml and on GitHub's
 *   REST spec from @octokit/openapi (installed on demand under bench/.work/octokit).
 */
import { spawn, spawnSync, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import autocannon from 'autocannon';
import { freePort, median } from './measure.ts';

export interface MockBenchRow {
  subject: string;
  figures: string;
  check: string;
}

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const WORK = join(ROOT, 'bench', '.work');
const SPEC = join(ROOT, 'spec', 'session.yaml');
const PATH = '/t/carbon.super/api/users/v1/me/sessions';
const AUTH = `Basic ${Buffer.from('admin:admin').toString('base64')}`;
const CONNECTIONS = 50;
const DURATION_S = Number(process.env.LECTERN_MOCK_BENCH_SECONDS ?? 10);
const log = (line: string) => console.error(line);

interface Started {
  child: ChildProcess;
  url: string;
  ms: number;
  output: string;
}

/** Spawns a server and waits for `pattern` (capturing the URL) on its output. */
function startServer(command: string, args: string[], pattern: RegExp, timeoutMs = 60_000): Promise<Started> {
  const t0 = performance.now();
  const child = spawn(command, args, { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      child.kill('SIGKILL');
      reject(new Error(`${command} ${args.join(' ')} did not start in ${timeoutMs / 1000} s: ${output.slice(-500)}`));
    }, timeoutMs);
    const onData = (chunk: Buffer) => {
      output += chunk;
      const match = pattern.exec(output);
      if (!match) return;
      clearTimeout(timer);
      child.stdout!.off('data', onData);
      child.stderr!.off('data', onData);
      resolve({ child, url: match[1]!, ms: performance.now() - t0, output });
    };
    child.stdout!.on('data', onData);
    child.stderr!.on('data', onData);
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`${command} exited with ${code}: ${output.slice(-500)}`));
    });
  });
}

async function stop(child: ChildProcess): Promise<void> {
  if (child.exitCode !== null || child.signalCode !== null) return;
  await new Promise<void>((resolve) => {
    const kill = setTimeout(() => child.kill('SIGKILL'), 3000);
    child.once('exit', () => {
      clearTimeout(kill);
      resolve();
    });
    child.kill('SIGTERM');
  });
}

/** A loopback port nobody listens on right now (for Prism, which cannot print the port it bound). */
function rssOf(pid: number | undefined): number {
  try {
    return Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0) * 1024;
  } catch {
    return 0;
  }
}

const mockArgs = (spec: string) => ['src/mock/node/cli.ts', spec, '--port', '0', '--quiet'];
const MOCK_READY = /on (http:\/\/[\d.:]+)\//;

interface Load {
  /** server CPU time (user + system) per answered request, in µs; 0 when /proc is unavailable */
  cpuMicros: number;
  rps: number;
  p50: number;
  p99: number;
  non2xx: number;
  errors: number;
}

/** utime + stime of a process in clock ticks (Linux /proc), 0 elsewhere. */
function cpuTicks(pid: number | undefined): number {
  try {
    const fields = readFileSync(`/proc/${pid}/stat`, 'utf8').split(') ')[1]!.split(' ');
    return Number(fields[11]) + Number(fields[12]);
  } catch {
    return 0;
  }
}
const TICK_MICROS = 1e6 / 100; // USER_HZ is 100 on Linux

async function load(url: string, seconds = DURATION_S, pid?: number, path = PATH): Promise<Load> {
  const before = cpuTicks(pid);
  const result = await autocannon({ url: url + path, connections: CONNECTIONS, duration: seconds, headers: { authorization: AUTH, accept: 'application/json' } });
  const cpuMicros = result.requests.total > 0 ? ((cpuTicks(pid) - before) * TICK_MICROS) / result.requests.total : 0;
  return { cpuMicros, rps: result.requests.average, p50: result.latency.p50, p99: result.latency.p99, non2xx: result.non2xx, errors: result.errors + result.timeouts };
}

/**
 * Both servers run side by side and take turns in short slices (DURATION_S each
 * in total), so a change in machine load hits both alike. Throughput is the mean
 * over slices; p50 the median slice; p99 the worst slice.
 */
async function loadInTurns(servers: Started[], slices = 4): Promise<Load[]> {
  const perServer: Load[][] = servers.map(() => []);
  for (let slice = 0; slice < slices; slice++) {
    for (const [i, server] of servers.entries()) perServer[i]!.push(await load(server.url, DURATION_S / slices, server.child.pid));
  }
  return perServer.map((runs) => ({
    cpuMicros: runs.reduce((sum, r) => sum + r.cpuMicros, 0) / runs.length,
    rps: runs.reduce((sum, r) => sum + r.rps, 0) / runs.length,
    p50: [...runs.map((r) => r.p50)].sort((a, b) => a - b)[Math.floor(runs.length / 2)]!,
    p99: Math.max(...runs.map((r) => r.p99)),
    non2xx: runs.reduce((sum, r) => sum + r.non2xx, 0),
    errors: runs.reduce((sum, r) => sum + r.errors, 0),
  }));
}

const fmt = (l: Load) =>
  `${Math.round(l.rps).toLocaleString('en')} req/s · p50 ${l.p50} ms · p99 ${l.p99} ms${l.cpuMicros ? ` · server CPU ${l.cpuMicros.toFixed(1)} µs/request` : ''}${l.non2xx || l.errors ? ` · ${l.non2xx} non-2xx, ${l.errors} errors` : ''}`;

/** Prism from bench/.work/prism (installed with npm on first use); undefined with the reason when unavailable. */
function prismBinary(): { bin?: string; reason?: string } {
  const bin = join(WORK, 'prism', 'node_modules', '.bin', 'prism');
  if (existsSync(bin)) return { bin };
  mkdirSync(join(WORK, 'prism'), { recursive: true });
  log('mock: installing @stoplight/prism-cli into bench/.work/prism (bench only) ...');
  const install = spawnSync('flock', ['/tmp/lectern-npm.lock', 'npm', 'install', '--prefix', join(WORK, 'prism'), '@stoplight/prism-cli', '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', timeout: 300_000 });
  if (install.status !== 0 || !existsSync(bin)) return { reason: `@stoplight/prism-cli could not be installed (${(install.stderr || install.error?.message || '').trim().split('\n').pop()})` };
  return { bin };
}

/** GitHub's REST spec from @octokit/openapi (bench/.work/octokit); the largest JSON/YAML it ships. Also used by the page bench. */
export function bigSpec(): { file?: string; reason?: string } {
  const dir = join(WORK, 'octokit', 'node_modules', '@octokit', 'openapi');
  if (!existsSync(dir)) {
    mkdirSync(join(WORK, 'octokit'), { recursive: true });
    log('mock: installing @octokit/openapi into bench/.work/octokit (bench only) ...');
    const install = spawnSync('flock', ['/tmp/lectern-npm.lock', 'npm', 'install', '--prefix', join(WORK, 'octokit'), '@octokit/openapi', '--no-audit', '--no-fund', '--loglevel=error'], { encoding: 'utf8', timeout: 300_000 });
    if (install.status !== 0 || !existsSync(dir)) return { reason: `@octokit/openapi could not be installed (${(install.stderr || install.error?.message || '').trim().split('\n').pop()})` };
  }
  const candidates: string[] = [];
  const walk = (d: string) => {
    for (const entry of readdirSync(d, { withFileTypes: true })) {
      const path = join(d, entry.name);
      if (entry.isDirectory()) walk(path);
      else if (/api\.github\.com\.(json|yaml)$/.test(entry.name)) candidates.push(path);
    }
  };
  walk(dir);
  // the bundled (not dereferenced) api.github.com spec, ~13 MB with ~1 000 operations
  const file = candidates.filter((f) => !/deref/.test(f)).sort((a, b) => statSync(b).size - statSync(a).size)[0];
  return file ? { file } : { reason: `no api.github.com spec found in ${dir}` };
}

/** `probe`: a request that must be validated (a bad parameter → 400), so the figures include the lazy validator set-up. */
async function startupRow(label: string, spec: string, probe: string, runs: number, targetMs: number, targetRssMiB?: number): Promise<MockBenchRow> {
  const times: number[] = [];
  const selfReported: number[] = [];
  const firstRequest: number[] = [];
  let readyLine = '';
  const rss: number[] = [];
  let operations = '';
  for (let i = 0; i < runs; i++) {
    const started = await startServer(process.execPath, mockArgs(spec), MOCK_READY);
    times.push(started.ms);
    readyLine = started.output;
    selfReported.push(Number(/ready in (\d+) ms/.exec(started.output)?.[1] ?? NaN));
    const t0 = performance.now();
    const first = await fetch(`${started.url}${probe}`, { headers: { authorization: AUTH } });
    await first.text();
    firstRequest.push(performance.now() - t0);
    if (first.status !== 400) throw new Error(`${label}: the probe ${probe} answered ${first.status}, expected a validation 400`);
    rss.push(rssOf(started.child.pid));
    await stop(started.child);
  }
  // the CLI's ready line says how many operations it compiled
  operations = `${/\((\d+) operations\)/.exec(readyLine)?.[1] ?? '?'} operations, `;
  const medianTime = median(times);
  const maxRss = Math.max(...rss);
  const bytes = statSync(spec).size;
  const size = bytes >= 1e6 ? `${(bytes / 1e6).toFixed(1)} MB` : `${Math.round(bytes / 1e3)} KB`;
  const passTime = medianTime <= targetMs;
  const passRss = targetRssMiB === undefined || maxRss / 2 ** 20 <= targetRssMiB;
  return {
    subject: `mock start-up: ${label}`,
    figures: `${operations}${size}: spawn → listening ${Math.round(medianTime)} ms (median of ${runs}; ${Math.round(median(selfReported))} ms of it inside the process); first validated request ${Math.round(median(firstRequest))} ms; RSS ${Math.round(maxRss / 2 ** 20)} MiB after it`,
    check: `${passTime && passRss ? 'PASS' : 'MISS'} ≤ ${targetMs} ms${targetRssMiB ? `, ≤ ${targetRssMiB} MiB` : ''}`,
  };
}

export async function runMockBench(): Promise<MockBenchRow[]> {
  const rows: MockBenchRow[] = [];
  const skipped: MockBenchRow[] = [];

  // 1. the Lectern mock, and the exact answer it gives, for the baseline
  log(`mock: Lectern mock on spec/session.yaml, ${CONNECTIONS} connections, ${DURATION_S} s ...`);
  const mock = await startServer(process.execPath, mockArgs(SPEC), MOCK_READY);
  const sample = await fetch(mock.url + PATH, { headers: { authorization: AUTH, accept: 'application/json' } });
  const sampleBody = await sample.text();
  if (sample.status !== 200) throw new Error(`the mock answered ${sample.status} to GET ${PATH}: ${sampleBody.slice(0, 200)}`);

  // 2. bare node:http with the same bytes, measured in turns with the mock
  log('mock: bare node:http baseline, in turns with the mock ...');
  mkdirSync(WORK, { recursive: true });
  const answerFile = join(WORK, 'mock-answer.json');
  const headers: Record<string, string> = {};
  sample.headers.forEach((value, key) => {
    if (!['date', 'connection', 'keep-alive', 'transfer-encoding'].includes(key)) headers[key] = value;
  });
  writeFileSync(answerFile, JSON.stringify({ status: 200, headers, body: sampleBody }));
  const bare = await startServer(process.execPath, [join(ROOT, 'bench', 'mock-bare-server.ts'), answerFile], /on (http:\/\/[\d.:]+)\//);
  const [lectern, baseline] = (await loadInTurns([mock, bare])) as [Load, Load];
  await stop(bare.child);
  await stop(mock.child);

  const share = lectern.rps / baseline.rps;
  rows.push({ subject: 'bare node:http (same bytes)', figures: fmt(baseline), check: '' });
  rows.push({
    subject: 'Lectern mock (validation, auth, state)',
    figures: `${fmt(lectern)} · ${(share * 100).toFixed(0)} % of bare (in turns, 4 slices; p99 = worst slice)`,
    check: `${share >= 0.7 ? 'PASS' : 'MISS'} ≥ 70 % of bare · ${lectern.p99 <= 5 ? 'PASS' : 'MISS'} p99 ≤ 5 ms`,
  });

  // 3. Prism on the same spec
  const prism = prismBinary();
  if (prism.bin) {
    log('mock: Prism (prism mock -v silent) ...');
    try {
      // Prism prints nothing with -v silent, so readiness is polled
      const port = await freePort();
      const t0 = performance.now();
      const child = spawn(prism.bin, ['mock', SPEC, '-h', '127.0.0.1', '-p', String(port), '-v', 'silent'], { cwd: ROOT, stdio: 'ignore' });
      const url = `http://127.0.0.1:${port}`;
      let prismPath = PATH;
      for (;;) {
        if (performance.now() - t0 > 60_000) throw new Error('Prism did not answer within 60 s');
        const probe = await fetch(url + PATH, { headers: { authorization: AUTH } }).catch(() => undefined);
        if (probe) {
          await probe.text();
          if (probe.status === 404) prismPath = PATH.replace('/t/carbon.super/api/users/v1', '');
          break;
        }
        await new Promise((resolve) => setTimeout(resolve, 50));
      }
      const startMs = performance.now() - t0;
      const result = await load(url, DURATION_S, child.pid, prismPath);
      await stop(child);
      rows.push({ subject: `Prism 5 mock -v silent (${prismPath === PATH ? 'same path' : 'bare path'})`, figures: `${fmt(result)} · started in ${Math.round(startMs)} ms`, check: '' });
      rows.push({ subject: 'Lectern mock vs Prism', figures: `${(lectern.rps / result.rps).toFixed(1)}× the throughput`, check: `${lectern.rps / result.rps >= 8 ? 'PASS' : 'MISS'} ≥ 8×` });
    } catch (error) {
      skipped.push({ subject: 'skipped: Prism', figures: (error as Error).message, check: '' });
    }
  } else skipped.push({ subject: 'skipped: Prism', figures: prism.reason!, check: '' });

  // 4. start-up and memory
  log('mock: start-up on spec/session.yaml ...');
  rows.push(await startupRow('spec/session.yaml', SPEC, `${PATH}?limit=abc`, 5, 300));
  const big = bigSpec();
  if (big.file) {
    log(`mock: start-up on ${big.file} ...`);
    rows.push(await startupRow("GitHub's REST spec (@octokit/openapi)", big.file, '/repos/octocat/hello-world/issues?per_page=abc', 3, 3000, 250));
  } else skipped.push({ subject: "skipped: GitHub's REST spec", figures: big.reason!, check: '' });

  return [...rows, ...skipped];
}

if (import.meta.url === `file://${process.argv[1]}`) {
  const rows = await runMockBench();
  console.log('| subject | figures | check |\n|---|---|---|');
  for (const row of rows) console.log(`| ${row.subject} | ${row.figures} | ${row.check} |`);
  for (const row of rows.filter((r) => r.subject.startsWith('skipped'))) console.log(`${row.subject}: ${row.figures}`);
}
