/**
 * The mock scenario suite: request in, expected response out, as YAML data
 * (tests/fixtures/mock/*.scenarios.yaml). The same runner drives the core,
 * the Node server and the service worker through a `send` function.
 */
import { readFileSync } from 'node:fs';
import { load } from 'js-yaml';

export interface WireRequest {
  method: string;
  /** path and query relative to the mock root */
  url: string;
  headers: Record<string, string>;
  body?: string;
}

export interface WireResponse {
  status: number;
  headers: Record<string, string>;
  body: string;
}

export type Send = (request: WireRequest) => Promise<WireResponse>;

interface Step {
  send: string;
  auth?: string;
  headers?: Record<string, string>;
  json?: unknown;
  body?: string;
  expect: {
    status: number;
    headers?: Record<string, string>;
    json?: unknown;
    count?: Record<string, number>;
    absent?: string[];
    contains?: string;
    empty?: boolean;
  };
  save?: Record<string, string>;
}

export interface Scenario {
  name: string;
  /** adapters the scenario cannot run on (e.g. `sw`: browsers send no body with GET) */
  skip?: string[];
  steps: Step[];
}

export interface ScenarioFile {
  spec: string;
  /** Basic accounts the adapter under test must accept */
  accounts?: Record<string, string>;
  scenarios: Scenario[];
}

export function loadScenarios(file: string): ScenarioFile {
  return load(readFileSync(file, 'utf8')) as ScenarioFile;
}

function pointer(value: unknown, path: string): unknown {
  let node: any = value;
  for (const part of path.split('/').slice(1)) {
    if (node === null || typeof node !== 'object') return undefined;
    node = node[part.replace(/~1/g, '/').replace(/~0/g, '~')];
  }
  return node;
}

/** `expected` is a subset of `actual`: objects by listed keys, arrays element-wise with equal length; "~re" strings are regexes. */
function subsetProblem(actual: unknown, expected: unknown, where: string): string | undefined {
  if (typeof expected === 'string' && expected.startsWith('~')) {
    return typeof actual === 'string' && new RegExp(expected.slice(1)).test(actual) ? undefined : `${where}: ${JSON.stringify(actual)} does not match ${expected}`;
  }
  if (Array.isArray(expected)) {
    if (!Array.isArray(actual) || actual.length !== expected.length) return `${where}: expected an array of ${expected.length}, got ${JSON.stringify(actual)?.slice(0, 200)}`;
    for (let i = 0; i < expected.length; i++) {
      const problem = subsetProblem(actual[i], expected[i], `${where}/${i}`);
      if (problem) return problem;
    }
    return undefined;
  }
  if (expected && typeof expected === 'object') {
    if (!actual || typeof actual !== 'object') return `${where}: expected an object, got ${JSON.stringify(actual)?.slice(0, 200)}`;
    for (const [key, value] of Object.entries(expected)) {
      const problem = subsetProblem((actual as any)[key], value, `${where}/${key}`);
      if (problem) return problem;
    }
    return undefined;
  }
  return actual === expected ? undefined : `${where}: expected ${JSON.stringify(expected)}, got ${JSON.stringify(actual)?.slice(0, 200)}`;
}

function substitute(text: string, saved: Record<string, string>): string {
  return text.replace(/\{\{(\w+)\}\}/g, (_m, name: string) => saved[name] ?? '');
}

export function toWire(step: Step, saved: Record<string, string>): WireRequest {
  const space = step.send.indexOf(' ');
  const headers: Record<string, string> = {};
  for (const [key, value] of Object.entries(step.headers ?? {})) headers[key.toLowerCase()] = substitute(String(value), saved);
  if (step.auth) headers.authorization = `Basic ${btoa(step.auth)}`;
  let body = step.body === undefined ? undefined : substitute(step.body, saved);
  if (step.json !== undefined) {
    body = JSON.stringify(step.json);
    headers['content-type'] ??= 'application/json';
  }
  return { method: step.send.slice(0, space), url: substitute(step.send.slice(space + 1), saved), headers, body };
}

/** Runs one scenario; throws an Error naming the scenario, the step and what differed. */
export async function runScenario(scenario: Scenario, send: Send): Promise<void> {
  const saved: Record<string, string> = {};
  const reset = await send({ method: 'POST', url: '/__reset', headers: {} });
  if (reset.status !== 204) throw new Error(`${scenario.name}: POST /__reset answered ${reset.status}`);
  for (const [index, step] of scenario.steps.entries()) {
    const request = toWire(step, saved);
    const response = await send(request);
    const at = `${scenario.name} — step ${index + 1} (${request.method} ${request.url})`;
    const problems: string[] = [];
    if (response.status !== step.expect.status) problems.push(`status ${response.status}, expected ${step.expect.status}; body ${response.body.slice(0, 300)}`);
    for (const [name, value] of Object.entries(step.expect.headers ?? {})) {
      const problem = subsetProblem(response.headers[name.toLowerCase()], value, `header ${name}`);
      if (problem) problems.push(problem);
    }
    let json: unknown;
    if (step.expect.json !== undefined || step.expect.count || step.expect.absent || step.save) {
      try {
        json = JSON.parse(response.body);
      } catch {
        problems.push(`body is not JSON: ${response.body.slice(0, 200)}`);
      }
    }
    if (step.expect.json !== undefined) {
      const problem = subsetProblem(json, step.expect.json, 'body');
      if (problem) problems.push(problem);
    }
    for (const [path, length] of Object.entries(step.expect.count ?? {})) {
      const value = pointer(json, path);
      if (!Array.isArray(value) || value.length !== length) problems.push(`body${path}: expected ${length} items, got ${JSON.stringify(value)?.slice(0, 200)}`);
    }
    for (const path of step.expect.absent ?? []) if (pointer(json, path) !== undefined) problems.push(`body${path} should be absent`);
    if (step.expect.contains && !response.body.includes(step.expect.contains)) problems.push(`body lacks ${JSON.stringify(step.expect.contains)}: ${response.body.slice(0, 200)}`);
    if (step.expect.empty && response.body !== '') problems.push(`body should be empty: ${response.body.slice(0, 200)}`);
    if (problems.length > 0) throw new Error(`${at}:\n  ${problems.join('\n  ')}`);
    for (const [name, path] of Object.entries(step.save ?? {})) saved[name] = String(pointer(json, path));
  }
}

/** Every scenario file; each adapter's test runs all of them. */
export const SCENARIO_FILES = [
  'tests/fixtures/mock/session-fixture.scenarios.yaml',
  'tests/fixtures/mock/session-spec.scenarios.yaml',
  'tests/fixtures/mock/store.scenarios.yaml',
  'tests/fixtures/mock/legacy.scenarios.yaml',
];
