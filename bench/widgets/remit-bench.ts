/**
 * What a benchmark page puts on `window` for run.mjs to drive: the page's
 * sizes and libraries, and one measurement at a time.
 */
export interface RemitBench {
  title: string;
  /** what is measured, printed under the table */
  notes?: string[];
  sizes: { id: string; reps: number }[];
  /** `baseline: true` on the library the ratios are taken against; `reps` overrides per size */
  libs: { id: string; label: string; baseline?: boolean; reps?: Record<string, number> }[];
  /** warms up the JIT and fonts once after load */
  warmUp?(): Promise<void>;
  /** one measurement in ms (until a painted frame); `cells` is what it drew */
  run(size: string, lib: string): Promise<{ ms: number; cells?: number }>;
}

declare global {
  interface Window {
    remitBench: RemitBench;
  }
}
