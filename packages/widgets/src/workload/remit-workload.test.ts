import { combinePlans } from '@remit/core/compare';
import type { Plan } from '@remit/core/model';
import { afterEach, describe, expect, it } from 'vitest';
import { page, userEvent } from 'vitest/browser';
import '../data/define.js';
import './define.js';
import { elementSuite } from '../../test/browser/element-suite.js';
import { FOUNDING_PLAN } from '../../test/browser/founding-plan.js';
import { mount, settle, unmountAll } from '../../test/browser/mount.js';
import { saveExportPng } from '../../test/browser/save-export.js';
import { SAVE_SCREENSHOTS } from '../../test/browser/screenshots.js';
import type { RemitWorkload } from './remit-workload.js';

const bars = (el: HTMLElement): number => el.shadowRoot!.querySelectorAll('.row').length;
const row = (el: HTMLElement, unit: string): SVGGElement =>
  el.shadowRoot!.querySelector(`.row[data-unit="${unit}"]`)!;

elementSuite('remit-workload', {
  marks: bars,
  foundingMarks: 15,
  drawnTexts: (plan: Plan) => plan.units.map((u) => u.name),
});

describe('<remit-workload>', () => {
  afterEach(unmountAll);

  it('ranks units by items and labels each bar with its load', async () => {
    const el = mount('remit-workload', { lang: 'en' }, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const rows = [...el.shadowRoot!.querySelectorAll('.row')];
    const items = rows.map((r) => Number(r.getAttribute('data-items')));
    expect(items).toEqual([...items].sort((a, b) => b - a));
    expect(rows[0]!.querySelector('.mark')!.getAttribute('aria-label')).toMatch(
      /^区委依法治区办: \d+ items: 0 lead, \d+ member$/,
    );
    expect(el.shadowRoot!.querySelectorAll('.seg.member').length).toBe(15);
    expect(el.shadowRoot!.querySelectorAll('.seg.lead').length).toBe(0);
  });

  it('splits bars by section with breakdown="section"', async () => {
    const el = mount('remit-workload', { breakdown: 'section' }, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const keys = new Set(
      [...el.shadowRoot!.querySelectorAll('.seg')].map((s) => s.getAttribute('data-key')),
    );
    expect([...keys].sort()).toEqual(['s1', 's2', 's3', 's4']);
    expect(el.shadowRoot!.querySelectorAll('.legend li').length).toBe(4);
  });

  it('splits bars by plan for a combined plan with breakdown="part"', async () => {
    const other: Plan = {
      items: [{ id: 'i1', title: 'a' }],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
    };
    const combined = combinePlans([
      { plan: FOUNDING_PLAN, name: '2020' },
      { plan: other, name: '2021' },
    ]).plan;
    const el = mount('remit-workload', { breakdown: 'part' }, { data: combined });
    await el.renderComplete;
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(legend).toEqual(['2020', '2021']);
    // 区司法局: its items in the founding plan and the one of the other plan, one segment each
    const justice = combined.units.find((u) => u.name === '区司法局')!;
    const segs = [...row(el, justice.id).querySelectorAll('.seg')].map((s) => [
      s.getAttribute('data-key'),
      Number(s.getAttribute('data-value')),
    ]);
    const inFounding = FOUNDING_PLAN.assignments.filter(
      (a) => a.unit === FOUNDING_PLAN.units.find((u) => u.name === '区司法局')!.id,
    ).length;
    expect(segs).toEqual([
      ['p1', inFounding],
      ['p2', 1],
    ]);
  });

  it('distinguishes written and inferred leads', async () => {
    const plan: Plan = {
      items: [
        { id: 'i1', title: 'a' },
        { id: 'i2', title: 'b' },
      ],
      units: [{ id: 'u1', name: '区司法局' }],
      assignments: [
        { item: 'i1', unit: 'u1', role: 'lead' },
        { item: 'i2', unit: 'u1', role: 'lead', inferred: true },
      ],
    };
    const el = mount('remit-workload', {}, { data: plan });
    await el.renderComplete;
    expect(el.shadowRoot!.querySelectorAll('.seg.lead').length).toBe(1);
    expect(el.shadowRoot!.querySelectorAll('.seg.inferred-lead').length).toBe(1);
    // the legend names what the bars show: written and inferred lead, no member
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(legend).toEqual(['lead', 'lead (inferred)']);
  });

  it('names no lead in the legend of a plan that writes none', async () => {
    const el = mount('remit-workload', {}, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const legend = [...el.shadowRoot!.querySelectorAll('.legend li')].map((li) =>
      li.textContent?.trim(),
    );
    expect(legend).toEqual(['member']);
  });

  it('selects a unit on click and fires remit-select, composed', async () => {
    const el = mount('remit-workload', {}, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const events: unknown[] = [];
    document.body.addEventListener('remit-select', (e) => events.push(e.detail), { once: true });
    await userEvent.click(row(el, 'u2'));
    await el.renderComplete;
    expect(events).toEqual([{ kind: 'unit', id: 'u2' }]);
    expect(row(el, 'u2').querySelector('.mark')!.getAttribute('aria-pressed')).toBe('true');
  });

  it('moves between bars with arrow keys, selects with Enter and clears with Escape', async () => {
    const el = mount('remit-workload', {}, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const first = el.shadowRoot!.querySelector<SVGGElement>('.mark[tabindex="0"]')!;
    expect(first.parentElement!.getAttribute('data-index')).toBe('0');
    first.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}');
    await el.renderComplete;
    const focused = (el.shadowRoot!.activeElement as SVGGElement).parentElement!;
    expect(focused.getAttribute('data-index')).toBe('2');
    expect(el.shadowRoot!.querySelectorAll('.mark[tabindex="0"]').length).toBe(1);
    await userEvent.keyboard('{Enter}');
    await el.renderComplete;
    expect(el.store.selection).toEqual({ kind: 'unit', id: focused.getAttribute('data-unit') });
    await userEvent.keyboard('{Escape}');
    await el.renderComplete;
    expect(el.store.selection).toBeNull();
    await userEvent.keyboard('{End}');
    await el.renderComplete;
    expect(
      (el.shadowRoot!.activeElement as SVGGElement).parentElement!.getAttribute('data-index'),
    ).toBe('14');
  });

  it('shows a tooltip and fires remit-hover on hover', async () => {
    const el = mount('remit-workload', { lang: 'en' }, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const hovers: unknown[] = [];
    el.addEventListener('remit-hover', (e) => hovers.push(e.detail));
    await userEvent.hover(row(el, 'u1'));
    await el.renderComplete;
    expect(hovers[0]).toEqual({ kind: 'unit', id: 'u1' });
    const tip = el.shadowRoot!.querySelector('[part="tooltip"]');
    expect(tip?.textContent).toContain('区委依法治区办');
    expect(tip?.textContent).toContain('items');
  });

  it('highlights the units of an item selected elsewhere on the same <remit-data>', async () => {
    const data = mount('remit-data', { id: 'wl-linked' }, { data: FOUNDING_PLAN });
    const el = mount('remit-workload', { source: 'wl-linked' });
    await el.renderComplete;
    data.store.select({ kind: 'item', id: 'i1' });
    await el.renderComplete;
    const related = el.shadowRoot!.querySelectorAll('.row.related').length;
    expect(related).toBeGreaterThan(0);
    expect(related + el.shadowRoot!.querySelectorAll('.row.dimmed').length).toBe(15);
  });

  it('is usable at 320 px: no bar or label beyond the edge', async () => {
    const el = mount('remit-workload', {}, { data: FOUNDING_PLAN });
    el.parentElement!.style.setProperty('width', '320px');
    await settle(el);
    const svg = el.shadowRoot!.querySelector('svg')!;
    expect(svg.getBoundingClientRect().width).toBeLessThanOrEqual(320);
    const right = svg.getBoundingClientRect().right;
    for (const text of el.shadowRoot!.querySelectorAll('text')) {
      expect(text.getBoundingClientRect().right).toBeLessThanOrEqual(right + 1);
      expect(text.getBoundingClientRect().left).toBeGreaterThanOrEqual(
        svg.getBoundingClientRect().left - 1,
      );
    }
  });

  it.runIf(SAVE_SCREENSHOTS)('saves screenshots in light, dark, Chinese and English', async () => {
    for (const [name, attrs] of [
      ['workload-zh-light', { lang: 'zh-CN', theme: 'light' }],
      ['workload-en-dark', { lang: 'en', theme: 'dark' }],
      ['workload-section-zh-light', { lang: 'zh-CN', theme: 'light', breakdown: 'section' }],
      ['workload-en-light-320', { lang: 'en', theme: 'light' }],
    ] as const) {
      const el = mount(
        'remit-workload',
        { ...attrs, toolbar: '' },
        { data: FOUNDING_PLAN },
      ) as RemitWorkload;
      el.parentElement!.style.setProperty('width', name.endsWith('320') ? '320px' : '640px');
      await settle(el);
      await page.screenshot({ element: el, path: `../../screenshots/${name}.png` });
      el.parentElement!.remove();
    }
  });

  it('exports a PNG with title and legend', async () => {
    const el = mount('remit-workload', { breakdown: 'section' }, { data: FOUNDING_PLAN });
    await settle(el);
    await saveExportPng(el, 'workload-export');
  });
});
