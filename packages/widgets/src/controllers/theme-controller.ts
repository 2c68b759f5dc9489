import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { CATEGORY_COUNT, type DefaultColors } from '../shared/default-colors.js';

/** The resolved colours and font of a host, for canvas drawing and exports. */
export interface ThemeColors extends Omit<DefaultColors, 'categories'> {
  font: string;
  fontSize: string;
  /** `--remit-category-1` … `--remit-category-8`: communities, unit kinds, sections */
  categories: string[];
}

const NAMES: Record<Exclude<keyof ThemeColors, 'categories'>, string> = {
  lead: '--_remit-lead',
  inferredLead: '--_remit-inferred-lead',
  member: '--_remit-member',
  text: '--_remit-text',
  muted: '--_remit-muted',
  background: '--_remit-background',
  surface: '--_remit-surface',
  grid: '--_remit-grid',
  focus: '--_remit-focus',
  selected: '--_remit-selected',
  error: '--_remit-error',
  font: '--_remit-font',
  fontSize: '--_remit-font-size',
};

/** Reads the theme tokens (see `tokens.ts`) as resolved on an element. */
export function readTheme(el: Element): ThemeColors {
  const style = getComputedStyle(el);
  const out = { categories: [] as string[] } as unknown as ThemeColors;
  for (const key of Object.keys(NAMES) as (keyof typeof NAMES)[]) {
    out[key] = style.getPropertyValue(NAMES[key]).trim();
  }
  for (let i = 1; i <= CATEGORY_COUNT; i++)
    out.categories.push(style.getPropertyValue(`--_remit-category-${i}`).trim());
  return out;
}

const DARK = '(prefers-color-scheme: dark)';

/**
 * Tells a host when its colours may have changed (the `theme` attribute or the
 * system colour scheme) and reads them. SVG drawn with `var(--_remit-…)` needs
 * none of this; a canvas does, since it paints resolved colours.
 *
 * @example
 * #theme = new ThemeController(this);
 * updated() { paint(ctx, this.#theme.colors()); }
 */
export class ThemeController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #query: MediaQueryList | undefined;
  #observer: MutationObserver | undefined;
  #onChange = (): void => this.#host.requestUpdate();

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The colours as resolved now (reads computed style: call during or after update). */
  colors(): ThemeColors {
    return readTheme(this.#host);
  }

  hostConnected(): void {
    this.#query = matchMedia(DARK);
    this.#query.addEventListener('change', this.#onChange);
    this.#observer = new MutationObserver(this.#onChange);
    this.#observer.observe(this.#host, {
      attributes: true,
      attributeFilter: ['theme', 'style', 'class'],
    });
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
    this.#query = undefined;
    this.#observer?.disconnect();
    this.#observer = undefined;
  }
}
