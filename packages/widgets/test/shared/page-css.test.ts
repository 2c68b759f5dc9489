import { afterEach, describe, expect, it } from 'vitest';
import '../../src/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, settle, unmountAll } from '../browser/mount.js';

/**
 * A host page's stylesheet that forces every inherited text and paint
 * property on every element (the Remit element itself included), without
 * touching anything that sizes the element's own box.
 */
const PAGE_CSS = `* {
  font-family: 'Times New Roman', serif; font-size: 30px; font-style: italic; font-weight: 900;
  line-height: 3; letter-spacing: 2px; word-spacing: 1em; text-transform: uppercase;
  text-align: justify; text-indent: 3em; text-shadow: 1px 1px 0 #f0f; font-variant: small-caps;
  color: red; white-space: nowrap; cursor: wait; fill: red; stroke: blue; stroke-width: 3px;
  visibility: visible; pointer-events: auto;
}`;

/** Inherited properties compared inside the shadow root with and without `PAGE_CSS`. */
const INHERITED = [
  'font-family',
  'font-size',
  'font-style',
  'font-weight',
  'font-variant',
  'line-height',
  'letter-spacing',
  'word-spacing',
  'text-transform',
  'text-align',
  'text-indent',
  'text-shadow',
  'color',
  'white-space',
  'cursor',
  'fill',
  'stroke',
  'stroke-width',
] as const;

const TAGS = [
  'remit-summary',
  'remit-heatmap',
  'remit-network',
  'remit-workload',
  'remit-table',
] as const;

type Tag = (typeof TAGS)[number];

async function draw(tag: Tag): Promise<HTMLElementTagNameMap[Tag]> {
  const el = mount(tag, { lang: 'zh-CN' }, { data: FOUNDING_PLAN });
  el.parentElement!.style.width = '640px';
  await settle(el);
  return el;
}

/** The host's size and, per shadow node, its inherited properties as computed. */
function styleProfile(el: HTMLElement): { size: string; nodes: string[] } {
  const box = el.getBoundingClientRect();
  const nodes = [...el.shadowRoot!.querySelectorAll('*')].map((node) => {
    const style = getComputedStyle(node);
    const values = INHERITED.map((p) => style.getPropertyValue(p)).join('|');
    return `${node.localName}.${node.getAttribute('class') ?? ''} ${values}`;
  });
  return { size: `${box.width}×${box.height}`, nodes };
}

afterEach(unmountAll);

describe('host-page CSS', () => {
  for (const tag of TAGS) {
    it(`does not reach inside <${tag}>: under a page rule matching every element, same size and same inherited styles`, async () => {
      const plain = styleProfile(await draw(tag));
      unmountAll();
      const sheet = document.createElement('style');
      sheet.textContent = PAGE_CSS;
      document.head.append(sheet);
      try {
        // A new element, so that what it measures while drawing is measured under the page CSS.
        const styled = styleProfile(await draw(tag));
        expect(styled.size).toBe(plain.size);
        expect(styled.nodes.filter((n, i) => n !== plain.nodes[i])).toEqual([]);
        expect(styled.nodes.length).toBe(plain.nodes.length);
      } finally {
        sheet.remove();
      }
    });
  }

  it('leaves a page free to hide a container: visibility still inherits into the element', async () => {
    const el = await draw('remit-summary');
    el.parentElement!.style.visibility = 'hidden';
    const frame = el.shadowRoot!.querySelector('.frame')!;
    expect(getComputedStyle(frame).visibility).toBe('hidden');
  });
});
