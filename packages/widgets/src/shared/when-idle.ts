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

/**
 * Runs `fn` when the browser is idle after the next frame is painted: work
 * that, done before that frame, would be laid out and painted with it and so
 * hold it back. Where no frame comes (a tab in the background), after
 * `timeout` ms. Returns a function that cancels it.
 */
export function whenIdleAfterPaint(fn: () => void, timeout = 200): () => void {
  let cancel = (): void => {};
  let started = false;
  const start = () => {
    if (started) return;
    started = true;
    cancelAnimationFrame(frame);
    clearTimeout(late);
    cancel = whenIdle(fn);
  };
  // a task queued from the frame's callback runs once that frame is painted
  const frame = requestAnimationFrame(() => setTimeout(start));
  const late = setTimeout(start, timeout);
  return () => {
    started = true;
    cancelAnimationFrame(frame);
    clearTimeout(late);
    cancel();
  };
}
