import { test } from 'node:test';
import assert from 'node:assert/strict';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';

// The core and the extensions are bundled into the service worker: no Node, no DOM, no console, no module state.
const PURE_DIRS = ['src/mock/core', 'src/mock/extensions'];

for (const dir of PURE_DIRS) {
  for (const name of readdirSync(dir).filter((n) => n.endsWith('.ts'))) {
    const file = join(dir, name);
    test(`${file} is pure`, () => {
      const source = readFileSync(file, 'utf8');
      const lines = source.split('\n');
      const problems: string[] = [];
      lines.forEach((line, i) => {
        const where = `${file}:${i + 1}`;
        if (/^\s*(\*|\/\/|\/\*)/.test(line)) return; // comments
        if (/from ['"]node:|require\(|from ['"](fs|path|http|crypto|os)['"]/.test(line)) problems.push(`${where}: imports a Node module`);
        if (/\b(console|process|document|window|localStorage)\./.test(line)) problems.push(`${where}: uses a host global`);
        if (/Math\.random\(|Date\.now\(|new Date\(\)/.test(line)) problems.push(`${where}: reads the clock or RNG directly (use ctx)`);
        if (/^(let|var) /.test(line)) problems.push(`${where}: module-level mutable binding`);
        // empty containers at module level exist to be filled: shared state (constant lookup tables are fine)
        if (/^(export )?const \w+(: [^=]+)?\s*=\s*(new (Map|Set)(<[^>]*>)?\(\)|\[\]|\{\})/.test(line)) problems.push(`${where}: module-level mutable container`);
        // a sticky or global regex keeps lastIndex between calls
        if (/^(export )?const \w+\s*=\s*\/.*\/[a-z]*[gy][a-z]*;/.test(line)) problems.push(`${where}: module-level stateful regex`);
      });
      assert.deepEqual(problems, []);
    });
  }
}
