import { relative, resolve, sep } from 'node:path';
import { getLineColLocation, lint, loadConfig } from '@redocly/openapi-core';
import type { Config, NormalizedProblem } from '@redocly/openapi-core';

export interface LintProblem {
  /** path relative to the project root, with forward slashes: `spec/session.yaml` */
  file: string;
  line: number;
  col: number;
  ruleId: string;
  severity: 'error' | 'warn';
  message: string;
}

/** The one redocly.yaml at the project root: the CLI, the build and the tests all lint with it. */
export function lintConfigPath(root: string): string {
  return resolve(root, 'redocly.yaml');
}

export async function loadLintConfig(root: string): Promise<Config> {
  return loadConfig({ configPath: lintConfigPath(root) });
}

function displayPath(root: string, absRef: string): string {
  const rel = relative(root, absRef);
  return (rel.startsWith('..') ? absRef : rel).split(sep).join('/');
}

function toLintProblem(root: string, problem: NormalizedProblem): LintProblem {
  const location = problem.location[0];
  let line = 1;
  let col = 1;
  let file = '';
  if (location) {
    file = displayPath(root, location.source.absoluteRef);
    // a missing key (e.g. "operationId required") points at its parent; Redocly reports the key position
    const { start } = getLineColLocation(location);
    line = start.line;
    col = start.col;
  }
  return { file, line, col, ruleId: problem.ruleId, severity: problem.severity, message: problem.message };
}

/** Lints one spec file; problems listed in a Redocly ignore file are dropped, the rest sorted by position. */
export async function lintSpec(root: string, absPath: string, config?: Config): Promise<LintProblem[]> {
  const lintConfig = config ?? (await loadLintConfig(root));
  const problems = await lint({ ref: absPath, config: lintConfig });
  return problems
    .filter((p) => !p.ignored)
    .map((p) => toLintProblem(root, p))
    .sort((a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.col - b.col || a.ruleId.localeCompare(b.ruleId));
}

/** Lints several specs with one loaded config (the CLI and the build both go through here). */
export async function lintSpecs(root: string, files: string[]): Promise<LintProblem[]> {
  const config = await loadLintConfig(root);
  const problems: LintProblem[] = [];
  for (const file of files) problems.push(...(await lintSpec(root, file, config)));
  return problems;
}

/** `spec/session.yaml:12:5 rule-id message`: the format the CLI and the build print. */
export function formatProblem(problem: LintProblem): string {
  return `${problem.file}:${problem.line}:${problem.col} ${problem.ruleId} ${problem.message}`;
}

/** GitHub Actions workflow command; `%`, CR and LF escaped as the runner expects. */
export function formatAnnotation(problem: LintProblem): string {
  const level = problem.severity === 'error' ? 'error' : 'warning';
  const escapeData = (s: string) => s.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
  const escapeProperty = (s: string) => escapeData(s).replace(/:/g, '%3A').replace(/,/g, '%2C');
  return `::${level} file=${escapeProperty(problem.file)},line=${problem.line},col=${problem.col},title=${escapeProperty(problem.ruleId)}::${escapeData(problem.message)}`;
}

export function countBySeverity(problems: LintProblem[]): { errors: number; warnings: number } {
  const errors = problems.filter((p) => p.severity === 'error').length;
  return { errors, warnings: problems.length - errors };
}
