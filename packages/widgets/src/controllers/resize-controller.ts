import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Follows the size of the host's content box with a ResizeObserver and asks
 * the host to update when the rounded width or height changes. Layouts read
 * `width` (0 until the first measurement; use a fallback such as 640).
 *
 * Pass `{ height: true }` to update on height changes too: only for hosts
 * whose height is set from outside (a host that grows with its content would
 * loop).
 *
 * @example
 * #size = new ResizeController(this);
 * render() { const width = this.#size.width || 640; … }
 */
export class ResizeController implements ReactiveController {
  width = 0;
  height = 0;
  #host: ReactiveControllerHost & HTMLElement;
  #observer: ResizeObserver | undefined;
  #followHeight: boolean;

  constructor(host: ReactiveControllerHost & HTMLElement, options: { height?: boolean } = {}) {
    this.#host = host;
    this.#followHeight = options.height ?? false;
    host.addController(this);
  }

  hostConnected(): void {
    // Measure synchronously only the first time, so the first render has the right
    // width; on reconnect the observer's first report is enough (and forcing a
    // layout on every connect is costly).
    if (this.width === 0) {
      const rect = this.#host.getBoundingClientRect();
      this.#set(rect.width, rect.height);
    }
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) this.#set(box.width, box.height);
    });
    this.#observer.observe(this.#host);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #set(width: number, height: number): void {
    const w = Math.round(width);
    const h = Math.round(height);
    if (w === this.width && h === this.height) return;
    const changed = w !== this.width || (this.#followHeight && h !== this.height);
    this.width = w;
    this.height = h;
    if (changed) this.#host.requestUpdate();
  }
}
