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
import type { RemitTable } from './remit-table.js';
import { CELL_CHARS } from './table.model.js';

const rows = (el: HTMLElement): number => el.shadowRoot!.querySelectorAll('tbody tr').length;
const firstColumn = (el: HTMLElement): string[] =>
  [...el.shadowRoot!.querySelectorAll('tbody th')].map((th) => th.textContent!.trim());
const column = (el: HTMLElement, i: number): string[] =>
  [...el.shadowRoot!.querySelectorAll('tbody tr')].map((tr) => tr.children[i]!.textContent!.trim());

/**
 * The words of an element's text drawn on more than one line; words are
 * separated by spaces, and a full-width opening bracket starts one
 * (牵头（推定）).
 */
function brokenWords(el: Element): string[] {
  const walker = document.createTreeWalker(el, NodeFilter.SHOW_TEXT);
  const broken: string[] = [];
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const text = node.textContent ?? '';
    for (const m of text.matchAll(/[^\s（]+|（[^\s（]*/gu)) {
      const range = document.createRange();
      range.setStart(node, m.index);
      range.setEnd(node, m.index + m[0].length);
      const tops = new Set([...range.getClientRects()].map((r) => Math.round(r.top)));
      if (tops.size > 1) broken.push(m[0]);
    }
  }
  return broken;
}

elementSuite('remit-table', {
  marks: rows,
  foundingMarks: 15,
  drawnTexts: (plan: Plan) => plan.units.map((u) => u.name),
});

elementSuite('remit-table', {
  attributes: { view: 'items' },
  marks: rows,
  foundingMarks: 17,
  drawnTexts: (plan: Plan) => [...plan.items.map((i) => i.title), ...plan.units.map((u) => u.name)],
});

