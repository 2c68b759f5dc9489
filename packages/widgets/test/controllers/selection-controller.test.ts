import { afterEach, describe, expect, it } from 'vitest';
import '../../src/data/define.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';
import { mount, unmountAll } from '../browser/mount.js';
import '../browser/test-chart.js';

describe('SelectionController', () => {
  afterEach(unmountAll);

  it('fires remit-select and remit-hover once per change, bubbling and composed', async () => {
    const el = mount('test-chart', {}, { data: FOUNDING_PLAN });
    await el.renderComplete;
    const seen: string[] = [];
    document.addEventListener('remit-select', (e) =>
      seen.push(`select ${JSON.stringify(e.detail)} ${e.composed}`),
    );
    document.addEventListener('remit-hover', (e) => seen.push(`hover ${JSON.stringify(e.detail)}`));
    const bar = el.shadowRoot!.querySelector<SVGGElement>('[data-unit="u3"]')!;
    bar.dispatchEvent(new PointerEvent('pointerenter'));
    bar.dispatchEvent(new PointerEvent('pointerenter'));
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    bar.dispatchEvent(new MouseEvent('click', { bubbles: true }));
    expect(seen).toEqual([
      'hover {"kind":"unit","id":"u3"}',
      'select {"kind":"unit","id":"u3"} true',
      'select null true',
    ]);
  });

  it('keeps selections of separate stores apart and shares one store through <remit-data>', async () => {
    const a = mount('test-chart', {}, { data: FOUNDING_PLAN });
    const b = mount('test-chart', {}, { data: FOUNDING_PLAN });
    await Promise.all([a.renderComplete, b.renderComplete]);
    a.store.select({ kind: 'item', id: 'i1' });
    expect(b.store.selection).toBeNull();
    mount('remit-data', { id: 'shared-sel' }, { data: FOUNDING_PLAN });
    const c = mount('test-chart', { source: 'shared-sel' });
    const d = mount('test-chart', { source: 'shared-sel' });
    await Promise.all([c.renderComplete, d.renderComplete]);
    expect(c.store).toBe(d.store);
    c.store.select({ kind: 'unit', id: 'u1' });
    expect(d.store.selection).toEqual({ kind: 'unit', id: 'u1' });
  });
});
