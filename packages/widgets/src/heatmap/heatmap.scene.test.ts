import { afterEach, describe, expect, it } from 'vitest';
import { readTheme } from '../controllers/theme-controller.js';
import { LED_PLAN } from '../../test/browser/founding-plan.js';
import { mount, nextFrame, unmountAll } from '../../test/browser/mount.js';
import './define.js';
import { incidence } from '@remit/core/model';
import { paintHeatmap } from './heatmap.canvas.js';
import type { RemitHeatmap } from './heatmap.js';
import { heatmapLayout } from './heatmap.layout.js';
import { paletteFrom } from './heatmap.palette.js';
import { syntheticHeatmapPlan } from './heatmap.scenarios.js';
import type { SceneCell } from './heatmap.scene-cells.js';
import { heatmapScene, type HeatmapScene } from './heatmap.scene.js';

afterEach(unmountAll);

const LED = LED_PLAN;

/** `#rrggbb` as the browser computes it. */
function rgb(hex: string): string {
  const n = parseInt(hex.slice(1), 16);
  return `rgb(${(n >> 16) & 255}, ${(n >> 8) & 255}, ${n & 255})`;
}

const num = (el: Element, name: string): number => Number(el.getAttribute(name));

async function heatmap(attributes: Record<string, string>, data: unknown): Promise<RemitHeatmap> {
  const el = mount('remit-heatmap', { lang: 'en', ...attributes });
  el.data = data;
  await el.renderComplete;
  return el;
}

/** The scene of what the element shows: its layout, in the colours its export resolves. */
function expectedScene(el: RemitHeatmap): HeatmapScene {
  return heatmapScene(el.layout!, { palette: paletteFrom(readTheme(el)), lang: 'en' });
}

/** The cells' rectangles of a path of `M x y h w v h h -w z` pieces. */
function rects(d: string): string[] {
  return [...d.matchAll(/M(\S+) (\S+)h(\S+)v(\S+)h\S+z/g)].map(([, x, y, w, h]) =>
    [x, y, w, h].map(Number).join(' '),
  );
}

const box = (c: { x: number; y: number; w: number; h: number }) => `${c.x} ${c.y} ${c.w} ${c.h}`;

/** Each vertical run of a column name as `text x y`, however the element grouped them. */
function runsOf(group: Element): string[] {
  const out: string[] = [];
  for (const t of group.querySelectorAll('text')) {
    const turned = /translate\((\S+) (\S+)\)/.exec(t.getAttribute('transform') ?? '');
    if (turned) {
      out.push(`${t.textContent} ${Number(turned[1])} ${Number(turned[2])}`);
      continue;
    }
    const xs = t.getAttribute('x')!.split(' ').filter(Boolean);
    const ys = t.getAttribute('y')!.split(' ').filter(Boolean);
    const text = t.textContent!;
    if (xs.length > 1 || text.length === 1) {
      [...text].forEach((ch, i) => out.push(`${ch} ${Number(xs[i])} ${Number(ys[i])}`));
    } else out.push(`${text} ${Number(xs[0])} ${Number(ys[0])}`);
  }
  return out;
}

/** The export's marks, as the same strings the scene gives. */
function exported(el: RemitHeatmap) {
  const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
  return {
    cells: [...doc.querySelectorAll('.cells rect[data-item]')].map(
      (r) =>
        `${r.getAttribute('data-item')} ${r.getAttribute('data-unit')} ${['x', 'y', 'width', 'height'].map((a) => num(r, a)).join(' ')} ${r.getAttribute('fill')}`,
    ),
    rows: [...doc.querySelectorAll('.rows text')].map(
      (t) => `${t.firstChild!.textContent} ${num(t, 'x')} ${num(t, 'y')}`,
    ),
    columns: [...doc.querySelectorAll('.columns > g')].map(runsOf),
  };
}

