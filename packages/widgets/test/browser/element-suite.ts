import type { Plan } from '@remit/core/model';
import { afterEach, describe, expect, it } from 'vitest';
import type { RemitElement } from '../../src/shared/remit-element.js';
import { assertInert, deepTexts } from './assert-inert.js';
import { axeViolations } from './axe.js';
import { syntheticPlan } from '../../src/network/synthetic-plan.js';
import { FOUNDING_PLAN } from './founding-plan.js';
import { HOSTILE_PAYLOADS, installXssTrap } from './hostile-payloads.js';
import { installLeakProbe } from './leak-probe.js';
import { unmountAll } from './mount.js';

export interface ElementSuiteOptions {
  /** attributes set on every instance (e.g. `{ view: 'units' }`) */
  attributes?: Record<string, string>;
  /** how many marks (bars, cards, rows) are drawn */
  marks: (el: HTMLElement) => number;
  /** marks for the founding plan */
  foundingMarks: number;
  /**
   * The names and titles of `plan` this element draws, each of which must be
   * found verbatim in its text, accessible names or data table.
   */
  drawnTexts: (plan: Plan) => string[];
}

type Element = RemitElement & HTMLElement;

function create(tag: string, options: ElementSuiteOptions, data?: unknown): Element {
  const host = document.createElement('div');
  host.className = 'fixture';
  host.style.setProperty('width', '640px');
  const el = document.createElement(tag) as Element;
  for (const [k, v] of Object.entries(options.attributes ?? {})) el.setAttribute(k, v);
  if (data !== undefined) el.data = data;
  host.appendChild(el);
  document.body.appendChild(host);
  return el;
}

/** A plan whose unit names, item titles and section titles are the hostile payloads. */
export function hostilePlan(): Plan {
  const n = HOSTILE_PAYLOADS.length;
  return {
    meta: { title: HOSTILE_PAYLOADS[0]! },
    sections: HOSTILE_PAYLOADS.slice(0, 8).map((title, s) => ({ id: `s${s + 1}`, title })),
    items: HOSTILE_PAYLOADS.map((title, i) => ({
      id: `i${i + 1}`,
      title,
      section: `s${(i % 8) + 1}`,
    })),
    units: HOSTILE_PAYLOADS.map((name, u) => ({ id: `u${u + 1}`, name })),
    assignments: HOSTILE_PAYLOADS.flatMap((_, i) => [
      { item: `i${i + 1}`, unit: `u${i + 1}`, role: 'lead' as const },
      { item: `i${i + 1}`, unit: `u${((i + 1) % n) + 1}`, role: 'member' as const },
    ]),
  };
}

/**
 * The behaviour every Remit element must show, as a describe block: the
 * founding plan drawn, axe clean in empty / typical / large states, exports
 * that parse, a bad `src` contained, hostile text drawn literally, no leaks
 * after 1,000 connect/disconnect cycles, 20 independent instances.
 */
