/**
 * The baseline for the mock benchmark: a bare node:http server answering every
 * request with fixed bytes (the mock's own answer, passed in by bench/mock.ts).
 */
import { createServer } from 'node:http';
import { readFileSync } from 'node:fs';

const { status, headers, body } = JSON.parse(readFileSync(process.argv[2]!, 'utf8')) as { status: number; headers: Record<string, string>; body: string };
const bytes = Buffer.from(body);
const server = createServer((_req, res) => {
  res.writeHead(status, headers);
  res.end(bytes);
});
server.listen(0, '127.0.0.1', () => {
  const address = server.address();
  console.log(`bare: on http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}/`);
});
process.once('SIGTERM', () => server.close(() => process.exit(0)));
