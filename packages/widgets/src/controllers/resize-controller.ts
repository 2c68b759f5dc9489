import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * The width charts are laid out at for print, in CSS px: an A4 portrait page
 * less the browser's default margins is 190 mm (718 px); US Letter gives 739 px.
 * Laid out a little narrower, a chart prints at its own scale on either page,
 * and the print styles (`max-width: 100%`) shrink it, never crop it, on a
 * narrower page.
 */
export const PRINT_WIDTH = 680;

/**
 * Follows the size of the host's content box with a ResizeObserver and asks
 * the host to update when the rounded width or height changes. Layouts read
 * `width` (0 until the first measurement; use a fallback such as 640).
 *
 * Pass `{ height: true }` to update on height changes too: only for hosts
 * whose height is set from outside (a host that grows with its content would
 * loop).
 *
 * While the page prints, `width` is the print width (`PRINT_WIDTH`, or the
 * element's own width when narrower) and `printing` is true: a chart drawn for
 * a 1,920 px window is laid out again for the paper, so its scale, axis and
 * value labels stay true on the page. The screen width returns after printing.
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
  #print: MediaQueryList | undefined;
  #screenWidth = 0;
  /** true while the page prints (see `PRINT_WIDTH`) */
  printing = false;

  constructor(host: ReactiveControllerHost & HTMLElement, options: { height?: boolean } = {}) {
    this.#host = host;
    this.#followHeight = options.height ?? false;
    host.addController(this);
  }

  hostConnected(): void {
    // Measure synchronously only the first time, so the first render has the right
    // width; on reconnect the observer's first report is enough (and forcing a
    // layout on every connect is costly).
    if (this.width === 0) this.#measure();
    this.#observer = new ResizeObserver((entries) => {
      const box = entries[entries.length - 1]?.contentRect;
      if (box) this.#set(box.width, box.height);
    });
    this.#observer.observe(this.#host);
    // beforeprint comes first on a real print; the media query also follows
    // print emulation (devtools, automated tests)
    this.#print = matchMedia('print');
    this.#print.addEventListener('change', this.#onPrintChange);
    addEventListener('beforeprint', this.#onBeforePrint);
    addEventListener('afterprint', this.#onAfterPrint);
    if (this.#print.matches) this.#onBeforePrint();
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
    this.#print?.removeEventListener('change', this.#onPrintChange);
    this.#print = undefined;
    removeEventListener('beforeprint', this.#onBeforePrint);
    removeEventListener('afterprint', this.#onAfterPrint);
  }

  #onPrintChange = (event: MediaQueryListEvent): void => {
    if (event.matches) this.#onBeforePrint();
    else this.#onAfterPrint();
  };

  #onBeforePrint = (): void => {
    if (this.printing) return;
    this.printing = true;
    this.#screenWidth = this.width;
    this.width = this.width > 0 ? Math.min(this.width, PRINT_WIDTH) : PRINT_WIDTH;
    // drawn again even at the same width: print styles may change the text size
    this.#host.requestUpdate();
  };

  #onAfterPrint = (): void => {
    if (!this.printing) return;
    this.printing = false;
    this.width = this.#screenWidth;
    this.#host.requestUpdate();
    // a report of the paper's size may still be on its way: measure once more
    // when the screen's layout is back
    requestAnimationFrame(() => {
      if (!this.printing && this.#observer) this.#measure();
    });
  };

  #measure(): void {
    const rect = this.#host.getBoundingClientRect();
    this.#set(rect.width, rect.height);
  }

  #set(width: number, height: number): void {
    // while printing, the size is the paper's: the chart keeps its print layout,
    // and the observer reports the window's size again once printing ends
    if (this.printing || this.#print?.matches) return;
    const w = Math.round(width);
    const h = Math.round(height);
    if (w === this.width && h === this.height) return;
    const changed = w !== this.width || (this.#followHeight && h !== this.height);
    this.width = w;
    this.height = h;
    if (changed) this.#host.requestUpdate();
  }
}
