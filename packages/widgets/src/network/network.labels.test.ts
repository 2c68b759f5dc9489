import { afterAll, describe, expect, it } from 'vitest';
import './define.js';
import { CORPUS_PLANS } from '../../test/browser/corpus-plans.js';
import { mountSized, settleLayout, unmountAll } from '../../test/browser/mount.js';
import type { RemitNetwork } from './network.js';

const plans = CORPUS_PLANS;

const WIDTHS = [300, 390, 1280, 1920];

interface Circle {
  x: number;
  y: number;
  r: number;
}

/** The drawn node marks and label boxes, measured from the page as the user sees them. */
function measure(el: RemitNetwork): {
  nodes: Map<string, Circle>;
  labels: { index: string; box: DOMRect; described: string }[];
} {
  const root = el.shadowRoot!;
  const nodes = new Map<string, Circle>();
  for (const g of root.querySelectorAll('.node')) {
    const mark = g.querySelector('.mark')!.getBoundingClientRect();
    nodes.set(g.getAttribute('data-index')!, {
      x: mark.left + mark.width / 2,
      y: mark.top + mark.height / 2,
      r: Math.min(mark.width, mark.height) / 2,
    });
  }
  const labels = [...root.querySelectorAll('text.label')].map((t) => ({
    index: t.getAttribute('data-index')!,
    box: t.getBoundingClientRect(),
    described: `${t.textContent} x=${t.getAttribute('x')} y=${t.getAttribute('y')} ${t.getAttribute('text-anchor')}`,
  }));
  return { nodes, labels };
}

/** Distance from a node's edge to a box (negative when the box covers the node). */
function edgeDistance(box: DOMRect, c: Circle): number {
  const dx = Math.max(box.left - c.x, 0, c.x - box.right);
  const dy = Math.max(box.top - c.y, 0, c.y - box.bottom);
  return Math.hypot(dx, dy) - c.r;
}

async function drawn(plan: (typeof plans)[number]['plan'], width: number): Promise<RemitNetwork> {
  const el = await mountSized(
    'remit-network',
    { width: `${width}px` },
    { lang: 'zh-CN' },
    {
      data: plan,
    },
  );
  await settleLayout(el);
  return el;
}

afterAll(unmountAll);

describe('<remit-network> labels on every corpus plan', () => {
  it('reads the corpus', () => {
    expect(plans.length).toBeGreaterThanOrEqual(19);
  });

  for (const { name, plan } of plans) {
    it(`${name}: each label is nearer its own node than any other, and no two overlap`, async () => {
      let labelled = 0;
      for (const width of WIDTHS) {
        const el = await drawn(plan, width);
        expect(el.simulating, `${name} at ${width} px still laying out`).toBe(false);
        const { nodes, labels } = measure(el);
        for (const { index, box } of labels) {
          const own = nodes.get(index)!;
          const ownDistance = edgeDistance(box, own);
          for (const [other, c] of nodes) {
            if (other === index) continue;
            expect(
              ownDistance,
              `${name} at ${width} px: label of node ${index} is as near node ${other}`,
            ).toBeLessThan(edgeDistance(box, c));
          }
        }
        for (let i = 0; i < labels.length; i++) {
          for (let j = i + 1; j < labels.length; j++) {
            const a = labels[i]!.box;
            const b = labels[j]!.box;
            // half a pixel of anti-aliasing is not an overlap
            const overlap =
              a.left < b.right - 0.5 &&
              b.left < a.right - 0.5 &&
              a.top < b.bottom - 0.5 &&
              b.top < a.bottom - 0.5;
            expect(
              overlap,
              `${name} at ${width} px: labels of ${labels[i]!.index} and ${labels[j]!.index} overlap: ${labels[i]!.described} / ${labels[j]!.described} ${JSON.stringify([a, b])}`,
            ).toBe(false);
          }
        }
        labelled += labels.length;
        unmountAll();
      }
      // a network that names no unit would pass the checks above and tell nothing
      if (plan.units.length > 1) expect(labelled).toBeGreaterThan(0);
    });
  }
});
