import { describe, expect, it } from 'vitest';
import { incidence, type Plan } from '@remit/core/model';
import founding from '../../../core/data/xuhui-2020-fazhi.json';
import { networkLayout } from './network.layout.js';
import { fitNetwork, networkView } from './network.view.js';
import { shownTies } from './shown-ties.js';
import { unitNetwork } from './unit-network.js';

const model = unitNetwork(incidence(founding as Plan));
const positions = networkLayout(model.layout);

/** The box around the nodes as drawn (centres ± radii). */
function spread(width: number, height: number, fill: boolean) {
  const view = networkView(model, positions, {
    width,
    height,
    shown: shownTies(model, 2),
    fit: fitNetwork(model, positions, width, height, { fill }),
  });
  const xs = view.nodes.flatMap((n) => [n.x - n.r, n.x + n.r]);
  const ys = view.nodes.flatMap((n) => [n.y - n.r, n.y + n.r]);
  return {
    w: Math.max(...xs) - Math.min(...xs),
    h: Math.max(...ys) - Math.min(...ys),
    x0: Math.min(...xs),
    y0: Math.min(...ys),
    x1: Math.max(...xs),
    y1: Math.max(...ys),
    r: Math.max(...view.nodes.map((n) => n.r)),
  };
}

describe('fitNetwork', () => {
  it('keeps a small network compact in a big box: enlarged 2.2× at most, the same both ways', () => {
    const fit = fitNetwork(model, positions, 1800, 700);
    expect(fit.sx).toBe(fit.sy);
    expect(fit.sx).toBeLessThanOrEqual(2.2);
    const s = spread(1800, 700, false);
    expect(s.w).toBeLessThan(1800 * 0.6);
  });

  it('fills a slide-shaped box when asked: enlarged past the limit, stretched one way by 1.6× at most, inside the box', () => {
    const fit = fitNetwork(model, positions, 1800, 700, { fill: true });
    expect(Math.max(fit.sx, fit.sy)).toBeGreaterThan(2.2);
    expect(Math.max(fit.sx, fit.sy) / Math.min(fit.sx, fit.sy)).toBeLessThanOrEqual(1.6 + 1e-9);
    const s = spread(1800, 700, true);
    // the nodes span most of the box, with the padding kept for labels (drawn
    // nodes are smaller than the layout's, so the span is less than the fit's)
    expect(s.w).toBeGreaterThan(1800 * 0.75);
    expect(s.h).toBeGreaterThan(700 * 0.75);
    expect(s.x0).toBeGreaterThanOrEqual(0);
    expect(s.y0).toBeGreaterThanOrEqual(0);
    expect(s.x1).toBeLessThanOrEqual(1800);
    expect(s.y1).toBeLessThanOrEqual(700);
  });

  it('does not grow nodes with the filling: radii stay within 1.2× of the layout', () => {
    const plain = spread(1800, 700, false);
    const filled = spread(1800, 700, true);
    expect(filled.r).toBeLessThanOrEqual(plain.r + 1e-9);
    expect(filled.r).toBeLessThanOrEqual(Math.max(...model.nodes.map((n) => n.radius)) * 1.2);
  });

  it('in a small box, enlarges no more than the plain fit: the filling only stretches the way with room', () => {
    const plain = fitNetwork(model, positions, 200, 160);
    const fit = fitNetwork(model, positions, 200, 160, { fill: true });
    expect(Math.min(fit.sx, fit.sy)).toBeCloseTo(plain.sx, 9);
    expect(Math.max(fit.sx, fit.sy)).toBeLessThanOrEqual(plain.sx * 1.6 + 1e-9);
  });
});
