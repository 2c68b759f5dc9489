import { afterEach, describe, expect, it, vi } from 'vitest';
import '../../src/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mountSized, unmountAll } from '../browser/mount.js';

afterEach(() => {
  vi.restoreAllMocks();
  unmountAll();
});

/** The toolbar's live region of `el`, once its text has changed from `before`. */
async function statusAfter(el: HTMLElement, before: string): Promise<HTMLElement> {
  const status = el.shadowRoot!.querySelector<HTMLElement>('[part~="export-status"]')!;
  await expect.poll(() => status.textContent).not.toBe(before);
  return status;
}

describe('a failed export is told to the user', () => {
  for (const [lang, expected] of [
    ['zh-CN', '无法导出 PNG。请重试，或改为下载 SVG。'],
    ['en', 'The PNG could not be made. Try again, or download the SVG.'],
  ] as const) {
    it(`the PNG button says in a live region that no canvas could be made (${lang})`, async () => {
      const el = await mountSized(
        'remit-heatmap',
        { width: '640px' },
        { toolbar: '', lang },
        { data: FOUNDING_PLAN },
      );
      const status = el.shadowRoot!.querySelector<HTMLElement>('[part~="export-status"]');
      expect(status, 'the live region is there before anything fails').not.toBeNull();
      expect(status!.getAttribute('role')).toBe('status');
      expect(status!.textContent).toBe('');
      vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
      const png = el.shadowRoot!.querySelector<HTMLButtonElement>('[data-export="png"]')!;
      png.click();
      const shown = await statusAfter(el, '');
      expect(shown.textContent).toBe(expected);
      expect(shown.checkVisibility()).toBe(true);
      const box = shown.getBoundingClientRect();
      expect(box.width).toBeGreaterThan(0);
      expect(box.height).toBeGreaterThan(0);
    });
  }

  it('a later export that works clears the message', async () => {
    const el = await mountSized(
      'remit-heatmap',
      { width: '640px' },
      { toolbar: '', lang: 'en' },
      { data: FOUNDING_PLAN },
    );
    const getContext = vi.spyOn(HTMLCanvasElement.prototype, 'getContext').mockReturnValue(null);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-export="png"]')!.click();
    await statusAfter(el, '');
    getContext.mockRestore();
    // a download link is clicked; keep the test page where it is
    vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(() => undefined);
    el.shadowRoot!.querySelector<HTMLButtonElement>('[data-export="svg"]')!.click();
    const status = el.shadowRoot!.querySelector<HTMLElement>('[part~="export-status"]')!;
    await expect.poll(() => status.textContent).toBe('');
  });
});
