import { appendFileSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import {
  appendPart,
  readManifest,
  writeManifest,
  type BatchSettings,
  type DoneFile,
} from '../../src/cli/batch/manifest.js';
import { resumeBatch } from '../../src/cli/batch/resume-batch.js';
import { PLAN_TABLE_NAMES } from '../../src/columnar/plan-table-schemas.js';
import { useTempDir } from '../support/temp-dir.js';

const temp = useTempDir('manifest');
const settings: BatchSettings = {
  directory: null,
  inferLead: null,
  expandGroups: false,
  lang: 'en',
};
const done = (key: string, mtimeMs = 1): DoneFile => ({
  key,
  path: key,
  size: 10,
  mtimeMs,
  items: 1,
  units: 1,
  assignments: 1,
  readMs: 1,
  codes: {},
});
/** A part's five table files, as a worker writes them (their content does not matter here). */
function partFiles(out: string, part: string): void {
  for (const t of PLAN_TABLE_NAMES) {
    mkdirSync(join(out, t), { recursive: true });
    writeFileSync(join(out, t, `${part}.parquet`), 'x');
  }
}

describe('the batch manifest', () => {
  it('reads back what was written, and leaves out a last line cut short', () => {
    const out = temp.path('a');
    mkdirSync(out);
    writeManifest(out, { settings, parts: [] });
    appendPart(out, { part: 'p1', files: [done('/a.txt')] });
    appendFileSync(join(out, 'manifest.jsonl'), '{"part":"p2","files":[{"key":"/b.t');
    expect(readManifest(out)).toEqual({
      settings,
      parts: [{ part: 'p1', files: [done('/a.txt')] }],
    });
  });

  it('refuses a file that is not a manifest', () => {
    const out = temp.path('b');
    mkdirSync(out);
    writeFileSync(join(out, 'manifest.jsonl'), 'hello\n');
    expect(() => readManifest(out)).toThrow(/not a manifest remit can read/u);
  });
});

describe('resumeBatch', () => {
  const file = (key: string, mtimeMs = 1) => ({ key, path: key, size: 10, mtimeMs });

  it('keeps parts whose files are unchanged, drops the rest and every unlisted file', () => {
    const out = temp.path('c');
    mkdirSync(out);
    writeManifest(out, { settings, parts: [] });
    for (const p of ['kept', 'changed', 'gone', 'failed', 'unlisted']) partFiles(out, p);
    writeFileSync(join(out, 'plans', '.kept-2.parquet.tmp'), 'x');
    appendPart(out, { part: 'kept', files: [done('/a.txt'), done('/b.txt')] });
    appendPart(out, { part: 'changed', files: [done('/c.txt'), done('/d.txt')] });
    appendPart(out, { part: 'gone', files: [done('/e.txt')] });
    appendPart(out, { part: 'failed', files: [{ ...done('/f.txt'), failed: 'no' }], failed: true });
    const { kept, todo } = resumeBatch(out, settings, [
      file('/a.txt'),
      file('/b.txt'),
      file('/c.txt', 2),
      file('/d.txt'),
      file('/f.txt'),
      file('/g.txt'),
    ]);
    expect(kept.map((p) => p.part)).toEqual(['kept']);
    expect(todo.map((f) => f.key)).toEqual(['/c.txt', '/d.txt', '/f.txt', '/g.txt']);
    for (const t of PLAN_TABLE_NAMES)
      expect(readFileSync(join(out, t, 'kept.parquet'), 'utf8')).toBe('x');
    expect(readManifest(out)!.parts.map((p) => p.part)).toEqual(['kept']);
    expect(readdirSync(join(out, 'plans'))).toEqual(['kept.parquet']);
  });

  it('will not write into a folder of other files, nor over tables read with other settings', () => {
    const other = temp.path('d');
    mkdirSync(other);
    writeFileSync(join(other, 'notes.txt'), 'mine');
    expect(() => resumeBatch(other, settings, [])).toThrow(
      /holds other files and no batch manifest/u,
    );
    const out = temp.path('e');
    mkdirSync(out);
    writeManifest(out, { settings, parts: [] });
    expect(() => resumeBatch(out, { ...settings, inferLead: 'first' }, [])).toThrow(
      /read with other settings \(no directory --lang en, now no directory --infer-lead first --lang en\)/u,
    );
  });
});
