import { describe, expect, it } from 'vitest';
import { NETWORK_SCENARIOS, type NetworkScenario } from './network.scenarios.js';
import { networkSVG } from './network.svg.js';
import { scenarioScene } from './scenario-scene.js';

function render(s: NetworkScenario): string {
  return networkSVG(scenarioScene(s));
}

describe('networkSVG snapshots of named scenarios', () => {
  for (const [name, scenario] of Object.entries(NETWORK_SCENARIOS)) {
    it(`draws ${name} as committed`, async () => {
      await expect(render(scenario)).toMatchFileSnapshot(`./__snapshots__/network-${name}.svg`);
    });
  }

  it('keeps hostile names as escaped text', () => {
    const out = render(NETWORK_SCENARIOS.hostile);
    expect(out).not.toContain('<img');
    expect(out).not.toContain('<svg onload');
    expect(out).toContain('&lt;img src=x onerror=alert(1)&gt;');
  });
});
