/**
 * `npm run lint:spec [files...]`: lints every spec under spec/ (or the files given) with redocly.yaml.
 * Prints `spec/session.yaml:LINE:COL rule-id message`; with CI=true also GitHub Actions annotations.
 * Exit code: 0 clean or warnings only, 1 errors, 2 the lint itself could not run.
 */
import { resolve } from 'node:path';
import { listSpecFiles } from './load-spec.ts';
import { countBySeverity, formatAnnotation, formatProblem, lintSpecs } from './lint.ts';

export interface LintRunOptions {
  root: string;
  files?: string[];
  ci: boolean;
  out: (line: string) => void;
}

export async function runLint({ root, files, ci, out }: LintRunOptions): Promise<number> {
  const targets = files && files.length > 0 ? files.map((f) => resolve(root, f)) : listSpecFiles(root);
  if (targets.length === 0) {
    out('lint:spec: no spec files found under spec/');
    return 0;
  }
  const all = await lintSpecs(root, targets);
  for (const problem of all) {
    out(`${problem.severity === 'error' ? 'error' : 'warning'} ${formatProblem(problem)}`);
    if (ci) out(formatAnnotation(problem));
  }
  const { errors, warnings } = countBySeverity(all);
  out(`lint:spec: ${targets.length} spec(s), ${errors} error(s), ${warnings} warning(s)`);
  return errors > 0 ? 1 : 0;
}

if (import.meta.main) {
  const ci = process.env.CI === 'true' || process.env.GITHUB_ACTIONS === 'true';
  runLint({ root: process.cwd(), files: process.argv.slice(2), ci, out: (line) => console.log(line) }).then(
    (code) => process.exit(code),
    (error) => {
      console.error(`lint:spec: ${error?.message ?? error}`);
      process.exit(2);
    },
  );
}
