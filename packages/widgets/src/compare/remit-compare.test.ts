import { parse } from '@remit/core/parse';
import { comparePlans } from '@remit/core/compare';
import type { Plan } from '@remit/core/model';
import { afterEach, describe, expect, it } from 'vitest';
import { userEvent } from 'vitest/browser';
import '../data/define.js';
import '../heatmap/define.js';
import './define.js';
import edited from '../../../../fixtures/compare/xuhui-edited/xuhui-2020-fazhi-edited.txt?raw';
import founding from '../../../core/data/xuhui-2020-fazhi.txt?raw';
import { assertInert } from '../../test/browser/assert-inert.js';
import { expectNoAxeViolations } from '../../test/browser/axe.js';
import { hostilePlan } from '../../test/browser/element-suite.js';
import { installXssTrap } from '../../test/browser/hostile-payloads.js';
import { mount, unmountAll } from '../../test/browser/mount.js';

const BEFORE: Plan = parse(founding).plan;
const AFTER: Plan = parse(edited).plan;

const rows = (el: HTMLElement): SVGGElement[] => [
  ...el.shadowRoot!.querySelectorAll<SVGGElement>('.row'),
];
const rowNamed = (el: HTMLElement, name: string): SVGGElement =>
  rows(el).find((r) => r.querySelector('.label')?.textContent === name)!;

