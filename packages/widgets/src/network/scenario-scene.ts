import { incidence } from '@remit/core/model';
import { bipartiteNetwork } from './bipartite-network.js';
import { describeNetwork } from './describe-network.js';
import { networkLegend } from './network-legend.js';
import { networkLayout } from './network.layout.js';
import { networkMessages } from './network.messages.js';
import type { NetworkScenario } from './network.scenarios.js';
import { networkScene, type NetworkScene } from './network.scene.js';
import { networkView } from './network.view.js';
import { shownTies } from './shown-ties.js';
import { unitNetwork } from './unit-network.js';

/**
 * The scene of a named scenario as the export draws it: default seed, the
 * light palette, title, summary, legend and note in the scenario's language.
 * For the snapshot tests.
 */
export function scenarioScene(s: NetworkScenario): NetworkScene {
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
  return networkScene(model, view, {
    colorBy: s.colorBy ?? 'community',
    title: m.title(model.mode),
    description: describeNetwork(model, shown.length, lang),
    legend: networkLegend(model, s.colorBy ?? 'community', lang),
    note: m.encoding(model.mode),
  });
}
