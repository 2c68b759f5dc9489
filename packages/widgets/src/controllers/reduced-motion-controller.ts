import type { ReactiveController, ReactiveControllerHost } from 'lit';

const QUERY = '(prefers-reduced-motion: reduce)';

/**
 * Whether the user asked for reduced motion; the host updates when it changes.
 * Skip transitions and animated layouts when `reduced` is true.
 */
export class ReducedMotionController implements ReactiveController {
  reduced = false;
  #host: ReactiveControllerHost;
  #query: MediaQueryList | undefined;
  #onChange = (): void => {
    this.reduced = this.#query?.matches ?? false;
    this.#host.requestUpdate();
  };

  constructor(host: ReactiveControllerHost) {
    this.#host = host;
    host.addController(this);
  }

  hostConnected(): void {
    this.#query = matchMedia(QUERY);
    this.reduced = this.#query.matches;
    this.#query.addEventListener('change', this.#onChange);
  }

  hostDisconnected(): void {
    this.#query?.removeEventListener('change', this.#onChange);
    this.#query = undefined;
  }
}
