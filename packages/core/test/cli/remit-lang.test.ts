import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/run-cli.js';

const directory = fileURLToPath(new URL('../../data/xuhui-directory.json', import.meta.url));
// Each case starts the real command as a separate process.
vi.setConfig({ testTimeout: 120_000 });

const CJK = /\p{Script=Han}/u;
/** A diagnostic line: `place: severity: message [code]`. */
const LINE =
  /^(?<place>.*?): (?<severity>error|warning|info): (?<message>.*) \[(?<code>[a-z]+\/[a-z0-9-]+)\]$/u;

let dir: string;
const file = (name: string, content: string) => {
  const path = join(dir, name);
  writeFileSync(path, content);
  return path;
};
const lines = (text: string) => text.trim().split('\n');
const parts = (line: string) => LINE.exec(line)?.groups ?? {};

beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'remit-lang-'));
});

// Notice text under 一、 is skipped; 区财政局区税务局 is split as run together.
const notice = [
  '1. 推进行政执法三项制度。（责任单位：区司法局、区府办）',
  '2. 加强法治宣传教育。（责任单位：区财政局区税务局）',
  '一、各责任单位要高度重视，切实加强领导，确保各项任务按期完成。',
].join('\n');

describe('remit --lang', () => {
  it('prints the diagnostics of `parse` in Chinese with --lang zh, place, severity and code as in English', () => {
    const path = file('notice.txt', notice);
    const en = runCli(['parse', path]);
    const zh = runCli(['parse', path, '--lang', 'zh']);
    expect(zh.status).toBe(0);
    expect(zh.stdout).toBe(en.stdout);
    const enLines = lines(en.stderr).map(parts);
    const zhLines = lines(zh.stderr).map(parts);
    expect(zhLines.map((p) => p.code)).toEqual(['parse/run-together-split', 'parse/skipped-line']);
    expect(zhLines.map((p) => [p.place, p.severity, p.code])).toEqual(
      enLines.map((p) => [p.place, p.severity, p.code]),
    );
    for (const { message } of zhLines) {
      expect(message).toMatch(CJK);
      expect(message).not.toMatch(/parse:|[a-z]{4,} [a-z]{4,}/u);
    }
    expect(zhLines[0]!.message).toBe(
      '“区财政局区税务局”已读作连写在一起的几个单位。请核对拆分是否正确。',
    );
  });

  it('keeps the diagnostics in English by default', () => {
    const r = runCli(['parse', file('notice-en.txt', notice)]);
    expect(lines(r.stderr).map((line) => parts(line).message)).toEqual([
      'parse: "区财政局区税务局" was read as several units written together; check the split.',
      expect.stringMatching(/^parse: numbered text without a responsibility clause/u),
    ]);
  });

  it('writes the diagnostics of `parse --format table` in Chinese', () => {
    const r = runCli([
      'parse',
      file('notice-table.txt', notice),
      '--format',
      'table',
      '--lang',
      'zh',
    ]);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('Diagnostics (2)');
    expect(r.stdout).toContain('“区财政局区税务局”已读作连写在一起的几个单位。');
  });

  it('quotes the diagnostic of an unusable file in Chinese', () => {
    const r = runCli([
      'parse',
      file('notice-only.txt', '关于做好工作的通知\n各单位要高度重视。\n'),
      '--lang',
      'zh',
    ]);
    expect(r.status).toBe(1);
    expect(r.stderr.trim()).toMatch(
      /^remit: .*notice-only\.txt: error: 没有找到任务：.* \[parse\/no-items\]$/u,
    );
  });

  it('words the notes the command line adds itself in Chinese', () => {
    const csv = file(
      'alias.csv',
      'item,unit,role\ni1,区司法局,lead\ni2,司法局,member\ni3,区体育局,member\n',
    );
    const alias = runCli(['metrics', csv, '--lang', 'zh']);
    expect(alias.status).toBe(0);
    expect(lines(alias.stderr)).toEqual([
      `${csv}: info: “司法局”和“区司法局”可能是同一单位（去掉行政层级后名称相同），目前分开计算。请用 --directory 指定单位名录将其合并。 [units/likely-alias]`,
    ]);
    const unknown = runCli(['metrics', csv, '--directory', directory, '--lang', 'zh']);
    expect(lines(unknown.stderr)).toContain(
      `${directory}: info: 有 2 个单位不在单位名录中，已按原样保留。 [directory/unknown-units]`,
    );
  });

  it('refuses a language other than en and zh with status 2', () => {
    const r = runCli(['parse', file('notice-fr.txt', notice), '--lang', 'fr']);
    expect(r.status).toBe(2);
    expect(r.stderr.trim()).toBe('remit: --lang must be en or zh, not "fr"');
  });
});
