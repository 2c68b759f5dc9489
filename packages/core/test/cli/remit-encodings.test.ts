import { execFileSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { encodeLegacy } from '../io/helpers/encode-legacy.js';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

const data = (name: string) => fileURLToPath(new URL(`../../data/${name}`, import.meta.url));
const fixture = (name: string) =>
  fileURLToPath(new URL(`../../../../fixtures/${name}`, import.meta.url));
const utf8 = (text: string) => new TextEncoder().encode(text);
// Each case starts the real command as a separate process.
vi.setConfig({ testTimeout: 120_000 });

const temp = useTempDir('encodings');
const file = temp.file;

describe('remit reads every file through one decoder', () => {
  it('reads a UTF-8 CSV with one GBK word as UTF-8 and warns on the line of the word', () => {
    const csv = file(
      'mixed.csv',
      new Uint8Array([
        ...utf8('item,title,unit,role\ni1,推进工作,区发改委,lead\ni3,'),
        ...encodeLegacy('落实', 'gb18030'),
        ...utf8(',区教育局,member\n'),
      ]),
    );
    const r = runCli(['convert', csv, '--to', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('i1,推进工作,,,,区发改委,lead');
    expect(r.stdout).toContain('i3,落实,,,,区教育局,member');
    expect(r.stderr).toMatch(/mixed\.csv:3: warning: .*line 3.*\[bytes\/mixed\]/u);
  });

  it('reads a Big5 document with full-width punctuation as Big5', () => {
    const text = [
      '咸寧市政府工作報告責任分解方案',
      '',
      '1.完善一刻鐘公共文體服務圈。推進“數字三館”建設，打造一批城鄉書房。（牽頭單位：市文旅局；責任單位：市體育事業發展中心，各縣市區人民政府）',
      '2.持續開展文化惠民活動，形成一縣一品牌、一鎮一特色。（牽頭單位：市文旅局；責任單位：各縣市區人民政府）',
      '3.加強統籌協調，推動重點項目建設。（牽頭單位：市發改委；責任單位：市財政局）',
      '',
    ].join('\n');
    const txt = file('big5.txt', encodeLegacy(text, 'big5'));
    const r = runCli(['parse', txt, '--format', 'json']);
    expect(r.status).toBe(0);
    const plan = JSON.parse(r.stdout) as { units: { name: string }[]; meta: { encoding: string } };
    expect(plan.meta.encoding).toBe('big5');
    expect(plan.units.map((u) => u.name)).toContain('市文旅局');
    expect(r.stderr).toContain('[bytes/big5]');
  });

  it('reads a Big5 CSV as Big5', () => {
    const r = runCli(['convert', fixture('io/bytes/big5.csv'), '--to', 'csv']);
    expect(r.status).toBe(0);
    expect(r.stdout).toContain('區發展和改革委員會');
  });

  it('shows the decoder notes with the error when a file in another encoding cannot be read', () => {
    const csv = file(
      'no-units.csv',
      encodeLegacy('序號，工作任務\n1，打造一流法治化營商環境\n', 'big5'),
    );
    const r = runCli(['convert', csv, '--to', 'csv']);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain('[csv/no-header]');
    expect(r.stderr).toContain('[bytes/big5]');
  });

  it('reads a --directory in GBK as it reads the same directory in UTF-8', () => {
    const plan = data('xuhui-2020-fazhi.json');
    const directory = data('xuhui-directory.json');
    const gbk = file(
      'directory-gbk.json',
      execFileSync('iconv', ['-f', 'UTF-8', '-t', 'GBK', directory]),
    );
    const args = ['metrics', plan, '--format', 'json', '--expand-groups', '--directory'];
    const expected = runCli([...args, directory]);
    const r = runCli([...args, gbk]);
    expect(expected.status).toBe(0);
    expect(r.status).toBe(0);
    expect(r.stdout).toBe(expected.stdout);
    expect(r.stdout).toContain('华泾镇');
    expect(r.stdout).not.toContain('\uFFFD');
    expect(r.stderr).toContain('[bytes/encoding]');
  });

  it('refuses a --directory that is not text, naming the file', () => {
    const xlsx = file('directory.json', readFileSync(fixture('io/bytes/xlsx-renamed.csv')));
    const r = runCli(['metrics', data('xuhui-2020-fazhi.json'), '--directory', xlsx]);
    expect(r.status).toBe(1);
    expect(r.stderr).toContain(`${xlsx}: error:`);
    expect(r.stderr).toContain('[bytes/binary]');
  });
});
