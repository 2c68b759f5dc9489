import { spawn } from 'node:child_process';
import {
  chmodSync,
  mkdirSync,
  mkdtempSync,
  symlinkSync,
  truncateSync,
  writeFileSync,
} from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { beforeAll, describe, expect, it, vi } from 'vitest';
import { writePlanJson } from '../../src/io/write-plan-json.js';
import type { Plan } from '../../src/model/plan.js';
import { runCli, type CliResult } from '../support/run-cli.js';

const bin = fileURLToPath(new URL('../../bin/remit.js', import.meta.url));
const plan = fileURLToPath(new URL('../../data/xuhui-2020-fazhi.json', import.meta.url));
const text = fileURLToPath(new URL('../../data/xuhui-2020-fazhi.txt', import.meta.url));
// Each case starts the real command as a separate process.
vi.setConfig({ testTimeout: 120_000 });

const MB = 1024 * 1024;
let dir: string;
beforeAll(() => {
  dir = mkdtempSync(join(tmpdir(), 'remit-bounds-'));
});

/** The lines on stderr; an error is always exactly one, without a stack trace. */
const errorLines = (r: CliResult) => r.stderr.trimEnd().split('\n');

/** A plan of `count` items, two units each: its JSON and CSV run to megabytes. */
function largePlan(count: number): Plan {
  const items = Array.from({ length: count }, (_, i) => ({
    id: `i${i + 1}`,
    title: `推进第${i + 1}项法治政府建设任务`,
  }));
  return {
    items,
    units: [
      { id: 'u1', name: '区司法局' },
      { id: 'u2', name: '区委依法治区办' },
    ],
    assignments: items.flatMap((item) => [
      { item: item.id, unit: 'u1', role: 'lead' as const },
      { item: item.id, unit: 'u2', role: 'member' as const },
    ]),
  };
}

describe('remit reads at most --max-size of a file', () => {
  it.each(['/dev/zero', '/dev/urandom'])(
    'stops reading a .txt that is %s once past --max-size, and names the file, the limit and the flag',
    (device) => {
      const path = join(dir, `${device.slice(5)}.txt`);
      symlinkSync(device, path);
      const r = runCli(['parse', path, '--max-size', '1MB']);
      expect(r.status).toBe(1);
      expect(errorLines(r)).toEqual([
        `remit: ${path}: has no size (a device or a pipe) and gave more than 1 MB, the most remit reads; --max-size SIZE raises the limit (up to 500 MB)`,
      ]);
    },
  );

  it('refuses a file over the default 50 MB by its size, shown apart from the limit (50.01 MB, not 50 MB)', () => {
    const path = join(dir, 'large.txt');
    writeFileSync(path, '');
    truncateSync(path, Math.round(50.01 * MB));
    const r = runCli(['metrics', path]);
    expect(r.status).toBe(1);
    expect(errorLines(r)).toEqual([
      `remit: ${path}: the file is 50.01 MB; remit reads plans of up to 50 MB; --max-size 51MB reads it`,
    ]);
  });

  it('reads what --max-size admits and refuses what it does not, in every command', () => {
    expect(runCli(['metrics', plan, '--max-size', '200MB']).status).toBe(0);
    expect(runCli(['parse', text, '--max-size', '12KB', '--quiet']).status).toBe(0);
    const refused = runCli(['convert', text, '--to', 'csv', '--max-size', '10KB']);
    expect(refused.status).toBe(1);
    expect(errorLines(refused)).toEqual([
      `remit: ${text}: the file is 11 KB; remit reads plans of up to 10 KB; --max-size 1MB reads it`,
    ]);
  });

  it('takes a --max-size that is not a size, or is above 500MB, as a bad argument (status 2)', () => {
    for (const size of ['big', '0', '10XB', '2GB']) {
      const r = runCli(['metrics', plan, '--max-size', size]);
      expect(r.status).toBe(2);
      expect(errorLines(r)).toHaveLength(1);
      expect(r.stderr).toContain(`"${size}"`);
    }
  });
});

describe('remit writing to a reader that stops early', () => {
  it('ends quietly with status 0 when standard output is closed (remit … | head)', async () => {
    const path = join(dir, 'large.json');
    writeFileSync(path, writePlanJson(largePlan(20_000)));
    for (const args of [
      ['convert', path, '--to', 'csv'],
      ['parse', path],
      ['metrics', path, '--format', 'json'],
    ]) {
      const child = spawn(process.execPath, [bin, ...args, '--quiet'], {
        stdio: ['ignore', 'pipe', 'pipe'],
      });
      let stderr = '';
      child.stderr.on('data', (chunk: Buffer) => (stderr += chunk.toString()));
      // like `head`: take the first chunk, then close the pipe while remit still writes
      child.stdout.once('data', () => child.stdout.destroy());
      const status = await new Promise<number | null>((resolve) => child.on('close', resolve));
      expect({ args, status, stderr }).toEqual({ args, status: 0, stderr: '' });
    }
  });
});

describe('remit --out that cannot be written', () => {
  const convert = (out: string) => runCli(['convert', plan, '--to', 'csv', '--out', out, '-q']);

  it('names a folder given as --out and exits 1', () => {
    const folder = join(dir, 'out-folder');
    mkdirSync(folder);
    const r = convert(folder);
    expect(r.status).toBe(1);
    expect(errorLines(r)).toEqual([
      `remit: ${folder}: cannot write the output: it is a folder; give a file name (--out FOLDER/FILE)`,
    ]);
  });

  it('names the folder that does not exist and exits 1', () => {
    const out = join(dir, 'no-such-folder', 'plan.csv');
    const r = convert(out);
    expect(r.status).toBe(1);
    expect(errorLines(r)).toEqual([
      `remit: ${out}: cannot write the output: the folder ${join(dir, 'no-such-folder')} does not exist`,
    ]);
  });

  it('says permission is denied for a read-only path and exits 1', () => {
    // root may write a file whatever its mode; sysfs refuses new files to everyone
    const out =
      process.getuid?.() === 0
        ? '/sys/remit-plan.csv'
        : (() => {
            const path = join(dir, 'read-only.csv');
            writeFileSync(path, '');
            chmodSync(path, 0o444);
            return path;
          })();
    const r = convert(out);
    expect(r.status).toBe(1);
    expect(errorLines(r)).toEqual([`remit: ${out}: cannot write the output: permission denied`]);
  });

  it('says the disk is full when the writing fails and exits 1', () => {
    const r = convert('/dev/full');
    expect(r.status).toBe(1);
    expect(errorLines(r)).toEqual([
      'remit: /dev/full: cannot write the output: no space left on the device',
    ]);
  });
});
