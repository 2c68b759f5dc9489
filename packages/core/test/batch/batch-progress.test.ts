import { describe, expect, it } from 'vitest';
import { formatDuration, progressBar, progressLine } from '../../src/cli/batch/batch-progress.js';
import { failureDiagnostics } from '../../src/cli/batch/failure-diagnostics.js';
import { CliError } from '../../src/cli/cli-error.js';

describe('batch progress', () => {
  const p = { done: 600, total: 2000, runDone: 400, runTotal: 1800, elapsedMs: 8000 };

  it('counts all documents, and the rate and time left of this run', () => {
    // 400 documents in 8 s: 50 a second; 1,400 left: 28 s
    expect(progressLine(p)).toBe('remit batch: 600/2000 documents, 50.0/s, about 28 s left');
    expect(progressLine({ ...p, runDone: 1800, done: 2000 })).toBe(
      'remit batch: 2000/2000 documents, 225.0/s',
    );
  });

  it('draws a bar that fills with the share done and fits the terminal', () => {
    const bar = progressBar(p, 60);
    // 29 columns of figures leave 29 for the bar, 30% of it filled: 9
    expect(bar).toBe(`[${'#'.repeat(9)}${'-'.repeat(20)}]  600/2000  50.0/s  28 s left`);
    expect(bar).toHaveLength(60);
    expect(progressBar({ ...p, elapsedMs: 0, runDone: 0 }, 200)).toMatch(
      /^\[#{12}-{28}\] {2}600\/2000 {2}0\.0\/s$/u,
    );
  });

  it('writes durations as people read them', () => {
    expect([850, 12_400, 200_000, 7_500_000].map(formatDuration)).toEqual([
      '850 ms',
      '12 s',
      '3 min 20 s',
      '2 h 5 min',
    ]);
  });
});

describe('failureDiagnostics', () => {
  it('takes code, line and column back from the reader’s formatted error', () => {
    const error = new CliError(
      'a/plan.csv:37:5: error: the quote that opens here never closes [csv/unclosed-quote]\na/plan.csv: info: read as GB18030 [bytes/encoding]',
    );
    expect(failureDiagnostics('a/plan.csv', error)).toEqual([
      {
        code: 'csv/unclosed-quote',
        severity: 'error',
        message: 'the quote that opens here never closes',
        source: 'a/plan.csv',
        line: 37,
        column: 5,
      },
      {
        code: 'bytes/encoding',
        severity: 'info',
        message: 'read as GB18030',
        source: 'a/plan.csv',
      },
    ]);
  });

  it('makes any other failure a batch code with the reason', () => {
    expect(failureDiagnostics('x.txt', new CliError('x.txt: permission denied'))).toEqual([
      expect.objectContaining({
        code: 'batch/unreadable',
        message: 'permission denied',
        args: { reason: 'permission denied' },
      }),
    ]);
    expect(failureDiagnostics('x.txt', new RangeError('Invalid array length'))).toEqual([
      expect.objectContaining({
        code: 'batch/reader-error',
        args: { error: 'Invalid array length' },
      }),
    ]);
  });
});
