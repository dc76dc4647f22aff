/** Starts `node src/mock/node/cli.ts` as a child process on a free loopback port. */
import { spawn, type ChildProcess } from 'node:child_process';
import { readFileSync } from 'node:fs';

export interface RunningMock {
  url: string;
  child: ChildProcess;
  output: () => string;
  /** resident set size of the child in bytes (Linux /proc), undefined elsewhere */
  rss: () => number | undefined;
  stop: () => Promise<number | null>;
}

export async function startMockCli(spec: string, extraArgs: string[] = []): Promise<RunningMock> {
  const child = spawn(process.execPath, ['src/mock/node/cli.ts', spec, '--port', '0', ...extraArgs], { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  child.stdout!.on('data', (chunk) => (output += chunk));
  child.stderr!.on('data', (chunk) => (output += chunk));
  const url = await new Promise<string>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`mock did not start in 10 s:\n${output}`)), 10_000);
    child.stdout!.on('data', () => {
      const match = /on (http:\/\/[^/]+)\//.exec(output);
      if (match) {
        clearTimeout(timer);
        resolve(match[1]!);
      }
    });
    child.on('exit', (code) => reject(new Error(`mock exited with ${code}:\n${output}`)));
  });
  return {
    url,
    child,
    output: () => output,
    rss: () => {
      try {
        const kb = /VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${child.pid}/status`, 'utf8'))?.[1];
        return kb ? Number(kb) * 1024 : undefined;
      } catch {
        return undefined;
      }
    },
    stop: () =>
      new Promise((resolve) => {
        if (child.exitCode !== null) return resolve(child.exitCode);
        child.once('exit', (code) => resolve(code));
        child.kill('SIGTERM');
      }),
  };
}
