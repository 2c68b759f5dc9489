import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { nextIndex } from '../shared/next-index.js';

/**
 * A chart of rows that is one tab stop (a roving tabindex): the active row's mark holds
 * `tabindex="0"`; the arrow keys, Page Up/Down, Home and End move it and focus the new row's
 * mark once the host has drawn it; Enter and Space pick it. Rows are drawn as
 * `.row[data-index="i"] .mark`.
 *
 * @example
 * #keys = new RowKeysController(this, { count: () => rows.length, pick: (i) => this.#pick(i) });
 * render() { this.#keys.clamp(rows.length); … @keydown=${this.#keys.onKeydown} …
 *   tabindex=${i === this.#keys.active ? 0 : -1} }
 */
export class RowKeysController implements ReactiveController {
  /** the row whose mark holds the tab stop */
  active = 0;
  #focusAfterUpdate = false;

  constructor(
    private readonly host: ReactiveControllerHost & { renderRoot: ParentNode },
    private readonly rows: { count: () => number; pick: (index: number) => void },
  ) {
    host.addController(this);
  }

  /** Keeps the active row among `count` rows (after the rows changed). */
  clamp(count: number): void {
    this.active = Math.min(this.active, Math.max(0, count - 1));
  }

  onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.rows.pick(this.active);
      return;
    }
    const next = nextIndex(event.key, this.active, this.rows.count());
    if (next === undefined) return;
    event.preventDefault();
    this.active = next;
    this.#focusAfterUpdate = true;
    this.host.requestUpdate();
  };

  hostUpdated(): void {
    if (!this.#focusAfterUpdate) return;
    this.#focusAfterUpdate = false;
    this.host.renderRoot
      .querySelector<SVGGElement>(`.row[data-index="${this.active}"] .mark`)
      ?.focus();
  }
}
