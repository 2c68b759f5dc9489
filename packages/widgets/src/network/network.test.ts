import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import { incidence, type Plan } from '@remit/core/model';
import { backbone, coResponsibilityGraph } from '@remit/core/metrics';
import './define.js';
import '../data/define.js';
import { assertInert, deepTexts } from '../../test/browser/assert-inert.js';
import { elementSuite } from '../../test/browser/element-suite.js';
import { expectNoAxeViolations } from '../../test/browser/axe.js';
import { FOUNDING_PLAN } from '../../test/browser/founding-plan.js';
import { HOSTILE_PAYLOADS, installXssTrap } from '../../test/browser/hostile-payloads.js';
import { installLeakProbe } from '../../test/browser/leak-probe.js';
import { mount, nextFrame, unmountAll } from '../../test/browser/mount.js';
import { networkLayout } from './network.layout.js';
import type { RemitNetwork } from './network.js';
import { syntheticPlan } from './synthetic-plan.js';

afterEach(unmountAll);

elementSuite('remit-network', {
  marks: (el) => el.shadowRoot!.querySelectorAll('.node').length,
  foundingMarks: 15,
  drawnTexts: (plan) => plan.units.map((u) => u.name),
});

elementSuite('remit-network', {
  attributes: { mode: 'bipartite' },
  marks: (el) => el.shadowRoot!.querySelectorAll('.node').length,
  foundingMarks: 32,
  drawnTexts: (plan) => [...plan.units.map((u) => u.name), ...plan.items.map((i) => i.title)],
});

const all = (el: Element, sel: string): Element[] => [...el.shadowRoot!.querySelectorAll(sel)];
const one = <T extends Element = Element>(el: Element, sel: string): T =>
  el.shadowRoot!.querySelector(sel) as T;

async function network(
  attributes: Record<string, string> = {},
  plan: Plan = FOUNDING_PLAN,
): Promise<RemitNetwork> {
  const el = mount('remit-network', { lang: 'en', ...attributes }, { data: plan });
  await el.renderComplete;
  return el;
}

function transforms(el: Element): string[] {
  return all(el, '.node').map((n) => n.getAttribute('transform') ?? '');
}

function centre(node: Element): { clientX: number; clientY: number } {
  const r = node.getBoundingClientRect();
  return { clientX: r.left + r.width / 2, clientY: r.top + r.height / 2 };
}

