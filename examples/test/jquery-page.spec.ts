import type { Browser } from 'playwright';
import { describe, expect, inject, it } from 'vitest';
import {
  launchChromium,
  openWatched,
  settleViews,
} from '../../packages/widgets/test/bundle/browser.js';
import { serveStatic } from '../../packages/widgets/test/bundle/static-server.js';
import { driveApp } from './support/app-flow.js';
import { launchChromium86 } from './support/chromium-86.js';
import { mustRun } from './support/clients.js';

const dir = inject('clients').apps['jquery-page'];

/** ECharts as the page has it (a global from its classic script), as far as the test uses it. */
declare const echarts: {
  getInstanceByDom(el: HTMLElement):
    | {
        getOption(): unknown;
        convertToPixel(finder: { seriesIndex: number }, value: number[]): number[] | number;
      }
    | undefined;
};

describe('a jQuery + Bootstrap 3 portal page with the classic-script bundle from the tarball', () => {
  it('builds (copies the bundle into its static files)', async () => {
    await mustRun('npm', ['run', 'build'], dir);
  });

  it('draws the plan the page loaded, replaces it, and hears every selection', async () => {
    await driveApp(`${dir}/dist`, { ownListener: false });
  });

  it("links the portal's own ECharts chart with Remit's views both ways, the two agreeing on every count", async () => {
    const server = await serveStatic(`${dir}/dist`);
    const browser = await launchChromium();
    try {
      const { page, problems } = await openWatched(browser, server.origin);
      await page.goto(`${server.origin}/`, { waitUntil: 'load' });
      const bars = page.locator('remit-workload [data-unit]');
      await expect.poll(() => bars.count(), { timeout: 15_000 }).toBe(15);

      // ECharts draws tasks per unit from the page's own count; Remit's workload says the same
      const remit = Object.fromEntries(
        await bars.evaluateAll((rows) =>
          rows.map((r) => [r.getAttribute('data-unit'), Number(r.getAttribute('data-items'))]),
        ),
      );
      const drawn = await page.evaluate(() => {
        const chart = echarts.getInstanceByDom(document.getElementById('lead-chart')!)!;
        const option = chart.getOption() as { series: { data: number[] }[] };
        const plan = (
          document.querySelector('remit-data') as unknown as { data: { units: { id: string }[] } }
        ).data;
        return Object.fromEntries(plan.units.map((u, k) => [u.id, option.series[0]!.data[k]]));
      });
      expect(drawn).toEqual(remit);

      // a click on the third ECharts bar selects its unit in Remit's views (measured once every
      // view has finished drawing, so that nothing above the chart moves it before the click)
      await settleViews(page);
      // where the bar is, measured until it stays put: a view above the chart may yet change
      // its height (the network's layout arrives from its worker), later on a busy machine
      const thirdBar = () =>
        page.evaluate(() => {
          const el = document.getElementById('lead-chart')!;
          el.scrollIntoView({ block: 'center' });
          const chart = echarts.getInstanceByDom(el)!;
          const option = chart.getOption() as { series: { data: number[] }[] };
          const [x0, y] = chart.convertToPixel({ seriesIndex: 0 }, [0, 2]) as number[];
          const [x1] = chart.convertToPixel({ seriesIndex: 0 }, [
            option.series[0]!.data[2]!,
            2,
          ]) as number[];
          const box = el.getBoundingClientRect();
          return { x: box.left + (x0! + x1!) / 2, y: box.top + y! };
        });
      let third = await thirdBar();
      await expect
        .poll(
          async () => {
            const before = third;
            await page.waitForTimeout(200);
            third = await thirdBar();
            const hit = await page.evaluate(({ x, y }) => {
              const el = document.elementFromPoint(x, y);
              return el?.localName === 'path' && el.closest('#lead-chart') !== null;
            }, third);
            return hit && before.x === third.x && before.y === third.y;
          },
          { timeout: 15_000 },
        )
        .toBe(true);
      await page.mouse.click(third.x, third.y);
      // every view redraws its selection before the page hears it: slow on a loaded machine
      await expect
        .poll(() => page.locator('#selection').textContent(), { timeout: 15_000 })
        .toBe('已选：单位 u3');
      await expect
        .poll(() => page.locator('remit-table [data-unit="u3"]').getAttribute('aria-current'))
        .toBe('true');

      // a click in Remit's workload chart on u5 (the plan's fifth unit) marks its bar, alone, on
      // the ECharts chart
      await page.locator('remit-workload [data-unit="u5"]').click();
      await expect.poll(() => page.locator('#selection').textContent()).toBe('已选：单位 u5');
      const marked = () =>
        page.evaluate(() =>
          [...document.querySelectorAll('#lead-chart path')]
            .filter((p) => /^(#c7254e|rgb\(199,\s?37,\s?78\))$/i.test(p.getAttribute('fill') ?? ''))
            .map((p) => {
              const r = p.getBoundingClientRect();
              return r.top + r.height / 2;
            }),
        );
      await expect.poll(async () => (await marked()).length).toBe(1);
      const fifthRow = await page.evaluate(() => {
        const el = document.getElementById('lead-chart')!;
        const [, y] = echarts
          .getInstanceByDom(el)!
          .convertToPixel({ seriesIndex: 0 }, [0, 4]) as number[];
        return el.getBoundingClientRect().top + y!;
      });
      const [middle] = await marked();
      expect(Math.abs(middle! - fifthRow)).toBeLessThan(2);
      expect(problems.pageErrors).toEqual([]);
      expect(problems.consoleErrors).toEqual([]);
    } finally {
      await browser.close();
      await server.close();
    }
  });

  it('does the same in a real Chromium 86 with the legacy bundle (legacy.html)', async () => {
    await driveApp(`${dir}/dist`, {
      ownListener: false,
      page: 'legacy.html',
      browser: 'chromium-86',
    });
  });

  it('draws the same heatmap in Chromium 86: shades mixed in script, names inside their pane', async () => {
    const today = await heatmapFacts(launchChromium, 'index.html');
    const old = await heatmapFacts(launchChromium86, 'legacy.html');
    expect(old.version).toMatch(/^86\./);
    // the same five shades and bar colour, whether mixed by color-mix() or in script
    expect(old.fills.length).toBeGreaterThan(5);
    expect(old.fills.map(([name]) => name)).toEqual(today.fills.map(([name]) => name));
    for (const [k, [name, rgb]] of old.fills.entries()) {
      const [, expected] = today.fills[k]!;
      for (let c = 0; c < 3; c++)
        expect(Math.abs(rgb[c]! - expected[c]!), `${name} channel ${c}`).toBeLessThanOrEqual(1);
    }
    // every unit's name stands inside the column-name pane, as tall as today
    expect(old.labels).toHaveLength(15);
    for (const [k, label] of old.labels.entries()) {
      expect(label.top).toBeGreaterThanOrEqual(old.pane.top - 0.5);
      expect(label.bottom).toBeLessThanOrEqual(old.pane.bottom + 0.5);
      expect(Math.abs(label.height - today.labels[k]!.height)).toBeLessThanOrEqual(1);
    }
  });
});

interface HeatmapFacts {
  version: string;
  /** each shade's class and its colour as the browser computed it (0–255) */
  fills: [string, number[]][];
  pane: { top: number; bottom: number };
  labels: { top: number; bottom: number; height: number }[];
}

/** The heatmap of a page coloured by workload: its shades, and where its column names stand. */
async function heatmapFacts(launch: () => Promise<Browser>, page: string): Promise<HeatmapFacts> {
  const server = await serveStatic(`${dir}/dist`);
  const browser = await launch();
  try {
    const tab = await browser.newPage({ viewport: { width: 1200, height: 900 } });
    await tab.goto(`${server.origin}/${page}`, { waitUntil: 'load' });
    await tab.waitForFunction(() =>
      document.querySelector('remit-heatmap')?.shadowRoot?.querySelector('.colhead .column-label'),
    );
    await tab.evaluate(() =>
      document.querySelector('remit-heatmap')!.setAttribute('color', 'workload'),
    );
    await tab.waitForFunction(() =>
      document.querySelector('remit-heatmap')!.shadowRoot!.querySelector('[class^="ramp-"]'),
    );
    const facts = await tab.evaluate(() => {
      const root = document.querySelector('remit-heatmap')!.shadowRoot!;
      /** Any CSS colour as computed (rgb(), or color(srgb …) from color-mix()) in 0–255. */
      const channels = (value: string): number[] => {
        const srgb = /color\(srgb ([\d.]+) ([\d.]+) ([\d.]+)/.exec(value);
        if (srgb) return srgb.slice(1, 4).map((v) => Math.round(Number(v) * 255));
        return (value.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      };
      const fills: [string, number[]][] = [];
      for (const name of ['ramp-0', 'ramp-1', 'ramp-2', 'ramp-3', 'ramp-4', 'bar']) {
        const mark = root.querySelector(`.${name}`);
        if (mark) fills.push([name, channels(getComputedStyle(mark).fill)]);
      }
      const pane = root.querySelector('.colhead')!.getBoundingClientRect();
      const labels = [...root.querySelectorAll('.colhead .column-label')].map((g) => {
        const r = g.getBoundingClientRect();
        return { top: r.top, bottom: r.bottom, height: r.height };
      });
      return { fills, pane: { top: pane.top, bottom: pane.bottom }, labels };
    });
    return { version: browser.version(), ...facts };
  } finally {
    await browser.close();
    await server.close();
  }
}
