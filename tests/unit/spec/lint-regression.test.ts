import { test } from 'node:test';
import assert from 'node:assert/strict';
import { resolve } from 'node:path';
import { lintSpec } from '../../../src/spec/lint.ts';
import { expectedMarkers, FIXTURES, REFERENCE_SPEC, referenceSkip, ROOT, SESSION_SPEC } from './support.ts';

for (const name of ['broken.swagger2.yaml', 'broken.oas3.yaml']) {
  test(`lint reports exactly the marked mistakes in ${name}`, async () => {
    const file = resolve(FIXTURES, name);
    const problems = await lintSpec(ROOT, file);
    assert.ok(problems.length > 0);
    assert.deepEqual(problems.map((p) => `${p.line} ${p.ruleId}`).sort(), expectedMarkers(file));
    assert.ok(problems.every((p) => p.file === `tests/fixtures/specs/${name}` && p.severity === 'error'));
  });
}

test('spec/session.yaml lints with no errors and no warnings', async () => {
  assert.deepEqual(await lintSpec(ROOT, SESSION_SPEC), []);
});

test('the upstream reference is reported with its known problems', { skip: referenceSkip }, async () => {
  const problems = await lintSpec(ROOT, REFERENCE_SPEC);
  const found = (ruleId: string) =>
    problems
      .filter((p) => p.ruleId === ruleId)
      .map((p) => p.line)
      .sort((a, b) => a - b);
  // OpenAPI 3 `requestBody` (holding curl commands) pasted into Swagger 2.0 operations
  assert.deepEqual(found('struct'), [70, 139, 179, 224, 266, 332]);
  // global security names schemes that no securityDefinitions declare
  assert.deepEqual(found('security-defined'), [49, 50]);
  // response examples that do not match their schema: top-level idpName in the Sessions example,
  // relative links where format uri is declared, Resources items wrapped in a `session` object
  assert.deepEqual(found('lectern/response-example-valid'), [96, 382, 383, 386, 411]);
  assert.deepEqual(found('no-invalid-schema-examples'), [584, 589]);
  // descriptions give the scope in HTML markup, not in the house style
  assert.deepEqual(found('rule/operation-description-states-scope'), [57, 133, 171, 211, 259, 296, 324, 361]);
});
