/**
 * Checks an options argument at a public function's boundary and merges it over
 * the function's defaults.
 *
 * Rejects anything but `undefined` or a plain object, and any key the function
 * does not know (a misspelt option should fail loudly, not fall back to a
 * default). Values are checked by the caller; `undefined` values take the default.
 *
 * @example resolveOptions('coverage', options, { manyUnits: 8 })
 */
export function resolveOptions<T extends object>(
  fn: string,
  options: unknown,
  defaults: Readonly<T>,
): T {
  if (options === undefined || options === null) return { ...defaults };
  if (typeof options !== 'object' || Array.isArray(options)) {
    throw new TypeError(`${fn}: options must be an object, got ${describe(options)}`);
  }
  const resolved = { ...defaults } as Record<string, unknown>;
  for (const [key, value] of Object.entries(options)) {
    if (!Object.hasOwn(defaults, key)) {
      const known = Object.keys(defaults).join(', ') || 'none';
      throw new TypeError(`${fn}: unknown option ${JSON.stringify(key)} (known: ${known})`);
    }
    if (value !== undefined) resolved[key] = value;
  }
  return resolved as T;
}

/** Throws unless `value` is an integer ≥ `min` (or `Infinity` when `infinite`). */
export function checkInteger(
  fn: string,
  name: string,
  value: unknown,
  min: number,
  infinite = false,
): number {
  const ok =
    typeof value === 'number' &&
    (Number.isInteger(value) || (infinite && value === Infinity)) &&
    value >= min;
  if (!ok) {
    throw new RangeError(
      `${fn}: ${name} must be an integer ≥ ${min}${infinite ? ' or Infinity' : ''}, got ${describe(value)}`,
    );
  }
  return value;
}

/** A short, safe description of a value for an error message. */
export function describe(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.slice(0, 40));
  if (typeof value === 'number' || typeof value === 'boolean' || value == null)
    return String(value);
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'object' ? 'an object' : typeof value;
}
