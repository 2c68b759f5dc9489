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

const cards = (el: HTMLElement): number => el.shadowRoot!.querySelectorAll('.card').length;

elementSuite('remit-summary', {
  marks: cards,
  foundingMarks: 6,
  // every unit of the hostile plan carries two items: the busiest are the first three
  drawnTexts: (plan: Plan) => plan.units.slice(0, 3).map((u) => u.name),
});

describe('<remit-summary>', () => {
  afterEach(unmountAll);

  it('shows the founding plan figures', async () => {
    const el = mount('remit-summary', { lang: 'en' }, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const value = (key: string): string | undefined =>
      el.shadowRoot!.querySelector(`[data-metric="${key}"] .value`)?.textContent?.trim();
    expect(value('items')).toBe('17');
    expect(value('units')).toBe('15');
    expect(value('assignments')).toBe('45');
    expect(value('itemsWithoutLead')).toBe('17');
    expect(el.shadowRoot!.querySelectorAll('[data-metric="busiest"] button').length).toBe(3);
  });

  it('selects a busiest unit by click or keyboard and clears it with Escape', async () => {
    const data = mount('remit-data', { id: 'sum-linked' }, { data: FOUNDING_PLAN });
    const el = mount('remit-summary', { source: 'sum-linked' });
    await el.renderComplete;
    const events: unknown[] = [];
    el.addEventListener('remit-select', (e) => events.push(e.detail));
    const button = el.shadowRoot!.querySelector<HTMLButtonElement>('button[data-unit]')!;
    await userEvent.click(button);
    await el.renderComplete;
    expect(data.store.selection).toEqual({ kind: 'unit', id: button.dataset.unit });
    expect(button.getAttribute('aria-pressed')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await el.renderComplete;
    expect(data.store.selection).toBeNull();
    button.focus();
    await userEvent.keyboard('{Enter}');
    await el.renderComplete;
    expect(events).toEqual([
      { kind: 'unit', id: button.dataset.unit },
      null,
      { kind: 'unit', id: button.dataset.unit },
    ]);
  });

  it('exports its cards with figures as SVG text', async () => {
    const el = mount('remit-summary', {}, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const doc = new DOMParser().parseFromString(el.toSVG(), 'image/svg+xml');
    expect(doc.querySelectorAll('rect[data-metric]').length).toBe(6);
    const texts = [...doc.querySelectorAll('text')].map((t) => t.textContent);
    expect(texts).toContain('17');
    expect(texts).toContain('45');
  });

  it.runIf(SAVE_SCREENSHOTS)('saves screenshots in light, dark, Chinese and English', async () => {
    for (const [name, attrs, width] of [
      ['summary-zh-light', { lang: 'zh-CN', theme: 'light' }, '640px'],
      ['summary-en-dark', { lang: 'en', theme: 'dark' }, '640px'],
      ['summary-zh-dark-320', { lang: 'zh-CN', theme: 'dark' }, '320px'],
      ['summary-en-light-320', { lang: 'en', theme: 'light' }, '320px'],
    ] as const) {
      const el = mount('remit-summary', { ...attrs }, { data: FOUNDING_PLAN });
      el.parentElement!.style.setProperty('width', width);
      await settle(el);
      await page.screenshot({ element: el, path: `../../screenshots/${name}.png` });
      el.parentElement!.remove();
    }
  });

  it('exports a PNG with title and legend', async () => {
    const el = mount('remit-summary', {}, { data: FOUNDING_PLAN });
    await settle(el);
    await saveExportPng(el, 'summary-export');
  });
});
