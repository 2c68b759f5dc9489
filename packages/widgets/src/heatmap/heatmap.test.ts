import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { incidence } from '@remit/core/model';
import { assertInert, deepTexts } from '../../test/browser/assert-inert.js';
import { axeViolations } from '../../test/browser/axe.js';
import { FOUNDING_PLAN, planWithText } from '../../test/browser/founding-plan.js';
import { HOSTILE_PAYLOADS, installXssTrap } from '../../test/browser/hostile-payloads.js';
import { installLeakProbe } from '../../test/browser/leak-probe.js';
import { mount, mountSized, nextFrame, unmountAll } from '../../test/browser/mount.js';
import '../data/define.js';
import './define.js';
import type { RemitHeatmap } from './heatmap.js';
import type { HeatmapMark } from './heatmap.mark.js';
import { paintHeatmap } from './heatmap.canvas.js';
import { heatmapScene } from './heatmap.scene.js';
import { heatmapLayout } from './heatmap.layout.js';
import { markRect } from './heatmap.mark.js';
import { syntheticHeatmapPlan } from './heatmap.scenarios.js';

afterEach(unmountAll);

const shadow = (el: Element) => el.shadowRoot!;
const focusRing = (el: RemitHeatmap) =>
  shadow(el).querySelector<HTMLButtonElement>('button.focus')!;
const viewport = (el: RemitHeatmap) => shadow(el).querySelector<HTMLElement>('.viewport')!;

async function heatmap(attributes: Record<string, string> = {}, data: unknown = FOUNDING_PLAN) {
  const el = mount('remit-heatmap', attributes);
  el.data = data;
  await el.renderComplete;
  return el;
}

/** Client coordinates of the middle of a mark, scrolling it into view first. */
function pointAt(el: RemitHeatmap, mark: HeatmapMark): { clientX: number; clientY: number } {
  const layout = el.layout!;
  const vp = viewport(el);
  const r = markRect(layout, mark);
  if (mark.kind === 'cell') {
    vp.scrollLeft = Math.max(0, r.x - layout.regions.matrix.x);
    vp.scrollTop = Math.max(0, r.y - layout.regions.matrix.y);
  }
  const box = vp.getBoundingClientRect();
  const x = r.x + r.w / 2 - (mark.kind === 'row' ? 0 : vp.scrollLeft);
  const y = r.y + r.h / 2 - (mark.kind === 'column' ? 0 : vp.scrollTop);
  return { clientX: box.left + vp.clientLeft + x, clientY: box.top + vp.clientTop + y };
}

function pointer(el: RemitHeatmap, type: string, mark: HeatmapMark): void {
  viewport(el).dispatchEvent(
    new PointerEvent(type, { ...pointAt(el, mark), bubbles: true, composed: true }),
  );
}

function events(el: Element, type: 'remit-select' | 'remit-hover'): unknown[] {
  const seen: unknown[] = [];
  el.addEventListener(type, (e) => seen.push((e as CustomEvent).detail));
  return seen;
}

function key(el: RemitHeatmap, k: string): Promise<void> {
  focusRing(el).dispatchEvent(
    new KeyboardEvent('keydown', { key: k, bubbles: true, composed: true }),
  );
  return el.updateComplete.then(() => undefined);
}

