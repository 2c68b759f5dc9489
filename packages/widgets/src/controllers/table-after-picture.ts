import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { whenIdle, whenIdleAfterPaint } from '../shared/when-idle.js';

/**
 * The visually hidden data table of a chart, drawn after the picture: once a
 * new plan (or model) is shown, the update that draws the picture leaves the
 * table out, and the table follows in an update of its own when the browser is
 * idle after that picture is painted. The table is read by screen readers and
 * hidden from sight; on a large plan its rows take as long to lay out as the
 * picture, and at any size they would hold back the first frame a person sees.
 *
 * `keyOf` gives what the table is of (the plan's incidence, a network's model);
 * `undefined` is nothing to draw. The host's `renderComplete` waits for the
 * table through `complete()`.
 *
 * @example
 * #table = new TableAfterPicture(this, () => this.planSource.incidence);
 * render() { return this.#table.mayDraw(inc) ? dataTable(…) : nothing; }
 * protected override drawComplete() { return this.#table.complete(); }
 */
export class TableAfterPicture implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #keyOf: () => unknown;
  /** what the drawn table is of */
  #drawnFor: unknown;
  /** cancels the idle task that will draw the next table */
  #task: (() => void) | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement, keyOf: () => unknown) {
    this.#host = host;
    this.#keyOf = keyOf;
    host.addController(this);
  }

  /** Whether the table of `key` is drawn in this update (its turn has come). */
  mayDraw(key: unknown): boolean {
    return key !== undefined && this.#drawnFor === key;
  }

  /** Resolves once the table of what is shown is drawn (at once when none is waiting). */
  async complete(): Promise<void> {
    while (this.#task) {
      // until the table's task has run and asked for the update that draws it
      await new Promise<void>((resolve) => whenIdle(resolve));
      await this.#host.updateComplete;
    }
  }

  hostConnected(): void {
    this.#later();
  }

  hostUpdated(): void {
    this.#later();
  }

  hostDisconnected(): void {
    this.#task?.();
    this.#task = undefined;
  }

  #later(): void {
    const key = this.#keyOf();
    if (this.#task || !this.#host.isConnected || key === undefined || this.#drawnFor === key) {
      return;
    }
    this.#task = whenIdleAfterPaint(() => {
      this.#task = undefined;
      this.#drawnFor = this.#keyOf();
      this.#host.requestUpdate();
    });
  }
}
