import type { Plugin } from 'vite';
import { SRC } from '../element-entries.mjs';

const NO_TRANSITION = '\0remit:d3-transition';
const NO_ZOOM_INTERPOLATE = '\0remit:d3-interpolate-for-zoom';

/**
 * The builds leave out d3's animated zoom. d3-zoom imports d3-transition, and
 * d3-interpolate (which pulls in all of d3-color), only to animate zoom
 * changes: about 7 KiB gzipped. No element animates with d3: zoom runs with
 * `duration(0)` (immediate, which also suits reduced motion).
 *
 * So, for d3-zoom only: `d3-transition` becomes the two pieces d3-zoom calls
 * on the immediate path (`interrupt` and `selection.interrupt`, which have
 * nothing to interrupt) plus a `selection.transition` that throws a clear
 * error; `interpolateZoom` (used only inside transitions) throws likewise.
 * The build fails if a source file starts using transitions, so the choice
 * is revisited rather than broken.
 *
 * The per-element modules carry d3-zoom itself (with these stubs) instead of
 * importing it, and share d3-selection with the app: the stubs add the two
 * selection methods only where an app's own d3-transition has not (and a
 * d3-transition loaded later replaces them), so an app that animates with d3
 * keeps its transitions.
 */
export function noAnimatedZoomPlugin(): Plugin {
  const fail = (what: string) =>
    `throw new Error('remit-widgets: ${what} is not in this bundle (see vite.config.ts)');`;
  return {
    name: 'remit:no-animated-zoom',
    enforce: 'pre',
    resolveId(id, importer) {
      if (id === 'd3-transition') return NO_TRANSITION;
      if (id === 'd3-interpolate' && importer && /[\\/]d3-zoom[\\/]/.test(importer))
        return NO_ZOOM_INTERPOLATE;
      return null;
    },
    load(id) {
      if (id === NO_TRANSITION) {
        return [
          "import { selection } from 'd3-selection';",
          'export function interrupt() {}',
          'selection.prototype.interrupt ??= function () { return this; };',
          `selection.prototype.transition ??= function () { ${fail('d3-transition')} };`,
        ].join('\n');
      }
      if (id === NO_ZOOM_INTERPOLATE) {
        return `export function interpolateZoom() { ${fail('an animated zoom')} }`;
      }
      return null;
    },
    transform(code, id) {
      if (
        id.startsWith(SRC) &&
        /from\s+'d3-transition'|\.transition\(\s*\)|\.transition\(\s*['"`]/.test(code)
      ) {
        this.error(
          `${id} uses d3 transitions: remove noAnimatedZoomPlugin (scripts/vite/no-animated-zoom.ts) from vite.config.ts`,
        );
      }
      return null;
    },
  };
}

/**
 * Runtime dependencies the per-element modules leave to the host's bundler: Lit, the d3
 * modules but d3-zoom and the two it animates with (carried or stubbed, see
 * noAnimatedZoomPlugin), @remit/core.
 */
export function isExternal(id: string): boolean {
  return /^(lit|@lit\/|lit-html|lit-element|@lit-labs\/|d3-(?!(zoom|transition|interpolate)$)|@remit\/core)/.test(
    id,
  );
}
