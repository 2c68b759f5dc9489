/** True when a path holds a glob's special characters: `*`, `?`, `[`, `{`. */
export function isGlob(path: string): boolean {
  return /[*?[{]/u.test(path);
}

/**
 * A glob split into the folder to walk (the segments before the first one
 * with a special character) and the pattern the rest of each path must match:
 * `data/2023/**\/*.txt` → `data/2023` and `**\/*.txt`.
 */
export function globBase(pattern: string): { base: string; rest: string } {
  const segments = pattern.split(/[\\/]/u);
  const first = segments.findIndex(isGlob);
  const cut = first < 0 ? segments.length : first;
  const base = segments.slice(0, cut).join('/');
  return {
    base: base === '' ? (pattern.startsWith('/') ? '/' : '.') : base,
    rest: segments.slice(cut).join('/'),
  };
}

/** The most patterns one glob's `{a,b}` alternatives may expand to. */
const MAX_ALTERNATIVES = 1024;

/**
 * A glob as a test of `/`-separated relative paths: `*` any characters but
 * `/`, `**` as a whole segment any number of folders, `?` one character but
 * `/`, `[abc]` / `[!abc]` one of them or not, `{a,b}` either. A name starting
 * with `.` is matched only by a segment that spells the dot.
 *
 * No regular expression: a segment is matched by the two-pointer wildcard
 * walk and the segments by a table, so that the time grows with the product
 * of the lengths at worst, never exponentially (`*a*a*a*b` on a long name).
 *
 * @example globMatcher('**\/*.{txt,csv}')('2023/a.txt') === true
 */
export function globMatcher(glob: string): (path: string) => boolean {
  const patterns = expandBraces(glob).map((g) => g.split('/'));
  return (path) => {
    const segments = path.split('/');
    return patterns.some((p) => matchSegments(p, segments));
  };
}

/** `{a,b}` alternatives expanded, nested ones too: `x{a,b{c,d}}` → `xa`, `xbc`, `xbd`. */
function expandBraces(glob: string): string[] {
  const open = glob.indexOf('{');
  if (open < 0) return [glob];
  let depth = 0;
  const commas: number[] = [];
  for (let i = open; i < glob.length; i++) {
    if (glob[i] === '{') depth++;
    else if (glob[i] === '}' && --depth === 0) {
      const bounds = [open, ...commas, i];
      const options = bounds.slice(0, -1).map((at, k) => glob.slice(at + 1, bounds[k + 1]));
      const rest = expandBraces(glob.slice(i + 1));
      const out: string[] = [];
      for (const option of options)
        for (const inner of expandBraces(option))
          for (const tail of rest) {
            out.push(glob.slice(0, open) + inner + tail);
            if (out.length > MAX_ALTERNATIVES)
              throw new RangeError(
                `glob: ${glob} expands to more than ${MAX_ALTERNATIVES} patterns`,
              );
          }
      return out;
    } else if (glob[i] === ',' && depth === 1) commas.push(i);
  }
  // an unclosed brace is a character like any other
  return expandBraces(glob.slice(open + 1)).map((tail) => glob.slice(0, open + 1) + tail);
}

/** Pattern segments against path segments, `**` standing for any number of them. */
function matchSegments(pattern: readonly string[], path: readonly string[]): boolean {
  // can[j] after row i: pattern[i…] matches path[j…]
  let next = new Array<boolean>(path.length + 1).fill(false);
  next[path.length] = true;
  for (let i = pattern.length - 1; i >= 0; i--) {
    const current = new Array<boolean>(path.length + 1).fill(false);
    const p = pattern[i]!;
    for (let j = path.length; j >= 0; j--) {
      if (p === '**')
        current[j] = next[j]! || (j < path.length && !path[j]!.startsWith('.') && current[j + 1]!);
      else current[j] = j < path.length && next[j + 1]! && matchSegment(p, path[j]!);
    }
    next = current;
  }
  return next[0]!;
}

/** One pattern segment against one name: the wildcard walk, back to the last `*` on a mismatch. */
function matchSegment(pattern: string, name: string): boolean {
  if (name.startsWith('.') && !pattern.startsWith('.')) return false;
  let p = 0;
  let n = 0;
  let star = -1;
  let resume = 0;
  while (n < name.length) {
    const step = p < pattern.length ? matchOne(pattern, p, name[n]!) : -1;
    if (pattern[p] === '*') {
      star = p++;
      resume = n;
    } else if (step > 0) {
      p += step;
      n++;
    } else if (star >= 0) {
      p = star + 1;
      n = ++resume;
    } else return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** How many pattern characters match `ch` at `p` (a `[set]` is several), or 0. */
function matchOne(pattern: string, p: number, ch: string): number {
  const c = pattern[p];
  if (c === '?') return 1;
  if (c === '[') {
    const end = pattern.indexOf(']', p + 2);
    if (end > 0) {
      const negated = pattern[p + 1] === '!';
      const set = pattern.slice(negated ? p + 2 : p + 1, end);
      let hit = false;
      for (let k = 0; k < set.length; k++) {
        if (set[k + 1] === '-' && k + 2 < set.length) {
          hit ||= ch >= set[k]! && ch <= set[k + 2]!;
          k += 2;
        } else hit ||= ch === set[k];
      }
      return hit !== negated ? end - p + 1 : 0;
    }
  }
  return c === ch ? 1 : 0;
}