describe('<remit-heatmap>', () => {
  it('draws the founding plan as 45 cells in 17 rows and 15 columns', async () => {
    const el = await heatmap({ lang: 'zh-CN' });
    expect(el.mode).toBe('svg');
    const root = shadow(el);
    expect(el.layout!.grid.count).toBe(45);
    const member = root.querySelector('.body path.member')!.getAttribute('d')!;
    expect(member.match(/M/g)).toHaveLength(45);
    expect(root.querySelectorAll('.rowhead text:not(.band)')).toHaveLength(17);
    expect(root.querySelectorAll('.colhead .column-label')).toHaveLength(15);
    expect(root.querySelectorAll('.rowhead text.band')).toHaveLength(4);
    expect(root.querySelector('.summary')!.textContent).toMatch(/17 项任务，15 个单位，45 条分工/);
    expect(root.querySelectorAll('table tbody tr')).toHaveLength(17);
  });

  it('orders columns by workload and by seriation', async () => {
    const el = await heatmap({ sort: 'workload' });
    const loads = el.layout!.columns.map((c) => c.workload);
    expect(loads).toEqual([...loads].sort((a, b) => b - a));
    el.sort = 'seriation';
    await el.renderComplete;
    expect(el.layout!.columns.map((c) => c.unit)).not.toEqual(FOUNDING_PLAN.units.map((u) => u.id));
  });

  it('paints a 1000 × 200 plan on a canvas and hit-tests it', async () => {
    const el = await heatmap({ lang: 'en' }, syntheticHeatmapPlan(1000, 200));
    expect(el.mode).toBe('canvas');
    const canvas = shadow(el).querySelector('canvas')!;
    expect(canvas.width).toBeGreaterThan(100);
    const layout = el.layout!;
    const k = layout.rows[5]!.cellStart;
    const cell = layout.cells[k]!;
    const { matrix } = layout.regions;
    const ctx = canvas.getContext('2d')!;
    const dpr = canvas.width / canvas.getBoundingClientRect().width;
    const px = ctx.getImageData(
      Math.round((cell.x + cell.w / 2 - viewport(el).scrollLeft) * dpr),
      Math.round((cell.y + cell.h / 2) * dpr),
      1,
      1,
    ).data;
    expect(matrix.y).toBeLessThan(cell.y);
    expect([px[0], px[1], px[2]]).not.toEqual([255, 255, 255]);
    const hovers = events(el, 'remit-hover');
    const selects = events(el, 'remit-select');
    const far = layout.rows[600]!.cellStart;
    pointer(el, 'pointermove', { kind: 'cell', index: far });
    pointer(el, 'click', { kind: 'cell', index: far });
    expect(hovers.at(-1)).toEqual({ kind: 'unit', id: layout.cells[far]!.unit });
    expect(selects).toEqual([{ kind: 'unit', id: layout.cells[far]!.unit }]);
    const tip = shadow(el).querySelector('.tooltip');
    await el.updateComplete;
    expect(shadow(el).querySelector('.tooltip')?.textContent ?? tip?.textContent).toContain(
      layout.rows[600]!.title,
    );
  });

  it('fires remit-select for units from cells and column headers, items from row headers', async () => {
    const el = await heatmap();
    const layout = el.layout!;
    const seen = events(el, 'remit-select');
    pointer(el, 'click', { kind: 'cell', index: 0 });
    pointer(el, 'click', { kind: 'row', index: 2 });
    pointer(el, 'click', { kind: 'column', index: 4 });
    pointer(el, 'click', { kind: 'column', index: 4 });
    expect(seen).toEqual([
      { kind: 'unit', id: layout.cells[0]!.unit },
      { kind: 'item', id: layout.rows[2]!.item },
      { kind: 'unit', id: layout.columns[4]!.unit },
      null,
    ]);
  });

  it('gives item titles the room a wide box leaves beside a small matrix', async () => {
    const titles = async (width: number) => {
      const el = await mountSized(
        'remit-heatmap',
        { width: `${width}px` },
        {},
        {
          data: FOUNDING_PLAN,
        },
      );
      const cut = el.layout!.rows.filter((r) => r.label !== r.title).length;
      unmountAll();
      return { cut };
    };
    const narrow = await titles(600);
    const wide = await titles(1600);
    // 600 px: titles cut at 13 em; 1600 px: every one of the 17 titles in full
    expect(narrow.cut).toBeGreaterThan(3);
    expect(wide.cut).toBe(0);
  });

  it('clears a selection made with the mouse when Escape is pressed next', async () => {
    const el = await heatmap();
    const layout = el.layout!;
    const seen = events(el, 'remit-select');
    const at = pointAt(el, { kind: 'cell', index: 3 });
    const box = viewport(el).getBoundingClientRect();
    await userEvent.click(viewport(el), {
      position: { x: at.clientX - box.left, y: at.clientY - box.top },
    });
    await el.updateComplete;
    await nextFrame();
    await userEvent.keyboard('{Escape}');
    await el.updateComplete;
    expect(seen).toEqual([{ kind: 'unit', id: layout.cells[3]!.unit }, null]);
  });

  it('highlights a selection made in another element on the same source', async () => {
    const host = document.createElement('div');
    host.className = 'fixture';
    document.body.appendChild(host);
    const data = document.createElement('remit-data');
    data.id = 'shared-plan';
    data.data = FOUNDING_PLAN;
    const a = document.createElement('remit-heatmap');
    a.source = 'shared-plan';
    const b = document.createElement('remit-heatmap');
    b.source = 'shared-plan';
    host.append(data, a, b);
    await a.renderComplete;
    await b.renderComplete;
    pointer(a, 'click', { kind: 'row', index: 3 });
    await b.renderComplete;
    expect(shadow(b).querySelector('.rowhead text.selected')!.textContent).toBe(
      b.layout!.rows[3]!.label,
    );
  });

  it('moves the focus with arrow keys, announces item, unit and role, selects with Enter, clears with Escape', async () => {
    const el = await heatmap({ lang: 'en' });
    const layout = el.layout!;
    const seen = events(el, 'remit-select');
    focusRing(el).focus();
    const first = layout.cells[0]!;
    expect(focusRing(el).getAttribute('aria-label')).toBe(
      `${layout.rows[first.row]!.title}; ${layout.columns[first.column]!.name}: member`,
    );
    await key(el, 'ArrowRight');
    await nextFrame();
    expect(focusRing(el).dataset.index).toBe('1');
    expect(shadow(el).activeElement).toBe(focusRing(el));
    await key(el, 'ArrowLeft');
    await key(el, 'ArrowLeft');
    expect(focusRing(el).dataset.kind).toBe('row');
    expect(focusRing(el).getAttribute('aria-label')).toContain('units');
    focusRing(el).click();
    expect(seen).toEqual([{ kind: 'item', id: layout.rows[0]!.item }]);
    expect(focusRing(el).getAttribute('aria-pressed')).toBe('false');
    await el.updateComplete;
    expect(focusRing(el).getAttribute('aria-pressed')).toBe('true');
    el.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true }));
    expect(seen.at(-1)).toBeNull();
    await key(el, 'ArrowRight');
    await key(el, 'ArrowUp');
    expect(focusRing(el).dataset.kind).toBe('column');
  });

  it('reaches every mark by keyboard in canvas mode too', async () => {
    const el = await heatmap({ renderer: 'canvas', lang: 'zh-CN' });
    expect(el.mode).toBe('canvas');
    focusRing(el).focus();
    await key(el, 'ArrowDown');
    await key(el, 'ArrowRight');
    const label = focusRing(el).getAttribute('aria-label')!;
    expect(label).toMatch(/；.+：(配合|牵头)/);
  });

  it('has no axe-core violations in SVG, canvas, empty and error states', async () => {
    for (const [attrs, data] of [
      [{}, FOUNDING_PLAN],
      [{ renderer: 'canvas', theme: 'dark' }, FOUNDING_PLAN],
      [{ color: 'workload', lang: 'en' }, syntheticHeatmapPlan(30, 12)],
      [{}, { items: [], units: [], assignments: [] }],
    ] as const) {
      const el = await heatmap(attrs as Record<string, string>, data);
      expect(await axeViolations(el)).toEqual([]);
      el.remove();
    }
    const bad = mount('remit-heatmap', { src: '/no/such/plan.json' });
    await bad.renderComplete;
    expect(await axeViolations(bad)).toEqual([]);
  });

  it('exports an SVG that parses, tags cells with data-item and data-unit, and has title and legend', async () => {
    const el = await heatmap({ lang: 'en' });
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelectorAll('rect[data-item][data-unit]')).toHaveLength(45);
    expect(doc.querySelector('title')!.textContent).toContain(
      '2020年上海市徐汇区法治政府建设工作要点与责任分工',
    );
    expect(text).toContain('>member<');
    const canvasMode = await heatmap({ renderer: 'canvas', 'cell-size': '16' });
    expect(canvasMode.toSVG()).toBe(
      (await heatmap({ renderer: 'svg', 'cell-size': '16' })).toSVG(),
    );
  });

  it('exports a PNG', async () => {
    const el = await heatmap();
    const blob = await el.toPNG({ scale: 1 });
    expect(blob.type).toBe('image/png');
    const bitmap = await createImageBitmap(blob);
    expect(bitmap.width).toBeGreaterThan(el.layout!.width);
  });

  it('shows an error state for a bad src and never throws into the page', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent) => void errors.push(e.reason);
    window.addEventListener('unhandledrejection', onError);
    const el = mount('remit-heatmap', { src: '/no/such/plan.json', lang: 'en' });
    await el.renderComplete;
    expect(shadow(el).querySelector('[data-state="error"]')!.textContent).toContain('HTTP 404');
    expect(el.layout).toBeUndefined();
    expect(() => el.toSVG()).not.toThrow();
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).toEqual([]);
  });

  it('draws hostile names, titles and sections as text everywhere and runs nothing', async () => {
    const trap = installXssTrap();
    try {
      for (const renderer of ['svg', 'canvas']) {
        for (const payload of HOSTILE_PAYLOADS) {
          const el = await heatmap({ renderer, 'cell-size': '20' }, planWithText(payload));
          const layout = el.layout!;
          // full text: tooltip and aria-label of each kind of mark
          focusRing(el).focus();
          const texts = deepTexts(el);
          await key(el, 'ArrowLeft');
          texts.push(...deepTexts(el));
          pointer(el, 'pointermove', { kind: 'column', index: 0 });
          await el.updateComplete;
          texts.push(...deepTexts(el));
          const svg = el.toSVG();
          const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
          expect(doc.querySelector('parsererror'), payload).toBeNull();
          expect(doc.querySelectorAll('script, foreignObject, img, style')).toHaveLength(0);
          // validatePlan strips bidi and zero-width controls from names: compare with what it kept
          const plan = el.store.plan!;
          const shown = [plan.items[0]!.title, plan.units[0]!.name, plan.sections![0]!.title];
          const exported = [...doc.querySelectorAll('text, title')].map((n) => n.textContent ?? '');
          for (const text of shown) {
            const clean = [...text]
              .map((ch) => (ch < ' ' && !'\t\n\r'.includes(ch) ? '\ufffd' : ch))
              .join('');
            expect(
              exported.some((t) => t.includes(clean)),
              `export: ${payload}`,
            ).toBe(true);
          }
          expect(layout.rows[0]!.title).toBe(plan.items[0]!.title);
          assertInert(el, { trapCount: trap.count(), payloads: shown, texts });
          el.remove();
        }
      }
    } finally {
      trap.restore();
    }
  });

  it('leaves no timers, frames, observers or listeners after 1,000 connect / disconnect cycles', async () => {
    const probe = installLeakProbe();
    try {
      const el = await heatmap({ renderer: 'canvas' });
      const parent = el.parentElement!;
      for (let i = 0; i < 1000; i++) {
        el.remove();
        parent.appendChild(el);
        if (i % 100 === 0) await el.renderComplete;
      }
      await el.renderComplete;
      viewport(el).dispatchEvent(new Event('scroll'));
      el.remove();
      await nextFrame();
      expect(probe.pending()).toEqual({ timeouts: 0, frames: 0, observers: 0, listeners: 0 });
      parent.appendChild(el);
      await el.renderComplete;
      expect(shadow(el).querySelector('canvas')).not.toBeNull();
    } finally {
      probe.restore();
    }
  });

  it('draws the hidden data table after the first painted frame; renderComplete waits for it', async () => {
    const el = mount('remit-heatmap', { lang: 'zh-CN' });
    el.data = FOUNDING_PLAN;
    await el.updateComplete;
    const root = shadow(el);
    expect(root.querySelectorAll('.rowhead text:not(.band)')).toHaveLength(17);
    expect(root.querySelector('.summary')!.textContent).toMatch(/17 项任务/);
    expect(root.querySelector('table')).toBeNull();
    await el.renderComplete;
    expect(root.querySelectorAll('table tbody tr')).toHaveLength(17);
  });

  it('paints no names or figures a small scale makes smaller than 6 device px', () => {
    const layout = heatmapLayout(incidence(FOUNDING_PLAN), { cellSize: 20 });
    const view = { left: 0, top: 0, width: layout.width, height: layout.height };
    const drawn = (scale: number): string[] => {
      const ctx = document.createElement('canvas').getContext('2d')!;
      const texts: string[] = [];
      const fillText = ctx.fillText.bind(ctx);
      ctx.fillText = (text, x, y) => (texts.push(text), fillText(text, x, y));
      ctx.setTransform(scale, 0, 0, scale, 0, 0);
      paintHeatmap(ctx, layout, heatmapScene(layout), view);
      return texts;
    };
    // names and headings are 12 px, figures 10 px
    const all = drawn(1);
    const isFigure = (t: string) => /^\d+$/.test(t);
    expect(all.filter(isFigure).length).toBe(17 + 15);
    expect(drawn(0.55)).toEqual(all.filter((t) => !isFigure(t)));
    expect(drawn(0.45)).toEqual([]);
  });

  it('resolves renderComplete after the plan, the layout and the canvas are drawn', async () => {
    const el = mount('remit-heatmap', { renderer: 'canvas' });
    el.data = syntheticHeatmapPlan(200, 60);
    await el.renderComplete;
    const canvas = shadow(el).querySelector('canvas')!;
    const ctx = canvas.getContext('2d')!;
    const { data } = ctx.getImageData(0, 0, canvas.width, canvas.height);
    let ink = 0;
    for (let i = 0; i < data.length; i += 4) if (data[i]! < 200) ink++;
    expect(ink).toBeGreaterThan(1000);
  });
});
