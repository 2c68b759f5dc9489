/**
 * Counts what code leaves behind: pending timeouts and animation frames, live
 * observers (Resize-, Mutation-, IntersectionObserver with targets and no
 * `disconnect`), and listeners on global targets (window, document, the root
 * element, body, MediaQueryList). Install it, run connect/disconnect cycles,
 * read `pending()`, then `restore()`.
 */
export interface LeakCounts {
  timeouts: number;
  frames: number;
  observers: number;
  listeners: number;
}

export function installLeakProbe(): { pending: () => LeakCounts; restore: () => void } {
  const timeouts = new Set<number>();
  const frames = new Set<number>();
  const observers = new Set<object>();
  const listeners = new Map<string, number>();
  const ids = new WeakMap<object, number>();
  let nextId = 1;
  const idOf = (o: object): number => {
    let id = ids.get(o);
    if (!id) ids.set(o, (id = nextId++));
    return id;
  };

  const w = window as unknown as Record<string, unknown>;
  const saved = {
    setTimeout: window.setTimeout,
    clearTimeout: window.clearTimeout,
    requestAnimationFrame: window.requestAnimationFrame,
    cancelAnimationFrame: window.cancelAnimationFrame,
    add: EventTarget.prototype.addEventListener,
    remove: EventTarget.prototype.removeEventListener,
    ResizeObserver: window.ResizeObserver,
    MutationObserver: window.MutationObserver,
    IntersectionObserver: window.IntersectionObserver,
  };

  w.setTimeout = ((fn: TimerHandler, ms?: number, ...args: unknown[]) => {
    const id = saved.setTimeout.call(
      window,
      () => {
        timeouts.delete(id);
        if (typeof fn === 'function') (fn as (...x: unknown[]) => void)(...args);
      },
      ms,
    ) as unknown as number;
    timeouts.add(id);
    return id;
  }) as typeof setTimeout;
  w.clearTimeout = (id?: number) => {
    if (id !== undefined) timeouts.delete(id);
    saved.clearTimeout.call(window, id);
  };
  w.requestAnimationFrame = (fn: FrameRequestCallback) => {
    const id = saved.requestAnimationFrame.call(window, (t) => {
      frames.delete(id);
      fn(t);
    });
    frames.add(id);
    return id;
  };
  w.cancelAnimationFrame = (id: number) => {
    frames.delete(id);
    saved.cancelAnimationFrame.call(window, id);
  };

  const isGlobal = (t: EventTarget): boolean =>
    t === window ||
    t === document ||
    t === document.documentElement ||
    t === document.body ||
    t instanceof MediaQueryList;
  const keyOf = (t: EventTarget, type: string, fn: unknown, opts: unknown): string =>
    `${idOf(t)}|${type}|${fn && typeof fn === 'object' ? idOf(fn) : typeof fn === 'function' ? idOf(fn) : ''}|${
      typeof opts === 'boolean' ? opts : !!(opts as { capture?: boolean } | undefined)?.capture
    }`;
  EventTarget.prototype.addEventListener = function (type, fn, opts) {
    if (fn && isGlobal(this) && !(typeof opts === 'object' && opts?.once)) {
      const key = keyOf(this, type, fn, opts);
      listeners.set(key, 1);
    }
    return saved.add.call(this, type, fn, opts);
  };
  EventTarget.prototype.removeEventListener = function (type, fn, opts) {
    if (fn && isGlobal(this)) listeners.delete(keyOf(this, type, fn, opts));
    return saved.remove.call(this, type, fn, opts);
  };

  type Observer = { observe(...a: unknown[]): void; disconnect(): void };
  // eslint-disable-next-line @typescript-eslint/no-explicit-any
  const wrapObserver = <T extends new (...a: any[]) => Observer>(Base: T): T =>
    class extends Base {
      override observe(...a: unknown[]): void {
        observers.add(this);
        super.observe(...a);
      }
      override disconnect(): void {
        observers.delete(this);
        super.disconnect();
      }
    };
  w.ResizeObserver = wrapObserver(saved.ResizeObserver as never);
  w.MutationObserver = wrapObserver(saved.MutationObserver as never);
  w.IntersectionObserver = wrapObserver(saved.IntersectionObserver as never);

  return {
    pending: () => ({
      timeouts: timeouts.size,
      frames: frames.size,
      observers: observers.size,
      listeners: listeners.size,
    }),
    restore: () => {
      w.setTimeout = saved.setTimeout;
      w.clearTimeout = saved.clearTimeout;
      w.requestAnimationFrame = saved.requestAnimationFrame;
      w.cancelAnimationFrame = saved.cancelAnimationFrame;
      EventTarget.prototype.addEventListener = saved.add;
      EventTarget.prototype.removeEventListener = saved.remove;
      w.ResizeObserver = saved.ResizeObserver;
      w.MutationObserver = saved.MutationObserver;
      w.IntersectionObserver = saved.IntersectionObserver;
    },
  };
}
