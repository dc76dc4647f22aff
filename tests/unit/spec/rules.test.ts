import { test } from 'node:test';
import assert from 'node:assert/strict';
import { statedScopes } from '../../../src/spec/rules/operation-scope-matches-security.ts';
import { closeObjects, createExampleValidator } from '../../../src/spec/rules/example-validator.ts';

test('statedScopes reads the code spans after "Scope required:"', () => {
  assert.deepEqual(statedScopes('Lists.\n\n**Scope required:** `b_scope`, `a_scope`\n\nMore `x`.'), ['a_scope', 'b_scope']);
  assert.deepEqual(statedScopes('<b>Scope required:</b> `internal_login`'), ['internal_login']);
  assert.deepEqual(statedScopes('**Scope required:** none'), []);
  assert.equal(statedScopes('No scope line here.'), undefined);
  assert.equal(statedScopes(undefined), undefined);
});

test('closeObjects forbids unknown keys unless the schema says otherwise, leaving examples alone', () => {
  const closed = closeObjects({
    type: 'object',
    properties: { a: { type: 'object', properties: {}, additionalProperties: true } },
    example: { properties: {} },
  });
  assert.equal(closed.additionalProperties, false);
  assert.equal(closed.properties.a.additionalProperties, true);
  assert.deepEqual(closed.example, { properties: {} });
});

test('the example validator resolves document refs and reports nothing it cannot compile', () => {
  const document = { definitions: { Item: { type: 'object', properties: { id: { type: 'integer' } } } } };
  const validator = createExampleValidator(document, false);
  assert.deepEqual(validator.validate({ $ref: '#/definitions/Item' }, { id: 1 }), []);
  const errors = validator.validate({ $ref: '#/definitions/Item' }, { id: 'x', extra: true })!;
  assert.deepEqual(errors.map((e) => `${e.instancePath} ${e.keyword}`).sort(), [' additionalProperties', '/id type']);
  assert.equal(validator.validate({ $ref: '#/components/schemas/Missing' }, {}), undefined);
  assert.deepEqual(createExampleValidator(document, true).validate({ $ref: '#/definitions/Item' }, { extra: 1 }), []);
});