describe('<remit-network>', () => {
  it('draws the founding plan: 15 unit nodes and the backbone ties from core', async () => {
    const el = await network();
    expect(all(el, '.node[data-unit]')).toHaveLength(15);
    const expected = backbone(coResponsibilityGraph(incidence(FOUNDING_PLAN)));
    const lines = all(el, 'line[data-source]');
    expect(lines).toHaveLength(expected.length);
    const drawn = new Set(
      lines.map((l) => `${l.getAttribute('data-source')}|${l.getAttribute('data-target')}`),
    );
    for (const t of expected) expect(drawn.has(`${t.source}|${t.target}`)).toBe(true);
    expect(el.layoutMode).toBe('sync');
  });

  it('draws a plan given after it is connected, and a new plan in place of the old', async () => {
    const el = mount('remit-network', { lang: 'en' });
    await el.renderComplete;
    el.data = FOUNDING_PLAN;
    await el.renderComplete;
    expect(all(el, '.node[data-unit]')).toHaveLength(15);
    el.data = {
      items: [{ id: 'i1', title: 't' }],
      units: [
        { id: 'u1', name: 'a' },
        { id: 'u2', name: 'b' },
      ],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i1', unit: 'u2', role: 'member' },
      ],
    };
    await el.renderComplete;
    expect(all(el, '.node[data-unit]')).toHaveLength(2);
    expect(all(el, 'line[data-source]')).toHaveLength(1);
  });

  it('draws every tie with ties="all" and fewer with ties="0"', async () => {
    const el = await network({ ties: 'all' });
    expect(all(el, 'line[data-source]')).toHaveLength(35);
    el.ties = 0;
    await el.renderComplete;
    const fewer = all(el, 'line[data-source]').length;
    expect(fewer).toBeGreaterThanOrEqual(14);
    expect(fewer).toBeLessThan(35);
  });

  it('shows more ties from its slider without moving a node', async () => {
    const el = await network();
    const before = transforms(el);
    const slider = one<HTMLInputElement>(el, 'input[type="range"]');
    slider.value = slider.max;
    slider.dispatchEvent(new Event('input', { bubbles: true }));
    await el.renderComplete;
    expect(el.ties).toBe('all');
    expect(all(el, 'line[data-source]')).toHaveLength(35);
    expect(transforms(el)).toEqual(before);
  });

  it('draws the bipartite mode: 17 items, 15 units and 45 ties', async () => {
    const el = await network({ mode: 'bipartite' });
    expect(all(el, '.node[data-item]')).toHaveLength(17);
    expect(all(el, '.node[data-unit]')).toHaveLength(15);
    expect(all(el, 'line[data-source]')).toHaveLength(45);
  });

  it('explains instead of drawing an item–unit network of a huge plan', async () => {
    const el = await network({ mode: 'bipartite' }, syntheticPlan({ items: 400, units: 200 }));
    expect(one(el, '[data-state="too-large"]')?.textContent).toContain('mode="units"');
    expect(all(el, '.node')).toHaveLength(0);
  });

  it('lays out in main-thread slices, to the same picture, when workers are blocked', async () => {
    const plan = syntheticPlan({ items: 900, units: 200 });
    const saved = window.Worker;
    window.Worker = class {
      constructor() {
        throw new DOMException('blocked by the page', 'SecurityError');
      }
    } as unknown as typeof Worker;
    try {
      const el = await network({}, plan);
      expect(el.layoutMode).toBe('slices');
      const main = networkLayout(el.model!.layout, { seed: 1 });
      expect([...el.positions!.x]).toEqual([...main.x]);
      expect(all(el, '.node[data-unit]')).toHaveLength(200);
    } finally {
      window.Worker = saved;
    }
  });

  it('colours by unit kind on request', async () => {
    const el = await network({ 'color-by': 'kind' });
    const legend = one(el, '[part="legend"]').textContent ?? '';
    expect(legend).toContain('Government department');
    expect(legend).not.toContain('Group 1');
  });

  it('gives the same picture every time, in a worker or not', async () => {
    const a = await network();
    const b = await network();
    expect(transforms(b)).toEqual(transforms(a));
    const big = await network({}, syntheticPlan({ items: 900, units: 200 }));
    expect(big.layoutMode).toBe('worker');
    const main = networkLayout(big.model!.layout, { seed: 1 });
    expect([...big.positions!.x]).toEqual([...main.x]);
    expect([...big.positions!.y]).toEqual([...main.y]);
  });

  it('fires remit-select on click and Enter, remit-hover on pointer over, and Escape clears', async () => {
    const el = await network();
    const selects: unknown[] = [];
    const hovers: unknown[] = [];
    document.addEventListener('remit-select', (e) => selects.push((e as CustomEvent).detail));
    document.addEventListener('remit-hover', (e) => hovers.push((e as CustomEvent).detail));
    const node = one(el, '.node[data-unit="u2"]');
    node.dispatchEvent(
      new PointerEvent('pointerover', { bubbles: true, composed: true, ...centre(node) }),
    );
    expect(hovers.at(-1)).toEqual({ kind: 'unit', id: 'u2' });
    await el.renderComplete;
    expect(one(el, '[part="tooltip"]').textContent).toContain('区司法局');
    node.dispatchEvent(new MouseEvent('click', { bubbles: true, composed: true }));
    expect(selects.at(-1)).toEqual({ kind: 'unit', id: 'u2' });
    await el.renderComplete;
    expect(one(el, '.node[data-unit="u2"]').getAttribute('aria-pressed')).toBe('true');
    expect(one(el, 'svg').classList.contains('dim')).toBe(true);
    el.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }),
    );
    expect(selects.at(-1)).toBeNull();
    const other = one(el, '.node[data-unit="u1"]') as SVGGElement;
    other.focus();
    other.dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, composed: true }),
    );
    expect(selects.at(-1)).toEqual({ kind: 'unit', id: 'u1' });
  });

  it('selects items in bipartite mode', async () => {
    const el = await network({ mode: 'bipartite' });
    const selects: unknown[] = [];
    el.addEventListener('remit-select', (e) => selects.push(e.detail));
    one(el, '.node[data-item="i1"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(selects).toEqual([{ kind: 'item', id: 'i1' }]);
  });

  it('puts every Tab stop of the chart on a named control or node', async () => {
    const before = document.createElement('button');
    before.textContent = 'before';
    document.body.prepend(before);
    const el = await network({ toolbar: '' });
    before.focus();
    const stops: string[] = [];
    for (let k = 0; k < 12; k++) {
      await userEvent.tab();
      const active = el.shadowRoot!.activeElement;
      if (!active) break;
      const labels = (active as HTMLInputElement).labels;
      const name =
        active.getAttribute('aria-label') ??
        (labels && labels.length > 0
          ? labels[0]!.textContent?.trim()
          : active.textContent?.trim()) ??
        '';
      stops.push(`${active.tagName.toLowerCase()}:${name}`);
      expect(
        name,
        `Tab stop ${stops.length} (${active.tagName} ${active.getAttribute('class')})`,
      ).not.toBe('');
    }
    before.remove();
    // the slider, the zoom buttons, one node (roving), the export buttons …
    expect(stops.some((s) => s.startsWith('g:'))).toBe(true);
  });

  it('moves the roving focus with the arrow keys, Home and End', async () => {
    const el = await network();
    const focusable = all(el, '.node[tabindex="0"]');
    expect(focusable).toHaveLength(1);
    const start = focusable[0] as SVGGElement;
    expect(start.getAttribute('aria-label')).toContain('items');
    start.focus();
    const visited = new Set<string | null>([start.getAttribute('data-unit')]);
    for (const key of ['ArrowRight', 'ArrowDown', 'ArrowLeft', 'ArrowUp', 'End']) {
      (el.shadowRoot!.activeElement as Element).dispatchEvent(
        new KeyboardEvent('keydown', { key, bubbles: true, composed: true }),
      );
      await el.renderComplete;
      await nextFrame();
      visited.add(el.shadowRoot!.activeElement?.getAttribute('data-unit') ?? null);
    }
    expect(visited.size).toBeGreaterThanOrEqual(3);
    expect(all(el, '.node[tabindex="0"]')).toHaveLength(1);
    (el.shadowRoot!.activeElement as Element).dispatchEvent(
      new KeyboardEvent('keydown', { key: 'Home', bubbles: true, composed: true }),
    );
    await el.renderComplete;
    await nextFrame();
    expect(el.shadowRoot!.activeElement).toBe(start);
  });

  it('announces every node with name, workload and group', async () => {
    const el = await network();
    const label = one(el, '.node[data-unit="u2"]').getAttribute('aria-label');
    expect(label).toMatch(/^区司法局, 9 items, group \d, \d+ ties$/);
    expect(one(el, '#summary').textContent).toMatch(/^15 units with 35 ties/);
    expect(all(el, 'table tbody tr')).toHaveLength(15);
  });

  it('draws the hidden data table after the painted picture; renderComplete waits for it', async () => {
    const el = mount('remit-network', { lang: 'zh-CN' }) as RemitNetwork;
    el.data = FOUNDING_PLAN;
    await el.updateComplete;
    // a plan this small is laid out in the update that takes it in
    expect(all(el, '.node')).toHaveLength(15);
    expect(one(el, '#summary').textContent).toMatch(/15/);
    expect(el.shadowRoot!.querySelector('table')).toBeNull();
    // the frame that shows the picture is painted without the table
    await nextFrame();
    expect(el.shadowRoot!.querySelector('table')).toBeNull();
    await el.renderComplete;
    expect(all(el, 'table tbody tr')).toHaveLength(15);
    // a new plan: its picture first, then its table
    el.data = { ...FOUNDING_PLAN, assignments: FOUNDING_PLAN.assignments.slice(0, 10) };
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('table')).toBeNull();
    await el.renderComplete;
    expect(all(el, 'table tbody tr').length).toBe(all(el, '.node').length);
  });

  it('draws the table of a plan laid out in the worker once the browser is idle, before or after the picture', async () => {
    const el = mount('remit-network', {}) as RemitNetwork;
    el.data = syntheticPlan({ items: 400, units: 120, fill: 0.15, seed: 3 });
    await el.renderComplete;
    expect(all(el, '.node')).toHaveLength(120);
    expect(all(el, 'table tbody tr')).toHaveLength(120);
  });

  it('has no axe-core violations (units, bipartite, empty)', async () => {
    await expectNoAxeViolations(await network());
    await expectNoAxeViolations(await network({ mode: 'bipartite', theme: 'dark' }));
    await expectNoAxeViolations(await network({}, { items: [], units: [], assignments: [] }));
  });

  it('exports an SVG with title, legend and data attributes, and a PNG', async () => {
    const el = await network();
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')?.textContent).toBe('Unit co-responsibility network');
    expect(doc.querySelectorAll('circle[data-unit]')).toHaveLength(15);
    expect(doc.querySelectorAll('line[data-source][data-target]').length).toBeGreaterThan(14);
    expect(doc.querySelector('[data-layer="legend"]')?.textContent).toContain('Group 1');
    const png = await el.toPNG({ scale: 1 });
    expect(png.type).toBe('image/png');
    const head = new Uint8Array(await png.slice(0, 8).arrayBuffer());
    expect([...head]).toEqual([137, 80, 78, 71, 13, 10, 26, 10]);
  });

  it('shows the error state for a bad src without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent): void => void errors.push(e.reason);
    window.addEventListener('unhandledrejection', onError);
    const el = mount('remit-network', { lang: 'en', src: '/no/such/plan.json' });
    await el.renderComplete;
    expect(one(el, '[data-state="error"]')).not.toBeNull();
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).toEqual([]);
  });

  it('draws hostile names literally everywhere: labels, aria-labels, table, export', async () => {
    const trap = installXssTrap();
    try {
      const names = HOSTILE_PAYLOADS;
      const plan: Plan = {
        items: names.map((title, i) => ({ id: `i${i}`, title })),
        units: names.map((name, u) => ({ id: `u${u}`, name })),
        assignments: names.flatMap((_, i) => [
          { item: `i${i}`, unit: `u${i}`, role: 'lead' as const },
          { item: `i${i}`, unit: `u${(i + 1) % names.length}`, role: 'member' as const },
        ]),
      };
      for (const mode of ['units', 'bipartite']) {
        const el = await network({ mode }, plan);
        await nextFrame();
        // Names as the plan holds them (core normalises spaces in unit names).
        const held = el.store.plan!;
        const payloads =
          mode === 'units'
            ? held.units.map((u) => u.name)
            : [...held.units.map((u) => u.name), ...held.items.map((i) => i.title)];
        const exported = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
        expect(exported.querySelector('parsererror')).toBeNull();
        const exportTexts = [...exported.querySelectorAll('title')].map((t) => t.textContent ?? '');
        assertInert(el, {
          trapCount: trap.count(),
          payloads,
          texts: [...deepTexts(el), ...exportTexts],
        });
        for (const p of payloads) expect(exportTexts).toContain(p);
      }
    } finally {
      trap.restore();
    }
  });

  it('exports its names at the size it draws them, whatever the text size', async () => {
    for (const size of ['13px', '24px']) {
      const el = await network();
      el.style.setProperty('--remit-font-size', size);
      el.requestUpdate();
      await el.renderComplete;
      await nextFrame();
      const drawn = el.shadowRoot!.querySelector('g.labels')!.getAttribute('font-size');
      const exported = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
      expect(drawn).toBe(String(parseFloat(size) - 1));
      expect(exported.querySelector('[data-layer="labels"]')!.getAttribute('font-size')).toBe(
        drawn,
      );
      el.remove();
    }
  });

  it('leaves no simulation, worker, timer, frame, observer or listener after connect/disconnect cycles', async () => {
    const probe = installLeakProbe();
    try {
      const el = await network();
      const host = el.parentElement!;
      for (let i = 0; i < 200; i++) {
        el.remove();
        host.appendChild(el);
      }
      el.remove();
      await nextFrame();
      expect(probe.pending()).toEqual({ timeouts: 0, frames: 0, observers: 0, listeners: 0 });
      expect(el.simulating).toBe(false);
      host.appendChild(el);
      await el.renderComplete;
      expect(all(el, '.node[data-unit]')).toHaveLength(15);
      el.remove();
    } finally {
      probe.restore();
    }
  });

  it('stops a worker layout on disconnect and finishes it on reconnect', async () => {
    const el = mount('remit-network', {}, { data: syntheticPlan({ items: 900, units: 200 }) });
    await el.updateComplete;
    await new Promise((r) => setTimeout(r, 0));
    const host = el.parentElement!;
    expect(el.simulating).toBe(true);
    el.remove();
    expect(el.simulating).toBe(false);
    host.appendChild(el);
    await el.renderComplete;
    expect(all(el, '.node[data-unit]')).toHaveLength(200);
    expect(el.simulating).toBe(false);
  });

  it('pans and zooms with its buttons, and drags nodes', async () => {
    const el = await network();
    const before = transforms(el);
    one<HTMLButtonElement>(el, 'button[aria-label="Zoom in"]').click();
    await el.renderComplete;
    expect(transforms(el)).not.toEqual(before);
    one<HTMLButtonElement>(el, 'button[aria-label="Reset view"]').click();
    await el.renderComplete;
    expect(transforms(el)).toEqual(before);

    const node = one(el, '.node[data-unit="u2"]');
    const from = centre(node);
    node.dispatchEvent(
      new MouseEvent('mousedown', { bubbles: true, composed: true, view: window, ...from }),
    );
    window.dispatchEvent(
      new MouseEvent('mousemove', {
        view: window,
        clientX: from.clientX + 40,
        clientY: from.clientY + 30,
      }),
    );
    window.dispatchEvent(
      new MouseEvent('mouseup', {
        view: window,
        clientX: from.clientX + 40,
        clientY: from.clientY + 30,
      }),
    );
    await nextFrame();
    await nextFrame();
    await el.renderComplete;
    const moved = centre(one(el, '.node[data-unit="u2"]'));
    expect(Math.abs(moved.clientX - from.clientX - 40)).toBeLessThan(3);
  });

  it('moves only the dragged node in static mode', async () => {
    const el = await network({ static: '' });
    const before = transforms(el);
    const node = one(el, '.node[data-unit="u2"]');
    const from = centre(node);
    node.dispatchEvent(
      new MouseEvent('mousedown', { bubbles: true, composed: true, view: window, ...from }),
    );
    window.dispatchEvent(
      new MouseEvent('mousemove', {
        view: window,
        clientX: from.clientX + 25,
        clientY: from.clientY,
      }),
    );
    window.dispatchEvent(
      new MouseEvent('mouseup', {
        view: window,
        clientX: from.clientX + 25,
        clientY: from.clientY,
      }),
    );
    await nextFrame();
    await el.renderComplete;
    const after = transforms(el);
    const changed = after.filter((t, i) => t !== before[i]);
    expect(changed).toHaveLength(1);
    expect(el.simulating).toBe(false);
  });

  it('is usable at 320 px wide', async () => {
    const box = document.createElement('div');
    box.className = 'fixture';
    box.style.setProperty('width', '320px');
    document.body.appendChild(box);
    const el = document.createElement('remit-network');
    el.data = FOUNDING_PLAN;
    box.appendChild(el);
    await el.renderComplete;
    await nextFrame();
    await el.renderComplete;
    expect(one(el, 'svg').getAttribute('width')).toBe('320');
    // Nothing widens the page: the hidden data table is clipped by its block.
    expect(box.scrollWidth).toBeLessThanOrEqual(320);
    expect(el.scrollWidth).toBeLessThanOrEqual(320);
    // the compact form: the five busiest units named, every node a target of 24 px at least
    const labels = all(el, '.label').map((t) => t.textContent);
    expect(labels.length).toBeGreaterThan(0);
    expect(labels.length).toBeLessThanOrEqual(5);
    for (const node of all(el, '.node')) {
      const hit = node.querySelector('.hit')!.getBoundingClientRect();
      expect(Math.min(hit.width, hit.height)).toBeGreaterThanOrEqual(24 - 0.01);
    }
    // a tap on a node's centre reaches that node (or one drawn over it, never nothing)
    const first = all(el, '.node')[0]!;
    const c = centre(first.querySelector('.mark')!);
    expect(el.shadowRoot!.elementFromPoint(c.clientX, c.clientY)?.closest('.node')).not.toBeNull();
  });

  it('names more than the five busiest units where there is room', async () => {
    const el = await network();
    expect(all(el, '.label').length).toBeGreaterThan(5);
  });

  it('shares the selection with other elements on the same <remit-data>', async () => {
    const host = document.createElement('div');
    host.className = 'fixture';
    document.body.appendChild(host);
    const data = document.createElement('remit-data');
    data.id = 'net-plan';
    data.data = FOUNDING_PLAN;
    const a = document.createElement('remit-network');
    a.source = 'net-plan';
    const b = document.createElement('remit-network');
    b.source = 'net-plan';
    b.mode = 'bipartite';
    host.append(data, a, b);
    await a.renderComplete;
    await b.renderComplete;
    one(a, '.node[data-unit="u2"]').dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await b.renderComplete;
    expect(one(b, '.node[data-unit="u2"]').classList.contains('selected')).toBe(true);
  });
});
