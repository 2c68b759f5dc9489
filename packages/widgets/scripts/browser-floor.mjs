/**
 * The oldest browsers the single-file bundle runs in, read from the bundle itself: each
 * language feature, built-in and CSS function below that it uses, with the first version of
 * Chrome (and Edge, 360, QQ and the other Chromium-based browsers by their Chromium version),
 * Safari and Firefox that has it. The floor is the latest of those. Features that only make a
 * picture plainer where missing (container queries, accent-color, content-visibility) are left
 * out; color-mix() is in, since without it the heatmap's shades are lost.
 * test/bundle/browser-floor.spec.ts checks the figures docs/embedding.md states.
 */
import { parseAst } from 'vite';

/** @typedef {{ chrome: number, safari: number, firefox: number }} Versions */

/** @typedef {{ name: string, versions: Versions, test: (code: string, syntax: Set<string>) => boolean }} Feature */

/** @type {Feature[]} */
export const FEATURES = [
  syntax('class static blocks', 'StaticBlock', { chrome: 94, safari: 16.4, firefox: 93 }),
  syntax('private methods', 'PrivateMethod', { chrome: 84, safari: 15, firefox: 90 }),
  syntax('private fields', 'PrivateIdentifier', { chrome: 74, safari: 14.1, firefox: 90 }),
  syntax('logical assignment (??= ||= &&=)', 'LogicalAssignment', {
    chrome: 85,
    safari: 14,
    firefox: 79,
  }),
  syntax('optional chaining, ??', 'ChainExpression', { chrome: 80, safari: 13.1, firefox: 74 }),
  text('Object.hasOwn', /\bObject\.hasOwn\(/, { chrome: 93, safari: 15.4, firefox: 92 }),
  text('String.prototype.replaceAll', /\.replaceAll\(/, { chrome: 85, safari: 13.1, firefox: 77 }),
  text('Array.prototype.at', /\.at\(-?\d/, { chrome: 92, safari: 15.4, firefox: 90 }),
  text('structuredClone', /\bstructuredClone\(/, { chrome: 98, safari: 15.4, firefox: 94 }),
  text('Array.prototype.findLast', /\.findLast(Index)?\(/, {
    chrome: 97,
    safari: 15.4,
    firefox: 104,
  }),
  text('Object.groupBy', /\bObject\.groupBy\(/, { chrome: 117, safari: 17.4, firefox: 119 }),
  // color-mix() as a custom property's fallback (`var(--x, color-mix(…))`) is set aside where
  // the browser lacks it (heatmap.ramp-fallback.ts), and a string that asks CSS.supports()
  // about it is no use of it: only a bare use raises the floor.
  text('CSS color-mix()', /(?<!var\(--[\w${}-]+,\s?|supports\(["']color["'],\s?["'])color-mix\(/, {
    chrome: 111,
    safari: 16.2,
    firefox: 113,
  }),
  text('CSS :focus-visible', /:focus-visible/, { chrome: 86, safari: 15.4, firefox: 85 }),
];

/**
 * @param {string} name
 * @param {string} node the node type (or the name syntaxOf gives it)
 * @param {Versions} versions
 * @returns {Feature}
 */
function syntax(name, node, versions) {
  return { name, versions, test: (_code, found) => found.has(node) };
}

/**
 * @param {string} name
 * @param {RegExp} pattern
 * @param {Versions} versions
 * @returns {Feature}
 */
function text(name, pattern, versions) {
  return { name, versions, test: (code) => pattern.test(code) };
}

/**
 * The syntax the code uses, by node type (private methods and logical assignment named apart).
 * @param {string} code
 */
function syntaxOf(code) {
  /** @type {Set<string>} */
  const found = new Set();
  /** @param {unknown} value an AST node, a list of them or any value of a node's */
  const walk = (value) => {
    if (!value || typeof value !== 'object') return;
    if (Array.isArray(value)) return value.forEach(walk);
    const node = /** @type {{ type: string, key?: { type: string }, operator?: string }} */ (value);
    found.add(node.type);
    if (node.type === 'MethodDefinition' && node.key?.type === 'PrivateIdentifier')
      found.add('PrivateMethod');
    if (node.type === 'AssignmentExpression' && ['??=', '||=', '&&='].includes(node.operator ?? ''))
      found.add('LogicalAssignment');
    for (const [key, entry] of Object.entries(node)) if (key !== 'type') walk(entry);
  };
  walk(parseAst(code));
  return found;
}

/**
 * The features `code` uses and the floor they make.
 * @param {string} code
 * @returns {{ used: string[], floor: Versions }}
 */
export function browserFloor(code) {
  const found = syntaxOf(code);
  const used = FEATURES.filter((f) => f.test(code, found));
  const floor = { chrome: 0, safari: 0, firefox: 0 };
  for (const { versions } of used)
    for (const key of /** @type {(keyof Versions)[]} */ (Object.keys(floor)))
      floor[key] = Math.max(floor[key], versions[key]);
  return { used: used.map((f) => f.name), floor };
}
