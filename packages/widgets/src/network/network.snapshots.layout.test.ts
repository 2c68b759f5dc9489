import { describe, expect, it } from 'vitest';
import { incidence } from '@remit/core/model';
import { bipartiteNetwork } from './bipartite-network.js';
import { describeNetwork } from './describe-network.js';
import { networkLegend } from './network-legend.js';
import { networkLayout } from './network.layout.js';
import { networkMessages } from './network.messages.js';
import { NETWORK_SCENARIOS, type NetworkScenario } from './network.scenarios.js';
import { networkSVG } from './network.svg.js';
import { networkView } from './network.view.js';
import { shownTies } from './shown-ties.js';
import { unitNetwork } from './unit-network.js';

function render(s: NetworkScenario): string {
  const inc = incidence(s.plan);
  const model = s.mode === 'bipartite' ? bipartiteNetwork(inc) : unitNetwork(inc);
  const shown = shownTies(model, s.ties);
  const view = networkView(model, networkLayout(model.layout), {
    width: s.width,
    height: s.height,
    shown,
  });
  const lang = s.lang ?? 'zh-CN';
  const m = networkMessages(lang);
  return networkSVG(model, view, {
    colorBy: s.colorBy ?? 'community',
    title: m.title(model.mode),
    description: describeNetwork(model, shown.length, lang),
    legend: networkLegend(model, s.colorBy ?? 'community', lang),
    note: m.encoding(model.mode),
  });
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
