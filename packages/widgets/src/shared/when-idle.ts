/**
 * Runs `fn` in the browser's next idle period (at the latest after `timeout`
 * ms), for work nothing on screen waits for; where there is no
 * `requestIdleCallback` (Safari), in the next task. Returns a function that
 * cancels it.
 *
 * @example const cancel = whenIdle(() => this.requestUpdate());
 */
export function whenIdle(fn: () => void, timeout = 1000): () => void {
  if (typeof requestIdleCallback === 'function') {
    const id = requestIdleCallback(fn, { timeout });
    return () => cancelIdleCallback(id);
  }
  const id = setTimeout(fn);
  return () => clearTimeout(id);
}
