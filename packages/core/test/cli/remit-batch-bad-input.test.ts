import { spawnSync } from 'node:child_process';
import { chmodSync, copyFileSync, existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { openDuckDb, sqlString, type DuckDb } from '../support/duckdb.js';
import { useTempDir } from '../support/temp-dir.js';
import { zipBomb } from '../support/zip-bomb.js';

// Bad input inside a batch is reported, in the summary and in the
// diagnostics table, and the batch reads everything else.
vi.setConfig({ testTimeout: 120_000, hookTimeout: 120_000 });

const bin = fileURLToPath(new URL('../../bin/remit.js', import.meta.url));
const fixtures = fileURLToPath(new URL('../../../../fixtures/', import.meta.url));
const temp = useTempDir('batch-bad');
const GOOD = ['xuhui-2020-fazhi.txt', 'lingbi-2021-health.txt', 'dazhu-2016-minsheng-tasks.txt'];

/**
 * Root reads a file whatever its mode, so a file or folder without permission
 * blocks nobody there. Run as root, the batch runs as the unprivileged user
 * 65534 (nobody), for whom the permissions hold; as anyone else, as itself.
 */
const asRoot = process.getuid?.() === 0;
const user = asRoot ? { uid: 65534, gid: 65534 } : {};

function remit(args: string[]) {
  const r = spawnSync(process.execPath, [bin, ...args], {
    encoding: 'utf8',
    env: { ...process.env, NO_COLOR: '1' },
    timeout: 60_000,
    ...user,
  });
  return { status: r.status, stdout: r.stdout, stderr: r.stderr };
}

/** Whether the command can run as that user at all (it must read the checkout). */
const runnable = remit(['--version']).status === 0;

interface Summary {
  documents: number;
  read: number;
  failed: number;
  failedFiles: { path: string; reason: string }[];
  inputProblems: string[];
  diagnostics: { code: string; count: number }[];
}

describe.skipIf(!runnable)('remit batch with bad input inside', () => {
  let input = '';
  let out = '';
  let status: number | null;
  let stdout = '';
  let summary: Summary;
  let db: DuckDb;
  const missing = () => join(input, 'no-such-folder');
  /**
   * The folder, a path that is not there, and the zip bombs by name: a folder
   * is searched for the formats remit reads, a file given by name is read
   * whatever its format.
   */
  const inputs = () => [
    input,
    missing(),
    join(input, 'a-bomb.docx'),
    ...(existsSync(join(input, 'a-bomb.xlsx')) ? [join(input, 'a-bomb.xlsx')] : []),
  ];

  beforeAll(async () => {
    chmodSync(temp.path(''), 0o755);
    input = temp.path('in');
    mkdirSync(join(input, 'a-locked-folder'), { recursive: true });
    copyFileSync(join(fixtures, 'corpus', GOOD[0]!), join(input, 'a-locked-folder', 'inside.txt'));
    chmodSync(join(input, 'a-locked-folder'), 0o000);
    writeFileSync(join(input, 'a-locked.txt'), '一、总体要求\n1. 做好工作（责任单位：区司法局）\n');
    chmodSync(join(input, 'a-locked.txt'), 0o000);
    // 300 MB of zeros in a 300 KB archive
    writeFileSync(join(input, 'a-bomb.docx'), zipBomb('word/document.xml', 300 * 1024 * 1024));
    const theirs = join(fixtures, 'office', 'bad', 'zip-bomb.xlsx');
    if (existsSync(theirs)) copyFileSync(theirs, join(input, 'a-bomb.xlsx'));
    writeFileSync(join(input, 'a-no-items.txt'), '这是一份通知，没有分工。\n');
    for (const f of GOOD) copyFileSync(join(fixtures, 'corpus', f), join(input, `b-${f}`));
    out = temp.path('out');
    mkdirSync(out, { mode: 0o777 });
    chmodSync(out, 0o777);
    const r = remit(['batch', ...inputs(), '--out', out, '--jobs', '2', '--format', 'json']);
    status = r.status;
    stdout = r.stdout;
    expect(r.stderr).not.toMatch(/internal error/u);
    summary = JSON.parse(stdout) as Summary;
    db = await openDuckDb();
  });
  afterAll(() => {
    db?.close();
    if (input) chmodSync(join(input, 'a-locked-folder'), 0o755);
  });

  it('reads every good file, those after the bad ones too, and ends with status 1', () => {
    expect(status).toBe(1);
    expect(summary.read).toBe(GOOD.length);
    const failed = summary.failedFiles.map((f) => f.path.slice(input.length + 1)).sort();
    expect(failed).toEqual(
      [
        'a-bomb.docx',
        'a-locked.txt',
        'a-no-items.txt',
        ...(existsSync(join(input, 'a-bomb.xlsx')) ? ['a-bomb.xlsx'] : []),
      ].sort(),
    );
    expect(summary.documents).toBe(summary.read + summary.failed);
  });

  it('says why each file failed, and which inputs it could not use', () => {
    const reason = (name: string) =>
      summary.failedFiles.find((f) => f.path === join(input, name))!.reason;
    expect(reason('a-locked.txt')).toMatch(/permission denied/u);
    expect(reason('a-no-items.txt')).toMatch(/no items/u);
    expect(reason('a-bomb.docx')).toBeTruthy();
    expect(summary.inputProblems).toEqual([
      expect.stringMatching(/a-locked-folder: cannot list the folder \(permission denied\)/u),
      expect.stringMatching(/no-such-folder: no such file or folder/u),
    ]);
  });

  it('writes the failures into the plans and diagnostics tables', async () => {
    const t = (name: string) => `read_parquet(${sqlString(join(out, name, '*.parquet'))})`;
    const plans = await db.rows(
      `SELECT plan, status, items FROM ${t('plans')} WHERE status = 'failed' ORDER BY plan`,
    );
    expect(plans.map((p) => p.plan)).toEqual(summary.failedFiles.map((f) => f.path).sort());
    expect(plans.every((p) => p.items === 0)).toBe(true);
    const rows = await db.rows(
      `SELECT plan, code, severity FROM ${t('diagnostics')} WHERE severity = 'error' ORDER BY plan, code`,
    );
    const codeOf = (plan: string) => rows.filter((r) => r.plan === plan).map((r) => r.code);
    expect(codeOf(join(input, 'a-locked.txt'))).toEqual(['batch/unreadable']);
    expect(codeOf(join(input, 'a-locked-folder'))).toEqual(['batch/unreadable-folder']);
    expect(codeOf(missing())).toEqual(['batch/no-such-input']);
    expect(codeOf(join(input, 'a-bomb.docx'))).toHaveLength(1);
    const [{ n }] = (await db.rows(
      `SELECT count(*) AS n FROM ${t('plans')} WHERE status = 'read'`,
    )) as [{ n: number }];
    expect(n).toBe(GOOD.length);
  });

  it('prints the failures in its summary of text', () => {
    const r = remit(['batch', ...inputs(), '--out', out, '--jobs', '1']);
    expect(r.status).toBe(1);
    expect(r.stdout).toMatch(/failed \(\d\):\n {4}.*a-bomb\.docx: /u);
    expect(r.stdout).toMatch(/a-locked\.txt: permission denied/u);
    expect(r.stdout).toMatch(
      /inputs not read \(2\):\n {4}.*a-locked-folder: cannot list the folder/u,
    );
  });
});

/**
 * What needs no other user: a zip bomb, a file without items and a path that
 * is not there, read by whoever runs the tests, wherever the checkout is (the
 * tests above need the unprivileged user to read it).
 */
describe('remit batch with bad input inside, as the user who runs it', () => {
  it('reads every good file, reports each bad one and each missing input, and ends with status 1', () => {
    const input = temp.path('self-in');
    mkdirSync(input, { recursive: true });
    writeFileSync(join(input, 'a-bomb.docx'), zipBomb('word/document.xml', 300 * 1024 * 1024));
    writeFileSync(join(input, 'a-no-items.txt'), '这是一份通知，没有分工。\n');
    for (const f of GOOD) copyFileSync(join(fixtures, 'corpus', f), join(input, `b-${f}`));
    const out = temp.path('self-out');
    const r = spawnSync(
      process.execPath,
      [
        bin,
        'batch',
        input,
        join(input, 'no-such-folder'),
        join(input, 'a-bomb.docx'),
        '--out',
        out,
        '--jobs',
        '1',
        '--format',
        'json',
      ],
      { encoding: 'utf8', env: { ...process.env, NO_COLOR: '1' }, timeout: 60_000 },
    );
    expect(r.stderr).not.toMatch(/internal error/u);
    expect(r.status).toBe(1);
    const summary = JSON.parse(r.stdout) as Summary;
    expect(summary.read).toBe(GOOD.length);
    expect(summary.failedFiles.map((f) => f.path.slice(input.length + 1)).sort()).toEqual([
      'a-bomb.docx',
      'a-no-items.txt',
    ]);
    expect(summary.inputProblems).toEqual([
      expect.stringMatching(/no-such-folder: no such file or folder/u),
    ]);
  });
});
