/**
 * Loaded by cli.ts. `npm run mock -- [spec] [--port 4010] [--host 127.0.0.1] [--cors-origin <origin>]… [--account user:password]… [--quiet]`
 * Serves the mock for one spec over node:http; loopback by default; one log
 * line per request; graceful shutdown on SIGINT/SIGTERM.
 */
import { createServer } from 'node:http';
import { parseArgs } from 'node:util';
import { createMockHandler } from './http-adapter.ts';
import { createNodeMock } from './create-mock.ts';

const USAGE = 'usage: npm run mock -- [spec/session.yaml] [--port 4010] [--host 127.0.0.1] [--cors-origin <origin|*>]... [--account user:password]... [--quiet]';

async function main(): Promise<void> {
  const started = performance.now();
  let args;
  try {
    args = parseArgs({
      allowPositionals: true,
      options: {
        port: { type: 'string', default: '4010' },
        host: { type: 'string', default: '127.0.0.1' },
        'cors-origin': { type: 'string', multiple: true, default: ['*'] },
        account: { type: 'string', multiple: true },
        quiet: { type: 'boolean', default: false },
        help: { type: 'boolean', default: false },
      },
    });
  } catch (error) {
    console.error(`${(error as Error).message}\n${USAGE}`);
    process.exit(2);
  }
  if (args.values.help) {
    console.log(USAGE);
    return;
  }
  const file = args.positionals[0] ?? 'spec/session.yaml';
  const port = Number(args.values.port);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    console.error(`--port ${args.values.port}: not a port number\n${USAGE}`);
    process.exit(2);
  }
  const accounts = parseAccounts(args.values.account);
  const { model, ctx } = await createNodeMock(file, accounts ? { accounts } : {}, (line) => console.warn(line));
  const log = args.values.quiet ? undefined : (line: string) => console.log(line);
  const handler = createMockHandler(model, ctx, { mount: '/', corsOrigins: args.values['cors-origin'] ?? [], log });
  const server = createServer({ keepAliveTimeout: 5000 }, (req, res) => handler(req, res));
  // requests node's parser rejects (unknown method, bad header bytes) still get an answer
  server.on('clientError', (error: NodeJS.ErrnoException, socket) => {
    if (socket.writable && !(socket as { _httpMessage?: unknown })._httpMessage) {
      const detail = JSON.stringify({ type: 'about:blank', title: 'Bad Request', status: 400, detail: `unparseable HTTP request (${error.code ?? 'error'})` });
      socket.end(`HTTP/1.1 400 Bad Request\r\nContent-Type: application/problem+json\r\nContent-Length: ${Buffer.byteLength(detail)}\r\nConnection: close\r\n\r\n${detail}`);
    } else socket.destroy();
  });
  // answer `Expect: 100-continue` with 413 straight away when the declared body is over the limit
  server.on('checkContinue', (req, res) => {
    if (Number(req.headers['content-length'] ?? 0) <= model.options.maxBodyBytes) res.writeContinue();
    handler(req, res);
  });
  server.on('error', (error: NodeJS.ErrnoException) => {
    const hint = error.code === 'EADDRINUSE' ? ' (the port is taken: pick another with --port, or --port 0 for any free one)' : '';
    console.error(`mock: cannot listen on ${args.values.host}:${port}: ${error.message}${hint}`);
    process.exit(1);
  });
  server.listen(port, args.values.host, () => {
    const address = server.address();
    const bound = typeof address === 'object' && address ? address.port : port;
    console.log(`mock: ${model.title} (${model.operations.length} operations) on http://${args.values.host}:${bound}/ — ready in ${Math.round(performance.now() - started)} ms`);
  });
  const stop = (signal: string) => {
    console.log(`mock: ${signal}, closing`);
    // let in-flight requests finish; the process then ends by itself with code 0
    server.close();
    server.closeIdleConnections();
    setTimeout(() => server.closeAllConnections(), 2000).unref();
  };
  process.once('SIGINT', () => stop('SIGINT'));
  process.once('SIGTERM', () => stop('SIGTERM'));
}

function parseAccounts(values: string[] | undefined): Record<string, string> | undefined {
  if (!values || values.length === 0) return undefined;
  const out: Record<string, string> = {};
  for (const value of values) {
    const colon = value.indexOf(':');
    if (colon <= 0) {
      console.error(`--account ${value}: expected user:password\n${USAGE}`);
      process.exit(2);
    }
    out[value.slice(0, colon)] = value.slice(colon + 1);
  }
  return out;
}

main().catch((error) => {
  console.error(`mock: ${(error as Error).message}`);
  process.exit(1);
});
