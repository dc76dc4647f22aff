import { test } from 'node:test';
import assert from 'node:assert/strict';
import { load } from 'js-yaml';
import { SpecLoadError, parseSpecText, preferPublishedJson } from '../../../src/client/explorer/spec-source.ts';

const URL_ = '/apis/restapis/x.yaml';

function reasonOf(text: string): string {
  try {
    parseSpecText(text, URL_, load);
  } catch (error) {
    assert.ok(error instanceof SpecLoadError);
    assert.equal(error.url, URL_);
    assert.ok(error.message.includes(URL_), 'the message names the URL');
    return error.reason;
  }
  assert.fail('expected a SpecLoadError');
}

test('YAML and JSON OpenAPI documents parse', () => {
  assert.equal(parseSpecText('openapi: 3.1.0\ninfo: {title: t, version: "1"}\npaths: {}\n', URL_, load).openapi, '3.1.0');
  assert.equal(parseSpecText('{"swagger": "2.0"}', URL_, load).swagger, '2.0');
});

test('every failure gets a reason a reader understands', () => {
  assert.equal(reasonOf(''), 'the file is empty');
  assert.match(reasonOf('<!doctype html><html></html>'), /HTML page/);
  assert.match(reasonOf('{"openapi": '), /^invalid JSON: /);
  assert.match(reasonOf('openapi: 3.1.0\npaths:\n  /a: [\n'), /^invalid YAML at line \d+, column \d+: /);
  assert.match(reasonOf('- just\n- a list\n'), /YAML\/JSON object/);
  assert.match(reasonOf('title: not a spec\n'), /not an OpenAPI or Swagger document/);
});

test('published YAML specs are fetched as their JSON twin; anything else as given', () => {
  const site = 'http://h';
  assert.equal(preferPublishedJson('http://h/en/next/apis/restapis/session.yaml', '/en/next/', site), 'http://h/en/next/apis/restapis/session.json');
  assert.equal(preferPublishedJson('http://h/apis/restapis/session.yml?x=1', '/', site), 'http://h/apis/restapis/session.json?x=1');
  assert.equal(preferPublishedJson('http://h/specs/session.yaml', '/', site), 'http://h/specs/session.yaml');
  assert.equal(preferPublishedJson('http://h/apis/restapis/sub/session.yaml', '/', site), 'http://h/apis/restapis/sub/session.yaml');
  assert.equal(preferPublishedJson('http://other/apis/restapis/x.yaml', '/', site), 'http://other/apis/restapis/x.yaml', 'other sites are not assumed to publish JSON');
});
