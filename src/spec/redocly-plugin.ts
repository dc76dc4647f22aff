/**
 * Lectern's own Redocly rules, loaded by redocly.yaml (`plugins:`), so `redocly lint`,
 * `npm run lint:spec` and the site build all run them.
 */
import { OperationScopeMatchesSecurity } from './rules/operation-scope-matches-security.ts';
import { ResponseExampleValid } from './rules/response-example-valid.ts';

export default function lecternRedoclyPlugin() {
  return {
    id: 'lectern',
    rules: {
      oas2: { 'response-example-valid': ResponseExampleValid },
      oas3: { 'operation-scope-matches-security': OperationScopeMatchesSecurity },
    },
  };
}
