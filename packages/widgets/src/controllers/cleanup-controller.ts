import type { ReactiveController, ReactiveControllerHost } from 'lit';

/**
 * Ties listeners, timers, animation frames and observers to the host's
 * connection: everything registered through it is removed when the host
 * disconnects, so 1,000 connect/disconnect cycles leave nothing behind.
 *
 * Register in `connectedCallback` / `hostConnected` (or later, while
 * connected); registrations made while disconnected are ignored and return a
 * no-op.
 *
 * @example
 * const cleanup = new CleanupController(this);
 * connectedCallback() { super.connectedCallback(); cleanup.listen(window, 'resize', this.onResize); }
 * cleanup.frame(() => this.paint());
 */
export class CleanupController implements ReactiveController {
  #disposers = new Set<() => void>();
  #connected = false;

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
  }

  hostDisconnected(): void {
    this.#connected = false;
    // Each entry removes itself from the set when it runs.
    for (const dispose of [...this.#disposers]) dispose();
  }

  /** Runs `dispose` on disconnect; returns a function that runs it now instead. */
  add(dispose: () => void): () => void {
    if (!this.#connected) {
      dispose();
      return () => undefined;
    }
    const once = () => {
      if (this.#disposers.delete(once)) dispose();
    };
    this.#disposers.add(once);
    return once;
  }

  /** `addEventListener` until disconnect; returns a function that removes it now. */
  listen<K extends keyof HTMLElementEventMap>(
    target: EventTarget,
    type: K | (string & {}),
    listener: (event: HTMLElementEventMap[K]) => void,
    options?: AddEventListenerOptions,
  ): () => void {
    const fn = listener as EventListener;
    target.addEventListener(type, fn, options);
    return this.add(() => target.removeEventListener(type, fn, options));
  }

  /** `setTimeout` that is cleared on disconnect. */
  timeout(callback: () => void, ms: number): () => void {
    let dispose = (): void => undefined;
    const id = setTimeout(() => {
      dispose();
      callback();
    }, ms);
    dispose = this.add(() => clearTimeout(id));
    return dispose;
  }

  /** `requestAnimationFrame` that is cancelled on disconnect. */
  frame(callback: (time: number) => void): () => void {
    let dispose = (): void => undefined;
    const id = requestAnimationFrame((time) => {
      dispose();
      callback(time);
    });
    dispose = this.add(() => cancelAnimationFrame(id));
    return dispose;
  }

  /** Disconnects an observer (Resize-, Mutation-, IntersectionObserver) on disconnect. */
  observer<T extends { disconnect(): void }>(observer: T): T {
    this.add(() => observer.disconnect());
    return observer;
  }
}
