/**
 * Entry of `npm run mock`: turns on Node's compile cache (which also keeps the
 * TypeScript-stripped sources) before loading the server, so later starts skip
 * parsing and type stripping. The server itself is serve.ts.
 */
import { enableCompileCache } from 'node:module';

enableCompileCache?.();
await import('./serve.ts');
