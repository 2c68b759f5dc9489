import { afterEach, describe, expect, it } from 'vitest';
import '../../src/data/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, unmountAll } from '../browser/mount.js';
import '../browser/test-chart.js';

/** Every `remit-select` heard on the document: its detail and the element that fired it. */
function listen(): { heard: { detail: unknown; from: string }[]; stop: () => void } {
  const heard: { detail: unknown; from: string }[] = [];
  const on = (e: HTMLElementEventMap['remit-select']): void => {
    heard.push({ detail: e.detail, from: (e.composedPath()[0] as Element).localName });
  };
  document.addEventListener('remit-select', on);
  return { heard, stop: () => document.removeEventListener('remit-select', on) };
}

const smallPlan = {
  items: [{ id: 'i1', title: 'one' }],
  units: [{ id: 'a', name: '甲' }],
  assignments: [{ item: 'i1', unit: 'a', role: 'lead' }],
};

describe('selection is a property and an event both ways', () => {
  afterEach(unmountAll);

  it('store.select() on <remit-data> fires remit-select once, from <remit-data>, and every view shows it', async () => {
    const data = mount('remit-data', { id: 'events-a' }, { data: FOUNDING_PLAN });
    const chart = mount('test-chart', { source: 'events-a' });
    await chart.renderComplete;
    const { heard, stop } = listen();
    try {
      data.store.select({ kind: 'unit', id: 'u3' });
      data.store.select({ kind: 'unit', id: 'u3' }); // no change, no event
      await chart.renderComplete;
      expect(heard).toEqual([{ detail: { kind: 'unit', id: 'u3' }, from: 'remit-data' }]);
      expect(
        chart.shadowRoot!.querySelector('[data-unit="u3"]')!.getAttribute('aria-pressed'),
      ).toBe('true');
      data.store.select(null);
      expect(heard.at(-1)).toEqual({ detail: null, from: 'remit-data' });
    } finally {
      stop();
    }
  });

  it('a click fires remit-select once, from the element clicked, not again from <remit-data>', async () => {
    mount('remit-data', { id: 'events-b' }, { data: FOUNDING_PLAN });
    const chart = mount('test-chart', { source: 'events-b' });
    await chart.renderComplete;
    const { heard, stop } = listen();
    try {
      (chart.shadowRoot!.querySelector('[data-unit="u2"]') as SVGGElement).dispatchEvent(
        new MouseEvent('click', { bubbles: true, composed: true }),
      );
      expect(heard).toEqual([{ detail: { kind: 'unit', id: 'u2' }, from: 'test-chart' }]);
    } finally {
      stop();
    }
  });

  it('store.select() on an element with its own plan fires from that element', async () => {
    const chart = mount('test-chart', {}, { data: FOUNDING_PLAN });
    await chart.renderComplete;
    const { heard, stop } = listen();
    try {
      chart.store.select({ kind: 'item', id: 'i1' });
      expect(heard).toEqual([{ detail: { kind: 'item', id: 'i1' }, from: 'test-chart' }]);
    } finally {
      stop();
    }
  });

  it('a new plan that clears the selection is heard as remit-select with null; one without a selection is silent', async () => {
    const data = mount('remit-data', { id: 'events-c' }, { data: FOUNDING_PLAN });
    data.store.select({ kind: 'unit', id: 'u1' });
    const { heard, stop } = listen();
    try {
      data.data = smallPlan;
      await data.updateComplete;
      expect(heard).toEqual([{ detail: null, from: 'remit-data' }]);
      data.data = { ...smallPlan };
      await data.updateComplete;
      expect(heard).toHaveLength(1);
    } finally {
      stop();
    }
  });

  it('subscribe() hears data and selection changes and stops when asked', () => {
    const data = mount('remit-data', { id: 'events-d' }, { data: FOUNDING_PLAN });
    const changes: string[] = [];
    const stop = data.store.subscribe((change, store) =>
      changes.push(`${change}:${store.selection?.id ?? '-'}`),
    );
    data.store.select({ kind: 'unit', id: 'u1' });
    stop();
    data.store.select({ kind: 'unit', id: 'u2' });
    expect(changes).toEqual(['selection:u1']);
  });
});
