/** Author mistakes fail with a LecternError naming the exact file and line. */
import assert from 'node:assert/strict';
import { test } from 'node:test';
import { LecternError } from '../../../src/errors.ts';
import { renderPage } from './render-helpers.ts';

async function failure(markdown: string, lineOffset = 0): Promise<LecternError> {
  try {
    await renderPage(markdown, { lineOffset });
  } catch (error) {
    assert.ok(error instanceof LecternError, `expected a LecternError, got ${String(error)}`);
    return error;
  }
  assert.fail('rendering should have failed');
}

test('unknown variable: page line (after front matter) and a did-you-mean hint', async () => {
  const error = await failure('# Title\n\nSee {{ basepath }}/x.\n', 4);
  assert.equal(error.file, 'content/apis/session.md');
  assert.equal(error.line, 7);
  assert.equal(error.message, 'content/apis/session.md:7: unknown variable {{ basepath }} (did you mean base_path?)');
});

test('unknown nested key names the key path', async () => {
  const error = await failure('{{ extra.verison }}');
  assert.equal(error.line, 1);
  assert.match(error.message, /unknown variable \{\{ extra\.verison \}\} \(did you mean extra\.version\?\)/);
});

test('unknown variable inside an included file points into that file', async () => {
  const error = await failure('Intro.\n\n{% include "/_snippets/bad-variable.md" %}\n');
  assert.equal(error.file, 'tests/fixtures/markdown/content/_snippets/bad-variable.md'.replace(/^tests\/fixtures\/markdown\//, ''));
  assert.equal(error.line, 2);
});

test('unknown jinja tag is an error, not text', async () => {
  const error = await failure('a\n\n{% for item in items %}\n{% endfor %}\n', 2);
  assert.equal(error.line, 5);
  assert.match(error.message, /unsupported template tag \{% for %\}/);
});

test('unclosed {% if %} and stray {% endif %}', async () => {
  assert.equal((await failure('x\n{% if version %}\nopen\n')).line, 2);
  assert.equal((await failure('x\n\n{% endif %}\n')).line, 3);
});

test('missing include: the includer file and line', async () => {
  const error = await failure('One.\n\n!!! note\n    {% include "/_snippets/nope.md" %}\n', 3);
  assert.equal(error.file, 'content/apis/session.md');
  assert.equal(error.line, 7);
  assert.match(error.message, /included file "\/_snippets\/nope\.md" not found/);
});

test('missing snippet: the snippet line', async () => {
  const error = await failure('text\n--8<-- "_snippets/missing.md"\n');
  assert.equal(error.line, 2);
});

test('include cycle: the line of the include that closes the cycle', async () => {
  const error = await failure('{% include "/_snippets/cycle-a.md" %}\n');
  assert.equal(error.file, 'content/_snippets/cycle-b.md');
  assert.equal(error.line, 3);
  assert.match(error.message, /include cycle: content\/_snippets\/cycle-a\.md → content\/_snippets\/cycle-b\.md → content\/_snippets\/cycle-a\.md/);
});

test('unclosed fence: the line of the opening fence', async () => {
  const error = await failure('# T\n\nText.\n\n```bash\necho hi\n', 3);
  assert.equal(error.line, 8);
  assert.match(error.message, /code fence ``` is never closed/);
});

test('unclosed fence inside an admonition ends with the admonition and still fails', async () => {
  const error = await failure('!!! note\n    ```\n    code\n\nAfter.\n');
  assert.equal(error.line, 2);
});

test('on* attributes and javascript: URLs in attribute lists are refused', async () => {
  assert.match((await failure('Para.\n\nClick me\n{ onclick="alert(1)" }\n')).message, /:3: attribute "onclick" is not allowed/);
  assert.match((await failure('[x](y.md){ href="javascript:alert(1)" }')).message, /javascript:/);
});

test('a mistyped tag gets a did-you-mean hint', async () => {
  const error = await failure('{% if version %}x{% endfi %}');
  assert.equal(error.line, 1);
  assert.match(error.message, /unsupported template tag \{% endfi %\} \(did you mean \{% endif %\}\?\)/);
});

test('data: images from Markdown are fine (markdown-it allows image data URLs)', async () => {
  const { html } = await renderPage('![dot](data:image/png;base64,iVBORw0KGgo=)');
  assert.match(html, /<img src="data:image\/png;base64,iVBORw0KGgo=" alt="dot">/);
});
