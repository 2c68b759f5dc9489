/** Where a batch stands: documents done of all, and this run's share since it started. */
export interface BatchProgress {
  /** documents done, those of earlier runs included */
  done: number;
  total: number;
  /** documents this run has done, and had to do */
  runDone: number;
  runTotal: number;
  elapsedMs: number;
}

/** Documents a second this run, and the time left at that rate (`undefined` with no rate yet, or nothing left). */
export function batchRate(p: BatchProgress): { perSecond: number; leftMs: number | undefined } {
  const perSecond = p.elapsedMs > 0 ? (p.runDone * 1000) / p.elapsedMs : 0;
  const leftMs =
    perSecond > 0 && p.runDone < p.runTotal
      ? ((p.runTotal - p.runDone) / perSecond) * 1000
      : undefined;
  return { perSecond, leftMs };
}

/**
 * A progress line for a log or a pipe:
 * `remit batch: 400/2000 documents, 48.2/s, about 33 s left`.
 */
export function progressLine(p: BatchProgress): string {
  const { perSecond, leftMs } = batchRate(p);
  const left = leftMs === undefined ? '' : `, about ${formatDuration(leftMs)} left`;
  return `remit batch: ${p.done}/${p.total} documents, ${perSecond.toFixed(1)}/s${left}`;
}

/**
 * A progress bar for a terminal, `width` columns wide at most:
 * `[#########-----------]  400/2000  48.2/s  33 s left`.
 */
export function progressBar(p: BatchProgress, width = 80): string {
  const { perSecond, leftMs } = batchRate(p);
  const figures = `  ${p.done}/${p.total}  ${perSecond.toFixed(1)}/s${leftMs === undefined ? '' : `  ${formatDuration(leftMs)} left`}`;
  const bar = Math.max(10, Math.min(40, width - figures.length - 2));
  const filled = p.total > 0 ? Math.round((bar * p.done) / p.total) : bar;
  return `[${'#'.repeat(filled)}${'-'.repeat(bar - filled)}]${figures}`;
}

/** A duration as people read it: `850 ms`, `12 s`, `3 min 20 s`, `2 h 5 min`. */
export function formatDuration(ms: number): string {
  if (ms < 1000) return `${Math.round(ms)} ms`;
  const s = Math.round(ms / 1000);
  if (s < 60) return `${s} s`;
  if (s < 3600) return `${Math.floor(s / 60)} min ${s % 60} s`;
  return `${Math.floor(s / 3600)} h ${Math.floor((s % 3600) / 60)} min`;
}
