import { describe, expect, it } from 'vitest';
import { textWidth } from '../shared/text-width.js';
import { placeLabels, type LabelPlacement, type LabelRequest } from './place-labels.js';
import { seededRandom } from '@remit/core/internal';

function boxes(requests: readonly LabelRequest[], placements: readonly LabelPlacement[]) {
  return placements.map((p, i) => {
    const q = requests[i]!;
    const x0 = p.anchor === 'start' ? p.x : p.anchor === 'end' ? p.x - q.width : p.x - q.width / 2;
    return {
      visible: p.visible,
      x0,
      x1: x0 + q.width,
      y0: p.y - q.height / 2,
      y1: p.y + q.height / 2,
    };
  });
}

function crowd(n: number, width: number, height: number, seed: number): LabelRequest[] {
  const random = seededRandom(seed);
  return Array.from({ length: n }, () => ({
    x: 10 + random() * (width - 20),
    y: 10 + random() * (height - 20),
    r: 3 + random() * 10,
    width: textWidth('区人力资源和社会保障局'.slice(0, 3 + Math.floor(random() * 8)), 12),
    height: 14,
  }));
}

describe('placeLabels', () => {
  const width = 640;
  const height = 420;
  const requests = crowd(200, width, height, 5);
  const placements = placeLabels(requests, { width, height });
  const placed = boxes(requests, placements);

  it('places no two visible labels on top of each other', () => {
    const shown = placed.filter((b) => b.visible);
    for (let i = 0; i < shown.length; i++) {
      for (let j = i + 1; j < shown.length; j++) {
        const a = shown[i]!;
        const b = shown[j]!;
        expect(a.x0 < b.x1 && b.x0 < a.x1 && a.y0 < b.y1 && b.y0 < a.y1).toBe(false);
      }
    }
  });

  it('keeps visible labels off other nodes and inside the drawing area', () => {
    placed.forEach((b, i) => {
      if (!b.visible) return;
      expect(b.x0).toBeGreaterThanOrEqual(0);
      expect(b.y0).toBeGreaterThanOrEqual(0);
      expect(b.x1).toBeLessThanOrEqual(width);
      expect(b.y1).toBeLessThanOrEqual(height);
      requests.forEach((q, j) => {
        if (j === i) return;
        const nx = Math.max(b.x0, Math.min(q.x, b.x1));
        const ny = Math.max(b.y0, Math.min(q.y, b.y1));
        expect((q.x - nx) ** 2 + (q.y - ny) ** 2).toBeGreaterThanOrEqual(q.r * q.r - 1e-9);
      });
    });
  });

  it('hides the labels that still collide', () => {
    const shown = placements.filter((p) => p.visible).length;
    expect(shown).toBeGreaterThan(20);
    expect(shown).toBeLessThan(200);
  });

  it('gives the place to the label placed first and hides the one that finds none', () => {
    // two nodes at the ends of a strip with room for one of their labels
    const two = [5, 195].map((x) => ({ x, y: 7, r: 1, width: 150, height: 14 }));
    const area = { width: 200, height: 14 };
    expect(placeLabels(two, area).map((p) => p.visible)).toEqual([true, false]);
    expect(placeLabels(two, { ...area, order: [1, 0] }).map((p) => p.visible)).toEqual([
      false,
      true,
    ]);
  });

  it('names neither of two nodes at one place: a label there would fit both', () => {
    const same = [0, 1].map(() => ({ x: 100, y: 50, r: 4, width: 40, height: 14 }));
    const placed = placeLabels(same, { width: 200, height: 100, force: 2 });
    expect(placed.map((p) => p.visible)).toEqual([false, false]);
  });

  it('puts every visible label nearer its own node than any other, by the margin', () => {
    const edge = (b: { x0: number; y0: number; x1: number; y1: number }, q: LabelRequest) =>
      Math.hypot(Math.max(b.x0 - q.x, 0, q.x - b.x1), Math.max(b.y0 - q.y, 0, q.y - b.y1)) - q.r;
    let checked = 0;
    for (const [n, seed] of [
      [40, 1],
      [200, 5],
      [600, 9],
    ] as const) {
      const crowded = crowd(n, width, height, seed);
      const forced = placeLabels(crowded, { width, height, force: 12 });
      boxes(crowded, forced).forEach((b, i) => {
        if (!b.visible) return;
        const own = edge(b, crowded[i]!);
        const margin = i < 12 ? 0 : crowded[i]!.height / 3;
        crowded.forEach((q, j) => {
          if (j === i) return;
          checked++;
          expect(own + margin).toBeLessThan(edge(b, q) + 1e-9);
        });
      });
    }
    expect(checked).toBeGreaterThan(1000);
  });

  it('puts a lone label to the right of its node', () => {
    const [p] = placeLabels([{ x: 100, y: 100, r: 10, width: 50, height: 14 }], {
      width: 400,
      height: 200,
    });
    expect(p).toEqual({ visible: true, x: 113, y: 100, anchor: 'start' });
  });

  it('moves a label left when the right side is outside the area', () => {
    const [p] = placeLabels([{ x: 380, y: 100, r: 10, width: 50, height: 14 }], {
      width: 400,
      height: 200,
    });
    expect(p!.anchor).toBe('end');
  });

  it('is deterministic', () => {
    expect(placeLabels(requests, { width, height })).toEqual(placements);
  });

  it('ignores nodes far outside the area', () => {
    const far = [...requests, { x: 1e12, y: -1e12, r: 5, width: 40, height: 14 }];
    expect(placeLabels(far, { width, height }).slice(0, 200)).toEqual(placements);
  });
});
