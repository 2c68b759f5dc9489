import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it, vi } from 'vitest';
import { runCli } from '../support/run-cli.js';
import { useTempDir } from '../support/temp-dir.js';

vi.setConfig({ testTimeout: 120_000 });

const bin = fileURLToPath(new URL('../../bin/remit.js', import.meta.url));
const corpus = fileURLToPath(new URL('../../../../fixtures/corpus/', import.meta.url));
const temp = useTempDir('batch-progress');
/** util-linux's `script` runs a command on a pseudo-terminal: a real terminal for the batch. */
const script = ['/usr/bin/script', '/bin/script'].find(existsSync);

describe('remit batch progress', () => {
  it('prints plain lines, one per tenth of the run, where standard error is not a terminal', () => {
    const r = runCli(['batch', corpus, '--out', temp.path('plain'), '--jobs', '2']);
    expect(r.stderr).not.toContain('\r');
    const lines = r.stderr.split('\n').filter((l) => l.startsWith('remit batch: '));
    expect(lines.length).toBeGreaterThanOrEqual(5);
    expect(lines.length).toBeLessThanOrEqual(10);
    expect(lines.at(-1)).toMatch(/^remit batch: (\d+)\/\1 documents, [\d.]+\/s$/u);
  });

  it('prints nothing with --quiet', () => {
    const r = runCli(['batch', corpus, '--out', temp.path('quiet'), '--jobs', '1', '--quiet']);
    expect(r.stderr).toBe('');
  });

  it.skipIf(!script)('draws a bar in place on a terminal, and clears it at the end', () => {
    const command = [
      process.execPath,
      bin,
      'batch',
      corpus,
      '--out',
      temp.path('tty'),
      '--jobs',
      '2',
    ]
      .map((a) => `'${a.replaceAll("'", "'\\''")}'`)
      .join(' ');
    // standard output to a file, standard error to the terminal `script` makes
    const r = spawnSync(script!, ['-qec', `${command} > /dev/null`, '/dev/null'], {
      encoding: 'utf8',
      env: { ...process.env, COLUMNS: '100' },
      timeout: 60_000,
    });
    expect(r.status).toBe(1); // the corpus folder holds a directory file, which is not a plan
    expect(r.stdout).toMatch(/\r\[[#-]+\] {2}\d+\/\d+ {2}[\d.]+\/s/u);
    expect(r.stdout).toContain('\u001b[K');
    expect(r.stdout).not.toMatch(/remit batch: \d+\/\d+ documents/u);
    expect(r.stdout.trimEnd().endsWith('\r\u001b[K')).toBe(true);
  });
});
