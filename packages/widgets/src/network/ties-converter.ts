import type { TiesOption } from './shown-ties.js';

/**
 * Reads the `ties` attribute: a whole number ≥ 0 (each unit's strongest ties
 * drawn) or `all`; anything else is ignored (undefined: the default backbone).
 */
export const tiesConverter = {
  fromAttribute(value: string | null): TiesOption | undefined {
    const v = value?.trim().toLowerCase();
    if (!v) return undefined;
    if (v === 'all') return 'all';
    const n = Number(v);
    return Number.isFinite(n) && n >= 0 ? Math.floor(n) : undefined;
  },
  toAttribute(value: TiesOption | undefined): string | null {
    return value === undefined ? null : String(value);
  },
};