describe('<remit-heatmap> draws its scene, live and exported', () => {
  for (const theme of ['light', 'dark']) {
    it(`svg, ${theme}: each cell, label and figure where the scene puts it, in its colours, on screen and in the export`, async () => {
      const el = await heatmap({ theme }, LED);
      expect(el.mode).toBe('svg');
      const scene = expectedScene(el);
      const root = el.shadowRoot!;
      const { cells } = scene;

      // cells: one path per fill, each holding the scene's cells of that fill, in its colour
      const byFill = cells.fills.map((): string[] => []);
      cells.each(0, el.layout!.rows.length, 0, el.layout!.columns.length, (x, y, w, h, fill) =>
        byFill[fill]!.push(box({ x, y, w, h })),
      );
      const classes = ['member', 'lead', 'inferred'];
      byFill.forEach((list, k) => {
        const path = root.querySelector(`.body path.${classes[k]}`)!;
        expect(rects(path.getAttribute('d')!), classes[k]).toEqual(list);
        expect(getComputedStyle(path).fill, classes[k]).toBe(rgb(cells.fills[k]!));
      });
      expect(byFill.map((l) => l.length)).toEqual([43, 1, 1]);

      // item labels: where the scene puts them, their middle where the user sees it
      const pane = root.querySelector('svg.rowhead')!;
      const labels = [...root.querySelectorAll('.rowhead text:not(.band)')];
      expect(labels.map((t) => `${t.textContent} ${num(t, 'x')} ${num(t, 'y')}`)).toEqual(
        scene.rows.marks.map(({ label }) => `${label.text} ${label.x} ${label.y}`),
      );
      const paneBox = pane.getBoundingClientRect();
      const viewY = Number(pane.getAttribute('viewBox')!.split(' ')[1]);
      labels.forEach((t, r) => {
        const seen = t.getBoundingClientRect();
        const { label } = scene.rows.marks[r]!;
        expect(Math.abs(seen.left - paneBox.left - label.x), label.text).toBeLessThan(1.5);
        expect(
          Math.abs(seen.top + seen.height / 2 - paneBox.top + viewY - label.y),
          label.text,
        ).toBeLessThan(2.5);
      });

      // unit names, run by run; bar figures
      const columns = [...root.querySelectorAll('.colhead .column-label')].map(runsOf);
      const runs = scene.columns.marks.map((c) => c.runs.map((r) => `${r.text} ${r.x} ${r.y}`));
      expect(columns.map((c) => [...c].sort())).toEqual(runs.map((c) => [...c].sort()));
      const figures = [...root.querySelectorAll('.colhead text.figure')].map(
        (t) => `${t.textContent} ${num(t, 'x')} ${num(t, 'y')}`,
      );
      expect(figures).toEqual(
        scene.bars.columns.map(({ figure: f }) => `${f!.text} ${f!.x} ${f!.y}`),
      );

      // the export writes the same scene
      const out = exported(el);
      expect(out.cells).toEqual(
        cells.marks.map((c: SceneCell) => `${c.item} ${c.unit} ${box(c)} ${c.fill}`),
      );
      expect(out.rows).toEqual(
        scene.rows.marks.map(({ label }) => `${label.text} ${label.x} ${label.y}`),
      );
      expect(out.columns).toEqual(runs);
    });
  }

  for (const color of ['role', 'workload']) {
    it(`canvas, by ${color}: each cell the window shows painted in the scene's fill, before and after a scroll`, async () => {
      const el = await heatmap({ renderer: 'canvas', color }, syntheticHeatmapPlan(80, 40));
      expect(el.mode).toBe('canvas');
      const scene = expectedScene(el);
      const canvas = el.shadowRoot!.querySelector('canvas')!;
      const viewport = el.shadowRoot!.querySelector<HTMLElement>('.viewport')!;
      const { matrix } = el.layout!.regions;

      const check = (): number => {
        const ctx = canvas.getContext('2d')!;
        const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
        const dpr = canvas.width / canvas.getBoundingClientRect().width;
        const [left, top] = [viewport.scrollLeft, viewport.scrollTop];
        const w = canvas.getBoundingClientRect().width;
        const h = canvas.getBoundingClientRect().height;
        const pixel = (x: number, y: number): string => {
          const i = (Math.floor(y * dpr) * canvas.width + Math.floor(x * dpr)) * 4;
          return `rgb(${data[i]}, ${data[i + 1]}, ${data[i + 2]})`;
        };
        let checked = 0;
        for (const c of scene.cells.marks) {
          const x = c.x + c.w / 2 - left;
          const y = c.y + c.h / 2 - top;
          // under the pinned headers, or outside the canvas: not shown
          if (x < matrix.x + c.w || y < matrix.y + c.h || x > w - c.w || y > h - c.h) continue;
          const seen = `${c.item} × ${c.unit}`;
          if (c.inferred) {
            // hatched: stripes of the background over the fill, the fill between them
            const around = [-2, -1, 0, 1, 2].flatMap((dx) =>
              [-2, -1, 0, 1, 2].map((dy) => pixel(x + dx, y + dy)),
            );
            expect(around, seen).toContain(rgb(c.fill));
            expect(around, seen).toContain(rgb(scene.hatch.fill));
          } else {
            expect(pixel(x, y), seen).toBe(rgb(c.fill));
          }
          checked++;
        }
        return checked;
      };
      const before = check();
      expect(before).toBeGreaterThan(20);
      expect(before).toBeLessThan(scene.cells.count);

      viewport.scrollTop = 400;
      viewport.scrollLeft = 200;
      viewport.dispatchEvent(new Event('scroll'));
      await nextFrame();
      await nextFrame();
      expect(viewport.scrollTop).toBe(400);
      expect(check()).toBeGreaterThan(20);
    });
  }

  it('canvas: paints the window of a large plan from the scene without building its cells', () => {
    const layout = heatmapLayout(incidence(syntheticHeatmapPlan(1000, 300)), { cellSize: 8 });
    const scene = heatmapScene(layout);
    Object.defineProperty(scene.cells, 'marks', {
      get: () => {
        throw new Error('the cells were built');
      },
    });
    const ctx = document.createElement('canvas').getContext('2d')!;
    const view = { left: 2000, top: 3000, width: 640, height: 480 };
    const painted = paintHeatmap(ctx, layout, scene, view);
    // about 15% of the window's 80 × 60 slots (less the pinned headers) hold a cell
    expect(painted).toBeGreaterThan(100);
    expect(painted).toBeLessThan(80 * 60);
  });
});