describe('<remit-compare>', () => {
  afterEach(unmountAll);

  it('draws every unit as a dumbbell and every item match in the flow, largest change first', async () => {
    const el = mount('remit-compare', { lang: 'zh-CN' }, { data: AFTER, earlier: BEFORE });
    await el.renderComplete;
    const comparison = comparePlans(BEFORE, AFTER);
    expect(rows(el)).toHaveLength(comparison.units.length);
    const changes = rows(el).map((r) => Math.abs(Number(r.dataset.change)));
    expect(changes).toEqual([...changes].sort((a, b) => b - a));
    const flowTotal = [...el.shadowRoot!.querySelectorAll('.flow-row')].reduce(
      (sum, r) => sum + Number(r.getAttribute('data-total')),
      0,
    );
    expect(flowTotal).toBe(comparison.items.length);
    // the renamed unit shows as new after and dropped before (no directory given)
    expect(rowNamed(el, '区科技委').classList.contains('new')).toBe(true);
    expect(rowNamed(el, '区科委').classList.contains('dropped')).toBe(true);
    expect(rowNamed(el, '区科委').querySelector('.dot.after')).toBeNull();
    // the summary names what changed
    expect(el.shadowRoot!.querySelector('#summary')!.textContent).toContain('新增 1 项');
  });

  it('draws each dot at its count on the chart’s scale (measured in the page)', async () => {
    const el = mount('remit-compare', { lang: 'en' }, { data: AFTER, earlier: BEFORE });
    el.style.width = '900px';
    await el.renderComplete;
    const ticks = [...el.shadowRoot!.querySelectorAll('.grid line')].map((l) =>
      Number(l.getAttribute('x1')),
    );
    const values = [...el.shadowRoot!.querySelectorAll('.grid text')].map((t) =>
      Number(t.textContent),
    );
    const perItem = (ticks[1]! - ticks[0]!) / (values[1]! - values[0]!);
    for (const row of rows(el)) {
      const after = row.dataset.after;
      const dot = row.querySelector<SVGCircleElement>('.dot.after');
      if (!after || !dot) continue;
      const box = dot.getBBox();
      expect(box.x + box.width / 2 - ticks[0]!).toBeCloseTo(Number(after) * perItem, 0);
    }
  });

  it('links selection with the heatmap on the same <remit-data>', async () => {
    const data = document.createElement('remit-data');
    data.id = 'plan-now';
    (data as unknown as { data: Plan }).data = AFTER;
    document.body.appendChild(data);
    const heatmap = mount('remit-heatmap', { source: 'plan-now' });
    const el = mount('remit-compare', { source: 'plan-now' }, { earlier: BEFORE });
    await el.renderComplete;
    await heatmap.renderComplete;
    const justice = rowNamed(el, '区司法局');
    justice.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    await el.renderComplete;
    await heatmap.renderComplete;
    const unitId = AFTER.units.find((u) => u.name === '区司法局')!.id;
    expect(heatmap.store.selection).toEqual({ kind: 'unit', id: unitId });
    expect(rowNamed(el, '区司法局').classList.contains('selected')).toBe(true);
    data.remove();
  });

  it('moves between units with the keyboard and selects with Enter', async () => {
    const el = mount('remit-compare', { lang: 'en' }, { data: AFTER, earlier: BEFORE });
    await el.renderComplete;
    const marks = () => [...el.shadowRoot!.querySelectorAll<SVGGElement>('.row .mark')];
    expect(marks().filter((m) => m.getAttribute('tabindex') === '0')).toHaveLength(1);
    marks()[0]!.focus();
    await userEvent.keyboard('{ArrowDown}');
    await el.renderComplete;
    expect(el.shadowRoot!.activeElement).toBe(marks()[1]);
    await userEvent.keyboard('{End}');
    await el.renderComplete;
    expect(el.shadowRoot!.activeElement).toBe(marks().at(-1));
    await userEvent.keyboard('{Home}');
    await el.renderComplete;
    const first = rows(el)[0]!;
    await userEvent.keyboard('{Enter}');
    await el.renderComplete;
    if (first.dataset.unit) {
      expect(el.store.selection).toEqual({ kind: 'unit', id: first.dataset.unit });
      await userEvent.keyboard('{Escape}');
      await el.renderComplete;
      expect(el.store.selection).toBeNull();
    }
  });

  it('is axe-clean in Chinese and English, waiting and drawn', async () => {
    const waiting = mount('remit-compare', { lang: 'zh-CN' }, { data: AFTER });
    await waiting.renderComplete;
    await expectNoAxeViolations(waiting);
    const zh = mount('remit-compare', { lang: 'zh-CN' }, { data: AFTER, earlier: BEFORE });
    await zh.renderComplete;
    await expectNoAxeViolations(zh);
    const en = mount('remit-compare', { lang: 'en' }, { data: AFTER, earlier: BEFORE });
    await en.renderComplete;
    await expectNoAxeViolations(en);
    expect(en.shadowRoot!.querySelector('.legend')!.textContent).toContain('Reworded');
  });

  it('says what is missing: no earlier plan, or one that cannot be read', async () => {
    const none = mount('remit-compare', { lang: 'en' }, { data: AFTER });
    await none.renderComplete;
    expect(none.shadowRoot!.querySelector('[part="state"]')!.textContent).toContain(
      'No earlier plan',
    );
    const bad = mount('remit-compare', { lang: 'en' }, { data: AFTER, earlier: { items: 3 } });
    await bad.renderComplete;
    const alert = bad.shadowRoot!.querySelector('[role="alert"]')!;
    expect(alert.textContent).toContain('The earlier plan could not be read');
  });

  it('compares identical plans as all the same, and an empty earlier plan as all new', async () => {
    const same = mount('remit-compare', { lang: 'en' }, { data: AFTER, earlier: AFTER });
    await same.renderComplete;
    expect(rows(same).every((r) => r.dataset.change === '0')).toBe(true);
    const kinds = new Set(
      [...same.shadowRoot!.querySelectorAll('.flow-seg')].map((s) => s.getAttribute('data-kind')),
    );
    expect([...kinds]).toEqual(['same']);
    const empty: Plan = { items: [], units: [], assignments: [] };
    const fresh = mount('remit-compare', { lang: 'en' }, { data: AFTER, earlier: empty });
    await fresh.renderComplete;
    const freshKinds = new Set(
      [...fresh.shadowRoot!.querySelectorAll('.flow-seg')].map((s) => s.getAttribute('data-kind')),
    );
    expect([...freshKinds]).toEqual(['new']);
  });

  it('takes a comparison made elsewhere', async () => {
    const comparison = comparePlans(BEFORE, AFTER);
    const el = mount('remit-compare', {}, { data: AFTER, comparison });
    await el.renderComplete;
    expect(rows(el)).toHaveLength(comparison.units.length);
  });

  it('exports an SVG with its title, legend and summary', async () => {
    const el = mount(
      'remit-compare',
      { lang: 'en', label: 'Plan 2020 against its draft' },
      { data: AFTER, earlier: BEFORE },
    );
    await el.renderComplete;
    const svg = el.toSVG();
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.querySelector('title')?.textContent).toBe('Plan 2020 against its draft');
    expect(doc.querySelector('desc')?.textContent).toContain('Against the earlier plan');
    expect(svg).toContain('Dropped');
    expect(doc.querySelectorAll('[data-change]').length).toBe(rows(el).length);
  });

  it('draws hostile names as text', async () => {
    const trap = installXssTrap();
    try {
      const plan = hostilePlan();
      const el = mount('remit-compare', {}, { data: plan, earlier: plan });
      await el.renderComplete;
      const exported = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
      expect(exported.querySelector('parsererror')).toBeNull();
      assertInert(el, {
        trapCount: trap.count(),
        payloads: el.store.plan!.units.map((u) => u.name),
      });
    } finally {
      trap.restore();
    }
  });
});
