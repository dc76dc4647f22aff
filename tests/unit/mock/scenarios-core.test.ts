import { test } from 'node:test';
import { loadScenarios, runScenario, SCENARIO_FILES } from './scenario-runner.ts';
import { coreSender } from './core-sender.ts';

for (const file of SCENARIO_FILES) {
  const suite = loadScenarios(file);
  const send = coreSender(suite.spec, suite.accounts);
  for (const scenario of suite.scenarios) {
    test(`core: ${scenario.name} (${file})`, async () => runScenario(scenario, await send));
  }
}
