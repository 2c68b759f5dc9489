import { afterEach, describe, expect, it } from 'vitest';
import '../../src/data/define.js';
import type { RemitData } from '../../src/data/remit-data.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, unmountAll } from '../browser/mount.js';
import '../browser/test-chart.js';

const bars = (el: Element): number => el.shadowRoot!.querySelectorAll('[data-unit]').length;
const stateOf = (el: Element): string | null | undefined =>
  el.shadowRoot!.querySelector('[data-state]')?.getAttribute('data-state');

afterEach(unmountAll);

describe('RemitElement', () => {
  it('draws a plan given as the data property', async () => {
    const el = mount('test-chart');
    el.data = FOUNDING_PLAN;
    await el.renderComplete;
    expect(bars(el)).toBe(15);
  });

  it('shows the idle state without data and the empty state for an empty plan', async () => {
    const el = mount('test-chart', { lang: 'en' });
    await el.renderComplete;
    expect(stateOf(el)).toBe('idle');
    el.data = { items: [], units: [], assignments: [] };
    await el.renderComplete;
    expect(stateOf(el)).toBe('empty');
    expect(el.shadowRoot!.textContent).toContain('no items');
  });

  it('loads a src URL and shows an error state for a missing one without throwing', async () => {
    const errors: unknown[] = [];
    const onError = (e: PromiseRejectionEvent): void => void errors.push(e.reason);
    window.addEventListener('unhandledrejection', onError);
    const url = URL.createObjectURL(
      new Blob([JSON.stringify(FOUNDING_PLAN)], { type: 'application/json' }),
    );
    const ok = mount('test-chart', { src: url });
    await ok.renderComplete;
    expect(bars(ok)).toBe(15);
    const bad = mount('test-chart', { lang: 'en', src: '/no/such/plan.json' });
    await bad.renderComplete;
    expect(stateOf(bad)).toBe('error');
    expect(bad.shadowRoot!.textContent).toContain('HTTP 404');
    await new Promise((r) => setTimeout(r, 50));
    window.removeEventListener('unhandledrejection', onError);
    expect(errors).toEqual([]);
  });

  it('shares one plan and one selection through <remit-data>', async () => {
    const host = document.createElement('div');
    host.className = 'fixture';
    document.body.appendChild(host);
    const a = document.createElement('test-chart');
    a.source = 'p1';
    const b = document.createElement('test-chart');
    b.source = 'p1';
    host.append(a, b);
    const data = document.createElement('remit-data') as RemitData;
    data.id = 'p1';
    const script = document.createElement('script');
    script.type = 'application/json';
    script.textContent = JSON.stringify(FOUNDING_PLAN);
    data.appendChild(script);
    host.appendChild(data);
    await new Promise((r) => setTimeout(r, 0));
    await a.renderComplete;
    await b.renderComplete;
    expect(bars(a)).toBe(15);
    const events: unknown[] = [];
    host.addEventListener('remit-select', (e) => events.push(e.detail));
    (a.shadowRoot!.querySelector('[data-unit="u2"]') as SVGGElement).dispatchEvent(
      new MouseEvent('click', { bubbles: true, composed: true }),
    );
    await b.renderComplete;
    expect(events).toEqual([{ kind: 'unit', id: 'u2' }]);
    expect(b.shadowRoot!.querySelector('[data-unit="u2"]')!.getAttribute('aria-pressed')).toBe(
      'true',
    );
    b.dispatchEvent(new KeyboardEvent('keydown', { key: 'Escape', bubbles: true, composed: true }));
    await a.renderComplete;
    expect(a.shadowRoot!.querySelector('[data-unit="u2"]')!.getAttribute('aria-pressed')).toBe(
      'false',
    );
    expect(events).toEqual([{ kind: 'unit', id: 'u2' }, null]);
  });

  it('reports a missing <remit-data> source', async () => {
    const el = mount('test-chart', { lang: 'en', source: 'nowhere' });
    await el.renderComplete;
    expect(stateOf(el)).toBe('error');
    expect(el.shadowRoot!.textContent).toContain('nowhere');
  });

  it('exports a standalone SVG with title and data attributes, and a PNG', async () => {
    const el = mount('test-chart');
    el.data = FOUNDING_PLAN;
    await el.renderComplete;
    const text = el.toSVG();
    const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
    expect(doc.querySelector('parsererror')).toBeNull();
    expect(doc.querySelector('title')!.textContent).toBe('test chart');
    expect(doc.querySelectorAll('[data-unit]').length).toBe(15);
    const png = await el.toPNG({ scale: 1 });
    expect(png.type).toBe('image/png');
    const bitmap = await createImageBitmap(png);
    expect(bitmap.width).toBeGreaterThan(100);
  });

  it('aborts its fetch when src changes or it disconnects, and fetches again on reconnect', async () => {
    const signals: AbortSignal[] = [];
    const original = window.fetch;
    window.fetch = ((_url: RequestInfo | URL, init?: RequestInit) => {
      signals.push(init!.signal!);
      return new Promise<Response>((_, reject) =>
        init!.signal!.addEventListener('abort', () => reject(init!.signal!.reason)),
      );
    }) as typeof fetch;
    try {
      const el = mount('test-chart', { src: '/slow/a.json' });
      await el.updateComplete;
      el.src = '/slow/b.json';
      await el.updateComplete;
      expect(signals.map((s) => s.aborted)).toEqual([true, false]);
      el.remove();
      expect(signals[1]!.aborted).toBe(true);
      document.body.appendChild(el);
      await el.updateComplete;
      expect(signals).toHaveLength(3);
      expect(el.shadowRoot!.querySelector('[data-state]')!.getAttribute('data-state')).toBe(
        'loading',
      );
      el.remove();
    } finally {
      window.fetch = original;
    }
  });

  it('offers SVG and PNG downloads in a labelled toolbar once a plan is drawn', async () => {
    const el = mount('test-chart', { toolbar: '', lang: 'en' });
    await el.renderComplete;
    expect(el.shadowRoot!.querySelector('[part="toolbar"]')).toBeNull();
    el.data = FOUNDING_PLAN;
    await el.renderComplete;
    const toolbar = el.shadowRoot!.querySelector('[part="toolbar"]')!;
    expect(toolbar.getAttribute('aria-label')).toBe('Export');
    expect([...toolbar.querySelectorAll('button')].map((b) => b.textContent!.trim())).toEqual([
      'Download SVG',
      'Download PNG',
    ]);
  });
});
