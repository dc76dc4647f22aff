/**
 * Runs one command and measures wall time and peak memory of its whole
 * process tree. Two memory figures, because each misses something:
 * GNU time's "maximum resident set size" is exact but only for the single
 * largest process; polling /proc sums the tree (node + pagefind + esbuild)
 * but can miss a peak between polls. The bench reports the larger.
 */
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync } from 'node:fs';
import { createServer } from 'node:net';
import { join } from 'node:path';

export interface CommandRun {
  wallMs: number;
  /** User + system CPU time of the tree (GNU time), ms: steadier than wall time on a busy machine. */
  cpuMs: number | undefined;
  /** Largest single process (GNU time), bytes; undefined without /usr/bin/time. */
  maxProcessRss: number | undefined;
  /** Largest sum over the process tree seen while polling /proc, bytes. */
  treeRss: number;
  peakRss: number;
  exitCode: number;
  /** Last lines of stdout+stderr, for error messages. */
  tail: string;
}

const GNU_TIME = '/usr/bin/time';
const RSS_MARKER = '__bench_time=';
const POLL_MS = 50;
const PAGE_SIZE = 4096;

/** Installs GNU time when missing and we may (root + apt); returns whether it is there. */
export function ensureGnuTime(log: (line: string) => void): boolean {
  if (existsSync(GNU_TIME)) return true;
  if (process.getuid?.() === 0 && existsSync('/usr/bin/apt-get')) {
    log('installing Debian package "time" for peak-RSS figures ...');
    spawnSync('apt-get', ['install', '-y', '-q', 'time'], { stdio: 'ignore', env: { ...process.env, DEBIAN_FRONTEND: 'noninteractive' } });
  }
  if (!existsSync(GNU_TIME)) log('note: /usr/bin/time missing; peak RSS comes from polling /proc only');
  return existsSync(GNU_TIME);
}

export async function measureCommand(command: string, args: string[], options: { cwd: string; env?: NodeJS.ProcessEnv; timeoutMs?: number }): Promise<CommandRun> {
  const useTime = existsSync(GNU_TIME);
  const [file, argv] = useTime ? [GNU_TIME, ['-f', `${RSS_MARKER}%M,%U,%S`, command, ...args]] : [command, args];
  const started = performance.now();
  const child = spawn(file, argv, { cwd: options.cwd, env: options.env ?? process.env, stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const keep = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-20_000);
  };
  child.stdout.on('data', keep);
  child.stderr.on('data', keep);
  let treeRss = 0;
  const poll = setInterval(() => {
    if (child.pid !== undefined) treeRss = Math.max(treeRss, processTreeRss(child.pid));
  }, POLL_MS);
  const timeout = setTimeout(() => child.kill('SIGKILL'), options.timeoutMs ?? 15 * 60_000);
  const exitCode = await new Promise<number>((resolve) => child.on('close', (code, signal) => resolve(code ?? (signal ? 128 : 1))));
  const wallMs = performance.now() - started;
  clearInterval(poll);
  clearTimeout(timeout);
  const match = output.match(new RegExp(`${RSS_MARKER}(\\d+),([\\d.]+),([\\d.]+)`));
  const maxProcessRss = match ? Number(match[1]) * 1024 : undefined;
  const cpuMs = match ? (Number(match[2]) + Number(match[3])) * 1000 : undefined;
  const tail = output.replace(new RegExp(`${RSS_MARKER}\\S+\\s*`), '').trim().split('\n').slice(-15).join('\n');
  return { wallMs, cpuMs, maxProcessRss, treeRss, peakRss: Math.max(maxProcessRss ?? 0, treeRss), exitCode, tail };
}

/** Sum of resident memory of `rootPid` and all its descendants, from /proc. */
export function processTreeRss(rootPid: number): number {
  const children = new Map<number, number[]>();
  let entries: string[];
  try {
    entries = readdirSync('/proc');
  } catch {
    return 0; // not Linux: GNU time's figure is all we have
  }
  for (const entry of entries) {
    if (!/^\d+$/.test(entry)) continue;
    const parent = parentPid(entry);
    if (parent === undefined) continue;
    const list = children.get(parent) ?? [];
    list.push(Number(entry));
    children.set(parent, list);
  }
  let total = 0;
  const stack = [rootPid];
  while (stack.length) {
    const pid = stack.pop()!;
    total += residentBytes(pid);
    stack.push(...(children.get(pid) ?? []));
  }
  return total;
}

function parentPid(pid: string): number | undefined {
  try {
    const stat = readFileSync(`/proc/${pid}/stat`, 'utf8');
    // the command name may contain spaces and parentheses: fields start after the last ')'
    const fields = stat.slice(stat.lastIndexOf(')') + 2).split(' ');
    return Number(fields[1]);
  } catch {
    return undefined; // the process ended while we looked
  }
}

function residentBytes(pid: number): number {
  try {
    return Number(readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ')[1]) * PAGE_SIZE;
  } catch {
    return 0;
  }
}

/** Total size in bytes of every file under `dir`. */
export function directorySize(dir: string): number {
  if (!existsSync(dir)) return 0;
  let total = 0;
  for (const name of readdirSync(dir, { recursive: true, encoding: 'utf8' }) as string[]) {
    const stat = statSync(join(dir, name), { throwIfNoEntry: false });
    if (stat?.isFile()) total += stat.size;
  }
  return total;
}

/** A TCP port nothing listens on right now, on 127.0.0.1. */
export async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (typeof address !== 'object' || !address) throw new Error('could not find a free port on 127.0.0.1');
  return address.port;
}

export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
