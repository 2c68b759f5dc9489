import { describe, expect, it } from 'vitest';
import { loadPlan } from '../../src/data/load-plan.js';
import { readPlanText } from '../../src/data/read-plan-text.js';
import { FOUNDING_PLAN } from '../browser/founding-plan.js';

/** A `blob:` URL serving `bytes` with a content type, as a server would (no file extension). */
function served(bytes: Uint8Array, type: string): string {
  return URL.createObjectURL(new Blob([bytes as BlobPart], { type }));
}

const utf8 = (text: string) => new TextEncoder().encode(text);
const json = JSON.stringify(FOUNDING_PLAN);

/** The plan and diagnostics core's reader gives for the same bytes (the reader's own path). */
function byReader(bytes: Uint8Array, source: string) {
  const read = readPlanText(bytes, 'json', source);
  return { plan: read.value, diagnostics: read.diagnostics };
}

describe('loadPlan', () => {
  it('reads a Plan JSON in plain UTF-8 as the reader does', async () => {
    const bytes = utf8(json);
    const src = served(bytes, 'application/json');
    const loaded = await loadPlan(src);
    expect(loaded.error).toBeUndefined();
    expect(loaded.plan!.items).toHaveLength(17);
    expect(loaded).toEqual(byReader(bytes, src));
  });

  it('gives the same diagnostics as the reader for a Plan JSON in UTF-8 that is not a plan', async () => {
    const bytes = utf8('{ "items": [ }');
    const src = served(bytes, 'application/json');
    const loaded = await loadPlan(src);
    expect(loaded.error?.code).toBe('invalid-plan');
    expect(loaded.diagnostics).toEqual(byReader(bytes, src).diagnostics);
  });

  it('leaves JSON that is not plain UTF-8 to the reader: a byte order mark, UTF-16, a legacy encoding', async () => {
    const bom = new Uint8Array([0xef, 0xbb, 0xbf, ...utf8(json)]);
    const utf16 = new Uint8Array([
      0xff,
      0xfe,
      ...new Uint8Array(Uint16Array.from(json, (c) => c.charCodeAt(0)).buffer),
    ]);
    for (const bytes of [bom, utf16]) {
      const loaded = await loadPlan(served(bytes, 'application/json'));
      expect(loaded.error).toBeUndefined();
      expect(loaded.plan!.items).toHaveLength(17);
      expect(loaded.plan).toEqual(byReader(bytes, 'x').plan);
    }
    // 区司法局 in GB18030 is not UTF-8: the reader decodes it and says in which encoding
    const gb = new Uint8Array([
      ...utf8('{"remit":1,"items":[{"id":"i1","title":"t"}],"units":[{"id":"u1","name":"'),
      0xc7,
      0xf8,
      0xcb,
      0xbe,
      0xb7,
      0xa8,
      0xbe,
      0xd6,
      ...utf8('"}],"assignments":[{"item":"i1","unit":"u1","role":"lead"}]}'),
    ]);
    const src = served(gb, 'application/json');
    const loaded = await loadPlan(src);
    expect(loaded.plan?.units[0]?.name).toBe('区司法局');
    expect(loaded.diagnostics).toEqual(byReader(gb, src).diagnostics);
    expect(loaded.diagnostics.some((d) => d.code.startsWith('bytes/'))).toBe(true);
  });
});
