import { test } from 'node:test';
import { loadScenarios, runScenario } from './scenario-runner.ts';
import { coreSender } from './core-sender.ts';

for (const file of ['tests/fixtures/mock/session-fixture.scenarios.yaml', 'tests/fixtures/mock/session-spec.scenarios.yaml']) {
  const suite = loadScenarios(file);
  const send = coreSender(suite.spec, suite.accounts);
  for (const scenario of suite.scenarios) {
    test(`core: ${scenario.name} (${file})`, async () => runScenario(scenario, await send));
  }
}
