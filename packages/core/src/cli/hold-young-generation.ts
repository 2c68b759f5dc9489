import { setFlagsFromString } from 'node:v8';

/**
 * Keeps the engine's young generation at the size it has when the command
 * starts, so that reading a file does not double it.
 *
 * V8 doubles the young generation (its two semi-spaces) each time as many bytes
 * survived a collection as it holds, up to 2 × 16 MB; a reader that builds a plan
 * of several megabytes gets there from the start-up's 2 × 8 MB, and those 16 MB
 * more are most of what 1 MB of text costs. `--max-semi-space-size` only counts
 * at launch, but the growth factor is read at each growth: 1 keeps the size.
 * Called once the command's modules are loaded (loading them grows the young
 * generation to its start-up size), and after tsx's loader thread has started:
 * on Node 20, starting a worker thread sets V8's flags back to the launch's.
 * No cost in CPU time could be measured (README, Benchmarks, memory of the command).
 */
export function holdYoungGeneration(): void {
  setFlagsFromString('--semi-space-growth-factor=1');
}