export function elementSuite(tag: string, options: ElementSuiteOptions): void {
  describe(`<${tag}> (shared behaviour)`, () => {
    afterEach(unmountAll);

    it('draws the founding plan', async () => {
      const el = create(tag, options, FOUNDING_PLAN);
      await el.renderComplete;
      expect(options.marks(el)).toBe(options.foundingMarks);
    });

    it('has no axe violations when idle, empty, typical and large', async () => {
      for (const data of [
        undefined,
        { items: [], units: [], assignments: [] },
        FOUNDING_PLAN,
        syntheticPlan({ items: 120, units: 40 }),
      ]) {
        for (const lang of ['zh-CN', 'en']) {
          const el = create(tag, options, data);
          el.lang = lang;
          await el.renderComplete;
          expect(await axeViolations(el), `${lang} ${data ? 'plan' : 'idle'}`).toEqual([]);
          el.parentElement!.remove();
        }
      }
      const dark = create(tag, options, FOUNDING_PLAN);
      dark.setAttribute('theme', 'dark');
      await dark.renderComplete;
      expect(await axeViolations(dark)).toEqual([]);
    });

    it('exports a standalone SVG and a PNG', async () => {
      const el = create(tag, options, FOUNDING_PLAN);
      await el.renderComplete;
      const text = el.toSVG();
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      expect(doc.querySelector('parsererror')).toBeNull();
      expect(doc.documentElement.localName).toBe('svg');
      expect(doc.querySelector('title')?.textContent).toBe(el.accessibleName);
      const png = await el.toPNG({ scale: 1 });
      expect(png.type).toBe('image/png');
      const bitmap = await createImageBitmap(png);
      expect(bitmap.width).toBeGreaterThan(0);
      bitmap.close();
    });

    it('shows the error state for a bad src and throws nothing into the page', async () => {
      const thrown: unknown[] = [];
      const onRejection = (e: PromiseRejectionEvent): void => void thrown.push(e.reason);
      const onError = (e: ErrorEvent): void => void thrown.push(e.error);
      window.addEventListener('unhandledrejection', onRejection);
      window.addEventListener('error', onError);
      try {
        const bad = [
          '/no/such/plan.json',
          'http://127.0.0.1:9/refused.json',
          URL.createObjectURL(new Blob(['{"items": [1, 2'], { type: 'application/json' })),
          URL.createObjectURL(
            new Blob([new Uint8Array([0x50, 0x4b, 3, 4, 0, 0])], {
              type: 'application/octet-stream',
            }),
          ),
        ];
        for (const src of bad) {
          const el = create(tag, options);
          el.lang = 'en';
          el.src = src;
          await el.renderComplete;
          const state = el.shadowRoot!.querySelector('[data-state]');
          expect(state?.getAttribute('data-state'), src).toBe('error');
          expect(state?.textContent?.trim().length).toBeGreaterThan(10);
        }
        await new Promise((r) => setTimeout(r, 20));
      } finally {
        window.removeEventListener('unhandledrejection', onRejection);
        window.removeEventListener('error', onError);
      }
      expect(thrown).toEqual([]);
    });

    it(`draws ${HOSTILE_PAYLOADS.length} hostile payloads as text in the element and its export`, async () => {
      const trap = installXssTrap();
      try {
        const el = create(tag, options, hostilePlan());
        await el.renderComplete;
        await new Promise((r) => setTimeout(r, 50));
        const plan = el.store.plan!;
        const expected = options.drawnTexts(plan);
        expect(expected.length).toBeGreaterThan(0);
        assertInert(el, { trapCount: trap.count(), payloads: expected });
        const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
        expect(doc.querySelector('parsererror')).toBeNull();
        expect(doc.querySelectorAll('script, foreignObject, image, a, style').length).toBe(0);
        const exported = [...doc.querySelectorAll('*')].flatMap((n) =>
          [...n.childNodes].filter((c) => c.nodeType === 3).map((c) => c.textContent ?? ''),
        );
        expect(exported.join('\n')).toContain(plan.units[0]!.name.slice(0, 8));
        expect(getComputedStyle(document.body).display).toBe('block');
        expect(getComputedStyle(el).display).toBe('block');
        expect(trap.count()).toBe(0);
      } finally {
        trap.restore();
      }
    });

    it('leaves no timers, frames, observers or listeners after 1,000 connect/disconnect cycles', async () => {
      const el = create(tag, options, FOUNDING_PLAN);
      await el.renderComplete;
      const parent = el.parentElement!;
      const probe = installLeakProbe();
      try {
        for (let i = 0; i < 1000; i++) {
          parent.removeChild(el);
          parent.appendChild(el);
          if (i % 100 === 0) await el.renderComplete;
        }
        await el.renderComplete;
        expect(options.marks(el)).toBe(options.foundingMarks);
        parent.removeChild(el);
        await new Promise((r) => setTimeout(r, 30));
        expect(probe.pending()).toEqual({ timeouts: 0, frames: 0, observers: 0, listeners: 0 });
      } finally {
        probe.restore();
      }
      parent.appendChild(el);
      await el.renderComplete;
      expect(options.marks(el)).toBe(options.foundingMarks);
    });

    it('draws 20 instances on one page without cross-talk', async () => {
      const els = Array.from({ length: 20 }, () => create(tag, options, FOUNDING_PLAN));
      await Promise.all(els.map((el) => el.renderComplete));
      for (const el of els) expect(options.marks(el)).toBe(options.foundingMarks);
      els[0]!.store.select({ kind: 'unit', id: 'u1' });
      await Promise.all(els.map((el) => el.renderComplete));
      expect(els.slice(1).every((el) => el.store.selection === null)).toBe(true);
      const texts = deepTexts(els[1]!).join('|');
      expect(texts).toBe(deepTexts(els[2]!).join('|'));
    });
  });
}
