import { METRIC_DEFAULTS } from './defaults.js';
import { resolveOptions } from './resolve-options.js';
import type { CommunitiesOptions } from './communities.js';

/** Merges and checks the options of `communities` and `communitiesOfTies` (errors name `fn`). */
export function resolveCommunityOptions(
  fn: string,
  options: CommunitiesOptions | undefined,
): { seed: number; resolution: number } {
  const { seed, resolution } = resolveOptions(fn, options, METRIC_DEFAULTS.communities);
  if (typeof seed !== 'number' || !Number.isFinite(seed)) {
    throw new RangeError(`${fn}: seed must be a finite number, got ${String(seed)}`);
  }
  if (typeof resolution !== 'number' || !Number.isFinite(resolution) || resolution <= 0) {
    throw new RangeError(`${fn}: resolution must be a number > 0, got ${String(resolution)}`);
  }
  return { seed, resolution };
}
