import { afterEach, describe, expect, it } from 'vitest';
import '../../src/data/define.js';
import type { RemitData } from '../../src/data/remit-data.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { installXssTrap } from '../browser/hostile-payloads.js';
import { mount, unmountAll } from '../browser/mount.js';
import '../browser/test-chart.js';

function withInline(id: string, text: string): RemitData {
  const data = mount('remit-data', { id });
  const script = document.createElement('script');
  script.type = 'application/json';
  script.textContent = text;
  data.appendChild(script);
  return data;
}

const tick = (): Promise<void> => new Promise((r) => setTimeout(r, 0));

describe('<remit-data>', () => {
  afterEach(unmountAll);

  it('reads inline JSON as text and follows edits to it', async () => {
    const data = withInline('inline-a', JSON.stringify(FOUNDING_PLAN));
    await tick();
    expect(data.state).toBe('ready');
    expect(data.store.plan!.items).toHaveLength(17);
    data.querySelector('script')!.textContent = JSON.stringify({
      items: [],
      units: [],
      assignments: [],
    });
    await tick();
    expect(data.state).toBe('empty');
  });

  it('reports broken inline JSON as an error with its place', async () => {
    const data = withInline('inline-b', '{ "items": [ }');
    await tick();
    expect(data.state).toBe('error');
    expect(data.store.error?.code).toBe('invalid-plan');
  });

  it('never runs inline content, whatever it holds', async () => {
    const trap = installXssTrap();
    try {
      const data = withInline(
        'inline-c',
        JSON.stringify({
          items: [{ id: 'i1', title: '<img src=x onerror=__remitXss()>' }],
          units: [{ id: 'u1', name: '"><svg onload=__remitXss()>' }],
          assignments: [{ item: 'i1', unit: 'u1', role: 'lead' }],
          __proto__: { polluted: true },
        }),
      );
      await tick();
      expect(data.state).toBe('ready');
      expect(({} as Record<string, unknown>).polluted).toBeUndefined();
      expect(trap.count()).toBe(0);
    } finally {
      trap.restore();
    }
  });

  it('loads src, and aborts the fetch in flight when src changes', async () => {
    const first = URL.createObjectURL(
      new Blob([JSON.stringify(FOUNDING_PLAN)], { type: 'application/json' }),
    );
    const second = URL.createObjectURL(
      new Blob([JSON.stringify({ items: [{ id: 'x', title: 'x' }], units: [], assignments: [] })], {
        type: 'application/json',
      }),
    );
    const data = mount('remit-data', { src: first });
    expect(data.state).toBe('loading');
    data.src = second;
    await data.updateComplete;
    await data.settled;
    expect(data.state).toBe('ready');
    expect(data.store.plan!.items).toHaveLength(1);
  });

  it('lets elements declared before it find it, and follows its plan changes', async () => {
    const chart = mount('test-chart', { source: 'late' });
    await chart.renderComplete;
    const data = mount('remit-data', { id: 'late' }, { data: FOUNDING_PLAN });
    await tick();
    await chart.renderComplete;
    expect(chart.store).toBe(data.store);
    expect(chart.shadowRoot!.querySelectorAll('[data-unit]').length).toBe(15);
    data.data = { items: [], units: [], assignments: [] };
    await data.updateComplete;
    await chart.renderComplete;
    expect(chart.shadowRoot!.querySelector('[data-state]')!.getAttribute('data-state')).toBe(
      'empty',
    );
  });

  it('reads CSV and text documents through core', async () => {
    const csv = URL.createObjectURL(
      new Blob(['序号,任务,牵头单位,责任单位\n1,加强法治建设,区司法局,区财政局\n'], {
        type: 'text/csv',
      }),
    );
    const data = mount('remit-data', { src: `${csv}#plan.csv` });
    await data.updateComplete;
    await data.settled;
    expect(data.state).toBe('ready');
    expect(data.store.plan!.units.map((u) => u.name).sort()).toEqual(
      ['区司法局', '区财政局'].sort(),
    );
  });
});