describe('<remit-table>', () => {
  afterEach(unmountAll);

  it('is a real table with column and row headers and aria-sort on the sorted column', async () => {
    const el = mount('remit-table', { lang: 'en' }, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const headers = el.shadowRoot!.querySelectorAll('thead th[scope="col"]');
    expect(headers.length).toBe(7);
    expect(el.shadowRoot!.querySelectorAll('tbody th[scope="row"]').length).toBe(15);
    const sorted = el.shadowRoot!.querySelectorAll('th[aria-sort]');
    expect(sorted.length).toBe(1);
    expect(sorted[0]!.getAttribute('aria-sort')).toBe('descending');
    expect(sorted[0]!.textContent).toContain('Items');
  });

  it('sorts by a column on click and reverses on a second click, by keyboard too', async () => {
    const el = mount('remit-table', { lang: 'zh-CN' }, { data: FOUNDING_PLAN }) as RemitTable;
    await el.renderComplete;
    const nameHeader = el.shadowRoot!.querySelector<HTMLButtonElement>('thead th button')!;
    await userEvent.click(nameHeader);
    await el.renderComplete;
    const collator = new Intl.Collator('zh-CN');
    const names = firstColumn(el);
    expect(names).toEqual([...names].sort(collator.compare));
    expect(el.shadowRoot!.querySelector('thead th')!.getAttribute('aria-sort')).toBe('ascending');
    nameHeader.focus();
    await userEvent.keyboard('{Enter}');
    await el.renderComplete;
    expect(firstColumn(el)).toEqual([...names].reverse().sort((a, b) => collator.compare(b, a)));
    expect(el.getAttribute('sort')).toBe('name');
    expect(el.getAttribute('direction')).toBe('descending');
  });

  it('moves between rows with arrow keys and selects with Enter', async () => {
    const el = mount('remit-table', {}, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const events: unknown[] = [];
    el.addEventListener('remit-select', (e) => events.push(e.detail));
    el.shadowRoot!.querySelector<HTMLButtonElement>('.pick[tabindex="0"]')!.focus();
    await userEvent.keyboard('{ArrowDown}{ArrowDown}{Enter}');
    await el.renderComplete;
    const focused = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focused.dataset.index).toBe('2');
    const id = focused.closest('tr')!.getAttribute('data-unit');
    expect(events).toEqual([{ kind: 'unit', id }]);
    expect(focused.closest('tr')!.getAttribute('aria-current')).toBe('true');
    await userEvent.keyboard('{Escape}');
    await el.renderComplete;
    expect(el.store.selection).toBeNull();
  });

  it('lists items with their units and highlights the items of a unit selected elsewhere', async () => {
    const data = mount('remit-data', { id: 'tbl-linked' }, { data: FOUNDING_PLAN });
    const el = mount('remit-table', { source: 'tbl-linked', view: 'items' });
    await el.renderComplete;
    expect(column(el, 0)[0]).toBe('打造一流法治化营商环境');
    data.store.select({ kind: 'unit', id: 'u2' });
    await el.renderComplete;
    const related = el.shadowRoot!.querySelectorAll('tr.related').length;
    expect(related).toBe(9);
    expect(el.shadowRoot!.querySelectorAll('tr.dimmed').length).toBe(17 - related);
  });

  it('never breaks a column header inside a word, at 900 px and at 320 px', async () => {
    for (const view of ['units', 'items']) {
      for (const lang of ['zh-CN', 'en']) {
        for (const width of ['900px', '320px']) {
          const el = mount('remit-table', { view, lang }, { data: FOUNDING_PLAN });
          el.parentElement!.style.setProperty('width', width);
          await settle(el);
          for (const label of el.shadowRoot!.querySelectorAll('thead .label')) {
            const where = `${view} ${lang} ${width}: ${label.textContent}`;
            expect(brokenWords(label), where).toEqual([]);
            const button = label.closest('button')!;
            expect(button.scrollWidth, `${where} clipped`).toBeLessThanOrEqual(button.clientWidth);
          }
          el.parentElement!.remove();
        }
      }
    }
  });

  it.runIf(SAVE_SCREENSHOTS)('saves screenshots in light, dark, Chinese and English', async () => {
    for (const [name, attrs, width] of [
      ['table-units-zh-light', { lang: 'zh-CN', theme: 'light' }, '640px'],
      ['table-units-en-dark', { lang: 'en', theme: 'dark' }, '640px'],
      ['table-items-zh-light', { lang: 'zh-CN', theme: 'light', view: 'items' }, '900px'],
      ['table-items-en-dark-320', { lang: 'en', theme: 'dark', view: 'items' }, '320px'],
    ] as const) {
      const el = mount('remit-table', { ...attrs }, { data: FOUNDING_PLAN });
      el.parentElement!.style.setProperty('width', width);
      await settle(el);
      await page.screenshot({ element: el, path: `../../screenshots/${name}.png` });
      el.parentElement!.remove();
    }
  });

  it('exports a PNG with title and legend', async () => {
    const el = mount('remit-table', {}, { data: FOUNDING_PLAN });
    await settle(el);
    await saveExportPng(el, 'table-export');
  });
});

/** A plan of `n` items, each with one of ten units; item `i` is titled `任务i`. */
function longPlan(n: number, title = (i: number) => `任务${i}`): Plan {
  return {
    items: Array.from({ length: n }, (_, i) => ({ id: `i${i}`, title: title(i) })),
    units: Array.from({ length: 10 }, (_, u) => ({ id: `u${u}`, name: `单位${u}` })),
    assignments: Array.from({ length: n }, (_, i) => ({
      item: `i${i}`,
      unit: `u${i % 10}`,
      role: 'member' as const,
    })),
  };
}

/** Resolves once the table has measured its rows and drawn the window they give. */
async function drawn(el: RemitTable): Promise<void> {
  for (let round = 0; round < 3; round++) {
    await el.renderComplete;
    await new Promise((r) => requestAnimationFrame(() => r(undefined)));
  }
}

describe('<remit-table> with many rows', () => {
  afterEach(unmountAll);

  it('keeps only the rows in view in the DOM, with the whole table’s scroll height and row indexes', async () => {
    const el = mount('remit-table', { view: 'items' }, { data: longPlan(100_000) }) as RemitTable;
    await drawn(el);
    const table = el.shadowRoot!.querySelector('table')!;
    expect(rows(el)).toBeLessThan(200);
    expect(table.getAttribute('aria-rowcount')).toBe('100001');
    const box = el.shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!;
    const row = el.shadowRoot!.querySelector('tbody tr:not(.spacer)')!;
    const rowHeight = row.getBoundingClientRect().height;
    expect(box.scrollHeight).toBeGreaterThanOrEqual(100_000 * rowHeight);
    expect(box.scrollHeight).toBeLessThan(100_000 * rowHeight + 2 * box.clientHeight);
    expect(row.getAttribute('aria-rowindex')).toBe('2');

    box.scrollTop = box.scrollHeight;
    box.dispatchEvent(new Event('scroll'));
    await drawn(el);
    expect(rows(el)).toBeLessThan(200);
    const last = [...el.shadowRoot!.querySelectorAll('tbody tr:not(.spacer)')].at(-1)!;
    expect(last.querySelector('th')!.textContent!.trim()).toBe('任务99999');
    expect(last.getAttribute('aria-rowindex')).toBe('100001');
    const lastBox = last.getBoundingClientRect();
    const view = box.getBoundingClientRect();
    expect(lastBox.bottom).toBeLessThanOrEqual(view.bottom + 1);
    expect(lastBox.top).toBeGreaterThanOrEqual(view.top);
  });

  it('moves to the last row and back by keyboard, drawing and showing the row it moves to', async () => {
    const el = mount('remit-table', { view: 'items' }, { data: longPlan(100_000) }) as RemitTable;
    await drawn(el);
    el.shadowRoot!.querySelector<HTMLButtonElement>('.pick[tabindex="0"]')!.focus();
    await userEvent.keyboard('{End}');
    await drawn(el);
    let focused = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focused.dataset.index).toBe('99999');
    expect(focused.textContent!.trim()).toBe('任务99999');
    const box = el
      .shadowRoot!.querySelector<HTMLElement>('[part="scroll"]')!
      .getBoundingClientRect();
    expect(focused.getBoundingClientRect().bottom).toBeLessThanOrEqual(box.bottom + 1);
    await userEvent.keyboard('{ArrowUp}');
    await drawn(el);
    focused = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focused.dataset.index).toBe('99998');
    await userEvent.keyboard('{Home}');
    await drawn(el);
    focused = el.shadowRoot!.activeElement as HTMLButtonElement;
    expect(focused.textContent!.trim()).toBe('任务0');
    expect(rows(el)).toBeLessThan(200);
  });

  it('cuts a 10,000-character name with … and keeps the whole name as its tooltip; its PNG export stays small', async () => {
    const name = '长'.repeat(10_000);
    const plan = longPlan(3, (i) => (i === 1 ? name : `任务${i}`));
    const el = mount('remit-table', { view: 'items' }, { data: plan }) as RemitTable;
    el.parentElement!.style.setProperty('width', '900px');
    await drawn(el);
    const pick = el.shadowRoot!.querySelectorAll<HTMLButtonElement>('.pick')[1]!;
    expect(pick.textContent!.trim()).toBe(`${'长'.repeat(CELL_CHARS - 1)}…`);
    expect(pick.title).toBe(name);
    expect(el.getBoundingClientRect().height).toBeLessThan(600);
    const png = await el.toPNG({ scale: 1 });
    const bitmap = await createImageBitmap(png);
    expect(bitmap.height).toBeLessThan(1000);
  });
});
