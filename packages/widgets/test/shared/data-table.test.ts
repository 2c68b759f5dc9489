import { afterEach, describe, expect, it } from 'vitest';
import { page } from 'vitest/browser';
import '../../src/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, nextFrame, settle, unmountAll } from '../browser/mount.js';

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

  for (const tag of TAGS) {
    it(`of <${tag}> follows the painted picture; renderComplete waits for it`, async () => {
      const el = mount(tag, { lang: 'zh-CN' }) as HTMLElement & {
        data: unknown;
        updateComplete: Promise<boolean>;
        renderComplete: Promise<void>;
      };
      el.data = FOUNDING_PLAN;
      await el.updateComplete;
      const root = el.shadowRoot!;
      // the picture is drawn in the update that takes the plan in, the table is not
      expect(root.querySelector('svg')).not.toBeNull();
      expect(root.querySelector('table')).toBeNull();
      await nextFrame();
      expect(root.querySelector('table')).toBeNull();
      await el.renderComplete;
      expect(root.querySelectorAll('table tbody tr').length).toBeGreaterThanOrEqual(15);
      // disconnected before its turn, the table waits for the next connection
      el.data = { ...FOUNDING_PLAN, meta: { title: '另一计划' } };
      await el.updateComplete;
      const parent = el.parentElement!;
      el.remove();
      await new Promise((resolve) => setTimeout(resolve, 300));
      parent.append(el);
      await el.renderComplete;
      expect(root.querySelectorAll('table tbody tr').length).toBeGreaterThanOrEqual(15);
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
