import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, settle, unmountAll } from '../browser/mount.js';

const TAGS = ['remit-heatmap', 'remit-network', 'remit-workload'] as const;

afterEach(async () => {
  unmountAll();
  await page.viewport(1280, 900);
});

describe('the hidden data table alternative', () => {
  for (const tag of TAGS) {
    it(`of <${tag}> neither widens a 320 px page nor reaches below the element`, async () => {
      await page.viewport(320, 700);
      const el = mount(tag, { lang: 'zh-CN' }, { data: FOUNDING_PLAN });
      await settle(el);
      const table = el.shadowRoot!.querySelector('table[part~="data-table"]')!;
      expect(table).not.toBeNull();
      // Still a real table in the accessibility tree, with every unit row.
      expect(table.querySelectorAll('tbody tr').length).toBeGreaterThan(0);
      expect(document.documentElement.scrollWidth).toBeLessThanOrEqual(320);
      const host = el.getBoundingClientRect();
      const box = table.parentElement!.getBoundingClientRect();
      expect(getComputedStyle(table.parentElement!).overflow).toBe('hidden');
      expect(box.right).toBeLessThanOrEqual(host.right + 1);
      expect(box.bottom).toBeLessThanOrEqual(host.bottom + 1);
    });
  }

  it('is a bare table with hidden: false', async () => {
    const { dataTable } = await import('../../src/shared/data-table.js');
    const { render } = await import('lit');
    const host = document.createElement('div');
    host.className = 'fixture';
    document.body.append(host);
    render(
      dataTable({ caption: 'c', columns: [{ label: 'a' }], rows: [['x']], hidden: false }),
      host,
    );
    expect(host.querySelector('table')?.parentElement).toBe(host);
  });
});
