import { afterEach, describe, expect, it } from 'vitest';
import './define.js';
import { FOUNDING_PLAN } from '../../test/browser/founding-plan.js';
import { mount, unmountAll } from '../../test/browser/mount.js';
import type { RemitNetwork } from './network.js';
import { networkScene, type NetworkScene } from './network.scene.js';
import { networkView } from './network.view.js';
import { readNetworkPalette } from './read-network-palette.js';
import { shownTies } from './shown-ties.js';

afterEach(unmountAll);

/** `#rrggbb` as the browser computes it. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const num = (el: Element, name: string): number => Number(el.getAttribute(name));

/**
 * The scene of what the element shows, worked out from its model and positions
 * as documented (the ties its `ties` option draws, labels at 12 px, no zoom),
 * in the colours its export resolves.
 */
function expectedScene(el: RemitNetwork): NetworkScene {
  const model = el.model!;
  const svg = el.shadowRoot!.querySelector('svg[part="chart"]')!;
  const view = networkView(model, el.positions!, {
    width: num(svg, 'width'),
    height: num(svg, 'height'),
    shown: shownTies(model, el.ties),
    fontSize: 12,
  });
  return networkScene(model, view, { palette: readNetworkPalette(el), colorBy: el.colorBy });
}

const CASES: Record<string, Record<string, string>> = {
  units: {},
  'units by kind, dark': { 'color-by': 'kind', theme: 'dark' },
  'bipartite, every tie': { mode: 'bipartite', ties: 'all' },
};

describe('<remit-network> draws its scene, live and exported', () => {
  for (const [name, attributes] of Object.entries(CASES)) {
    it(`${name}: each node where the scene puts it, as big and in its colours, on screen and in the export`, async () => {
      const el = mount('remit-network', { lang: 'en', ...attributes }, { data: FOUNDING_PLAN });
      await el.renderComplete;
      const scene = expectedScene(el);
      const root = el.shadowRoot!;
      const box = root.querySelector('svg[part="chart"]')!.getBoundingClientRect();
      const scale = box.width / scene.chart.width;
      const exported = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
      const exportedNodes = exported.querySelectorAll('[data-layer="nodes"] > *');

      expect(root.querySelectorAll('.node')).toHaveLength(scene.nodes.length);
      expect(exportedNodes).toHaveLength(scene.nodes.length);
      for (const n of scene.nodes) {
        const mark = root.querySelector(`.node[data-index="${n.index}"] .mark`)!;
        const at = mark.getBoundingClientRect();
        const seen = `node ${n.id} on screen`;
        expect((at.left + at.width / 2 - box.left) / scale, seen).toBeCloseTo(n.x, 1);
        expect((at.top + at.height / 2 - box.top) / scale, seen).toBeCloseTo(n.y, 1);
        expect(at.width / 2 / scale, seen).toBeCloseTo(n.r, 1);
        expect(getComputedStyle(mark).fill, seen).toBe(rgb(n.fill));
        expect(getComputedStyle(mark).stroke, seen).toBe(rgb(n.stroke));
        expect(parseFloat(getComputedStyle(mark).strokeWidth), seen).toBe(n.strokeWidth);

        const out = exported.querySelector(`[data-${n.type}="${n.id}"]`)!;
        const saved = `node ${n.id} in the export`;
        if (n.type === 'unit') {
          expect([num(out, 'cx'), num(out, 'cy'), num(out, 'r')], saved).toEqual([n.x, n.y, n.r]);
        } else {
          expect(num(out, 'x') + num(out, 'width') / 2, saved).toBeCloseTo(n.x, 1);
          expect(num(out, 'y') + num(out, 'height') / 2, saved).toBeCloseTo(n.y, 1);
          expect(num(out, 'width') / 2, saved).toBeCloseTo(n.r, 1);
        }
        expect(out.getAttribute('fill'), saved).toBe(n.fill);
        expect(out.getAttribute('stroke'), saved).toBe(n.stroke);
      }
    });

    it(`${name}: each label and tie where the scene puts it, on screen and in the export`, async () => {
      const el = mount('remit-network', { lang: 'en', ...attributes }, { data: FOUNDING_PLAN });
      await el.renderComplete;
      const scene = expectedScene(el);
      const root = el.shadowRoot!;
      const exported = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
      const place = (t: Element) =>
        `${t.textContent} ${num(t, 'x')} ${num(t, 'y')} ${t.getAttribute('text-anchor')}`;
      const placed = scene.labels.marks.map((l) => `${l.text} ${l.x} ${l.y} ${l.anchor}`);
      expect(placed.length).toBeGreaterThan(5);
      expect([...root.querySelectorAll('text.label')].map(place)).toEqual(placed);
      expect([...exported.querySelectorAll('[data-layer="labels"] text')].map(place)).toEqual(
        placed,
      );
      const labels = root.querySelector('g.labels')!;
      expect(getComputedStyle(labels).fill).toBe(rgb(scene.labels.fill));
      expect(getComputedStyle(labels).stroke).toBe(rgb(scene.labels.halo));

      const line = (t: Element) =>
        ['x1', 'y1', 'x2', 'y2', 'stroke-width'].map((a) => num(t, a)).join(' ');
      const lines = scene.ties.marks.map((t) => `${t.x1} ${t.y1} ${t.x2} ${t.y2} ${t.width}`);
      expect(lines.length).toBeGreaterThan(14);
      expect([...root.querySelectorAll('line.tie')].map(line)).toEqual(lines);
      expect([...exported.querySelectorAll('[data-layer="ties"] line')].map(line)).toEqual(lines);
      const tie = root.querySelector('line.tie')!;
      expect(getComputedStyle(tie).stroke).toBe(rgb(scene.ties.stroke));
      expect(Number(getComputedStyle(tie).strokeOpacity)).toBe(scene.ties.opacity);
    });
  }
});
