import { describe, expect, it } from 'vitest';
import { tieTableOf } from '@remit/core/metrics/plain';
import { sceneText } from '../../test/node/scene-text.js';
import type { NetworkModel } from './network.model.js';
import { DARK_NETWORK_PALETTE, LIGHT_NETWORK_PALETTE } from './network.palette.js';
import { NETWORK_SCENARIOS } from './network.scenarios.js';
import { networkScene } from './network.scene.js';
import type { NetworkView } from './network.view.js';
import { scenarioScene } from './scenario-scene.js';

/** Two units and the item they share (bipartite mode), placed by hand. */
const ties = [
  { source: 2, target: 0, weight: 1, jaccard: 1, role: 'lead', inferred: true },
  { source: 2, target: 1, weight: 1, jaccard: 1, role: 'member' },
];
const model = {
  mode: 'bipartite',
  nodes: [
    { id: 'u1', type: 'unit', name: '区司法局', size: 1, lead: 1, community: 0, radius: 10 },
    { id: 'u2', type: 'unit', name: '区财政局', size: 1, lead: 0, community: 9, radius: 8 },
    { id: 'i1', type: 'item', name: '任务', size: 2, lead: 1, community: -1, radius: 10 },
  ],
  ties,
  tieTable: tieTableOf(ties),
  backbone: [0, 1],
  communities: 1,
  priority: [0, 2, 1],
  layout: { n: 3, radius: new Float64Array(3), source: [], target: [], weight: [] },
} as unknown as NetworkModel;

const hidden = { visible: false, x: 0, y: 0, anchor: 'start' } as const;

const view: NetworkView = {
  width: 300,
  height: 200,
  fontSize: 12,
  fit: { sx: 1, sy: 1, dx: 0, dy: 0 },
  nodes: [
    {
      index: 0,
      x: 50,
      y: 60,
      r: 10,
      label: '区司法局',
      place: { visible: true, x: 62, y: 60, anchor: 'start' },
    },
    { index: 1, x: 250, y: 60, r: 8, label: '区财政局', place: hidden },
    {
      index: 2,
      x: 150,
      y: 140,
      r: 10,
      label: '任务',
      place: { visible: true, x: 150, y: 156, anchor: 'middle' },
    },
  ],
  ties: [
    { index: 0, x1: 150, y1: 140, x2: 50, y2: 60, width: 2.5 },
    { index: 1, x1: 150, y1: 140, x2: 250, y2: 60, width: 1.25 },
  ],
};

describe('networkScene', () => {
  it('draws units as discs in their category colour and items as outlined squares inside their radius', () => {
    const { nodes } = networkScene(model, view);
    const [purple, , , , , , , grey] = LIGHT_NETWORK_PALETTE.categories;
    expect(nodes[0]).toEqual({
      index: 0,
      type: 'unit',
      id: 'u1',
      name: '区司法局',
      x: 50,
      y: 60,
      r: 10,
      fill: purple,
      stroke: '#ffffff',
      strokeWidth: 1.5,
    });
    // community 9 is past the seventh: the "other" grey
    expect(nodes[1]).toMatchObject({ r: 8, fill: grey, stroke: '#ffffff' });
    // 10 / √2 = 7.071…: the square's half side
    expect(nodes[2]).toMatchObject({ type: 'item', r: 7.07, fill: '#ffffff', stroke: grey });
    expect(nodes[2]!.strokeWidth).toBe(2);
  });

  it('takes every colour from the palette it is given', () => {
    const p = DARK_NETWORK_PALETTE;
    const scene = networkScene(model, view, { palette: p, legend: [{ category: 0, label: 'a' }] });
    expect(scene.background).toBe(p.background);
    expect(scene.nodes[0]!.fill).toBe(p.categories[0]);
    expect(scene.nodes[0]!.stroke).toBe(p.background);
    expect(scene.ties.stroke).toBe(p.muted);
    expect(scene.labels).toMatchObject({ fill: p.text, halo: p.background });
    expect(scene.legend.entries[0]!.swatch.fill).toBe(p.categories[0]);
  });

  it('gives ties their node ids, weight and role, and dashes ties to inferred leads', () => {
    const { ties } = networkScene(model, view);
    expect(ties.opacity).toBe(0.5);
    expect(ties.marks).toEqual([
      {
        index: 0,
        source: 'i1',
        target: 'u1',
        weight: 1,
        role: 'lead',
        x1: 150,
        y1: 140,
        x2: 50,
        y2: 60,
        width: 2.5,
        dash: '4 3',
      },
      {
        index: 1,
        source: 'i1',
        target: 'u2',
        weight: 1,
        role: 'member',
        x1: 150,
        y1: 140,
        x2: 250,
        y2: 60,
        width: 1.25,
      },
    ]);
  });

  it('labels only the nodes whose labels were placed', () => {
    const { labels } = networkScene(model, view);
    expect(labels.marks).toEqual([
      { index: 0, text: '区司法局', x: 62, y: 60, anchor: 'start' },
      { index: 2, text: '任务', x: 150, y: 156, anchor: 'middle' },
    ]);
    expect(labels.haloWidth).toBe(3);
  });

  it('puts the title above the chart and the legend and note below it', () => {
    const scene = networkScene(model, view, {
      title: 'Network',
      legend: [
        { category: 0, label: 'Group 1' },
        { category: 7, label: 'Items', square: true },
      ],
      note: 'How to read it',
    });
    // title 12 × 1.3 ≈ 16 px, its line 16 × 1.6 ≈ 26 px, under a 12 px margin
    expect(scene.heading).toMatchObject({
      text: 'Network',
      x: 12,
      y: 20,
      fontSize: 16,
    });
    expect(scene.chart).toEqual({ top: 38, width: 300, height: 200 });
    // the legend starts a margin below the chart (38 + 200 + 12), in lines of 19 px
    const [group, items] = scene.legend.entries;
    expect(group!.swatch).toEqual({ shape: 'circle', cx: 17, cy: 259.5, r: 5, fill: '#8341be' });
    expect(group).toMatchObject({ text: 'Group 1', x: 28, y: 259.5 });
    // "Group 1" is 12 × (0.7 + 4 × 0.55 + 0.3 + 0.55) = 45 px wide: the next entry starts at
    // 12 + 10 + 6 + 45 + 16 = 89, its 8 px square 1 px in
    expect(items!.swatch).toMatchObject({ shape: 'square', x: 90, y: 255.5, side: 8 });
    expect(scene.note).toMatchObject({ text: 'How to read it', x: 12, y: 281, fontSize: 11.04 });
    // after the legend's line (250 + 19), the note's line (22 px) and a margin
    expect(scene.height).toBe(269 + 22 + 12);
  });

  it('is at least 240 px wide, with no title, legend or note unless given', () => {
    const scene = networkScene(model, { ...view, width: 200 });
    expect(scene.width).toBe(240);
    expect(scene.chart).toEqual({ top: 12, width: 200, height: 200 });
    expect(scene.height).toBe(12 + 200 + 12 + 12);
    expect(scene.heading).toBeUndefined();
    expect(scene.note).toBeUndefined();
    expect(scene.legend.entries).toEqual([]);
  });
});

describe('networkScene snapshots of named scenarios', () => {
  for (const [name, scenario] of Object.entries(NETWORK_SCENARIOS)) {
    it(`describes ${name} as committed`, async () => {
      await expect(sceneText(scenarioScene(scenario)) + '\n').toMatchFileSnapshot(
        `./__snapshots__/network-${name}.scene.json`,
      );
    });
  }
});
