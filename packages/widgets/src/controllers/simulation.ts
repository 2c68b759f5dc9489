import type { ReactiveController, ReactiveControllerHost } from 'lit';

/** A layout that runs in slices on the main thread (see `networkLayoutSteps`). */
export interface SteppedLayout<R> {
  readonly total: number;
  /** runs up to `ticks` more ticks; true once finished */
  step(ticks: number): boolean;
  result(): R;
}

/** How to run one layout: on the main thread, and optionally in a worker. */
export interface LayoutJob<R> {
  /** the same layout, run in slices on the main thread */
  steps(): SteppedLayout<R>;
  /** work below this many units (nodes + ties, say) runs synchronously, in one go */
  small: boolean;
  /** a worker running the whole layout; omitted or failing, the main thread does it in slices */
  worker?: {
    create(): Worker;
    message: unknown;
    transfer?: Transferable[];
    /** the result from the worker's answer, or undefined if the answer is not one */
    read(data: unknown): R | undefined;
  };
}

/** A live simulation driven one tick per animation frame (dragging). */
export interface LiveSimulation {
  tick(): void;
  alpha(): number;
  alphaMin(): number;
  alphaTarget(): number;
  stop(): unknown;
}

/** Rejection reason of a layout replaced by a newer one. */
export class LayoutSuperseded extends Error {
  constructor() {
    super('layout: superseded by a newer layout');
    this.name = 'LayoutSuperseded';
  }
}

const SLICE_MS = 12;

/**
 * The lifecycle of a force layout inside an element: settle the layout before
 * anything is shown, off the main thread when it is large, and never leave a
 * simulation, a worker or a frame running after the host disconnects.
 *
 * - `run(job)` lays out and resolves with the settled result. Small jobs run
 *   synchronously; large ones in a worker; when workers are unavailable (no
 *   `Worker`, a CSP that forbids it, a failing script) the main thread runs
 *   the same ticks in slices of about 12 ms, so the page stays responsive.
 *   A newer `run` rejects the older one with `LayoutSuperseded`. A worker
 *   that answered waits, idle, for the page's next layout (one such worker
 *   per page), so only the page's first large layout starts a fresh one.
 * - Disconnecting stops everything (terminates the worker, cancels slices and
 *   frames) and keeps the job; reconnecting runs it again, and the pending
 *   promise resolves then.
 * - `drive(simulation, onTick)` runs an interactive re-simulation (dragging)
 *   one tick per animation frame until it cools down; `stopLive()` ends it.
 *
 * @example
 * #simulation = new SimulationController(this);
 * const positions = await this.#simulation.run(networkJob(graph, { seed }));
 */
export class SimulationController<R> implements ReactiveController {
  /** true while something runs: a worker, main-thread slices or a live simulation */
  get running(): boolean {
    return this.hasWorker || this.#timer !== undefined || this.#live !== undefined;
  }

  /** true while a worker exists (running a layout, or started ahead by `prewarm`) */
  get hasWorker(): boolean {
    return this.#worker !== undefined || this.#spare !== undefined;
  }

  /** true while a layout waits for its result (also while disconnected, until reconnected) */
  get pending(): boolean {
    return this.#pending !== undefined;
  }

  /** true while a live simulation moves nodes (see `drive`) */
  get driving(): boolean {
    return this.#live !== undefined;
  }

  /** how the last layout ran: `sync`, `worker` or `slices` */
  mode: 'sync' | 'worker' | 'slices' | undefined;

  #connected = false;
  #pending:
    { job: LayoutJob<R>; resolve: (r: R) => void; reject: (e: unknown) => void } | undefined;
  #worker: Worker | undefined;
  /** a worker started ahead of its job (see `prewarm`) */
  #spare: Worker | undefined;
  #timer: ReturnType<typeof setTimeout> | undefined;
  #live: { simulation: LiveSimulation; onTick: () => void; frame: number } | undefined;
  #generation = 0;
  /**
   * The `Worker` constructor that could not create or load a worker (a CSP or
   * a Trusted Types policy forbids it): later layouts on the page go straight
   * to main-thread slices, so a blocked worker is reported once per page.
   */
  static #blockedWorker: unknown;

  /** True once the page's `Worker` failed (see `#blockedWorker`), or when there is none. */
  static #workersBlocked(): boolean {
    return typeof Worker !== 'function' || SimulationController.#blockedWorker === Worker;
  }

  static #block(): void {
    SimulationController.#blockedWorker = typeof Worker === 'function' ? Worker : undefined;
  }

  /**
   * A worker that answered its layout, kept idle for the page's next layout
   * from the same `create`: one per page. Its script is loaded and its code
   * compiled and optimised by then, which makes a layout of a few hundred
   * nodes several times faster than in a fresh worker.
   */
  static #idle: { create: () => Worker; worker: Worker } | undefined;

  /** The idle worker made by `create`, taken out of the page's slot; or a new one. */
  static #take(create: () => Worker): Worker {
    const idle = SimulationController.#idle;
    if (idle?.create !== create) return create();
    SimulationController.#idle = undefined;
    return idle.worker;
  }

  constructor(host: ReactiveControllerHost) {
    host.addController(this);
  }

  hostConnected(): void {
    this.#connected = true;
    if (this.#pending) this.#start();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#halt();
    this.#dropSpare();
    this.stopLive();
  }

  /** Lays out `job` and resolves with the settled result (see the class comment). */
  run(job: LayoutJob<R>): Promise<R> {
    this.stopLive();
    this.#halt();
    const previous = this.#pending;
    this.#pending = undefined;
    previous?.reject(new LayoutSuperseded());
    return new Promise<R>((resolve, reject) => {
      this.#pending = { job, resolve, reject };
      if (this.#connected) this.#start();
    });
  }

  /**
   * Starts a worker ahead of time, so its script loads while the host is still
   * preparing the job (building a large graph takes a while); the next `run`
   * that wants a worker takes it. A worker left unused is terminated by a
   * layout that runs without one and on disconnect.
   */
  prewarm(create: () => Worker): void {
    if (!this.#connected || this.#spare || SimulationController.#workersBlocked()) return;
    try {
      this.#spare = SimulationController.#take(create);
    } catch {
      SimulationController.#block();
    }
  }

  /**
   * Lays out a small job right now, on the main thread, and returns the
   * result: no promise round trip, so the host draws it in the same update.
   * Supersedes any layout in flight.
   */
  runNow(job: LayoutJob<R>): R {
    this.cancel();
    this.mode = 'sync';
    const steps = job.steps();
    steps.step(steps.total);
    return steps.result();
  }

  /** Cancels the layout in flight (its promise rejects with `LayoutSuperseded`). */
  cancel(): void {
    this.#halt();
    this.#dropSpare();
    const pending = this.#pending;
    this.#pending = undefined;
    pending?.reject(new LayoutSuperseded());
  }

  /**
   * Drives `simulation` one tick per animation frame, calling `onTick` after
   * each, until its alpha falls below its minimum with no target. Replaces any
   * live simulation already running.
   */
  drive(simulation: LiveSimulation, onTick: () => void): void {
    if (!this.#connected) return;
    if (this.#live?.simulation === simulation) {
      this.#live.onTick = onTick;
      return;
    }
    this.stopLive();
    simulation.stop();
    const live = { simulation, onTick, frame: 0 };
    const frame = (): void => {
      if (this.#live !== live) return;
      simulation.tick();
      live.onTick();
      if (simulation.alpha() < simulation.alphaMin() && simulation.alphaTarget() === 0) {
        this.#live = undefined;
        return;
      }
      live.frame = requestAnimationFrame(frame);
    };
    this.#live = live;
    live.frame = requestAnimationFrame(frame);
  }

  /** Stops the live simulation, if any. */
  stopLive(): void {
    const live = this.#live;
    this.#live = undefined;
    if (!live) return;
    cancelAnimationFrame(live.frame);
    live.simulation.stop();
  }

  #start(): void {
    const pending = this.#pending;
    if (!pending) return;
    const generation = ++this.#generation;
    const { job } = pending;
    if (job.small || !job.worker) this.#dropSpare();
    if (job.small) {
      this.mode = 'sync';
      this.#finish(generation, () => {
        const steps = job.steps();
        steps.step(steps.total);
        return steps.result();
      });
      return;
    }
    if (job.worker && !SimulationController.#workersBlocked()) {
      let worker: Worker;
      const { create } = job.worker;
      try {
        worker = this.#spare ?? SimulationController.#take(create);
        this.#spare = undefined;
      } catch {
        SimulationController.#block();
        this.#slices(generation, job);
        return;
      }
      this.mode = 'worker';
      this.#worker = worker;
      const fallBack = (): void => {
        if (generation !== this.#generation) return;
        SimulationController.#block();
        this.#terminate();
        this.#slices(generation, job);
      };
      // Handlers by property: a worker taken from the idle slot drops its last job's.
      worker.onmessage = (event: MessageEvent) => {
        if (generation !== this.#generation) return;
        const result = job.worker!.read(event.data);
        if (result === undefined) return fallBack();
        this.#worker = undefined;
        worker.onmessage = worker.onerror = worker.onmessageerror = null;
        SimulationController.#idle?.worker.terminate();
        SimulationController.#idle = { create, worker };
        this.#finish(generation, () => result);
      };
      worker.onerror = (event) => {
        event.preventDefault();
        fallBack();
      };
      worker.onmessageerror = fallBack;
      try {
        worker.postMessage(job.worker.message, { transfer: job.worker.transfer ?? [] });
      } catch {
        fallBack();
      }
      return;
    }
    this.#slices(generation, job);
  }

  #slices(generation: number, job: LayoutJob<R>): void {
    this.mode = 'slices';
    const steps = job.steps();
    let perSlice = 5;
    const slice = (): void => {
      this.#timer = undefined;
      if (generation !== this.#generation) return;
      const t0 = performance.now();
      const done = steps.step(perSlice);
      const spent = performance.now() - t0;
      // Aim each slice at SLICE_MS whatever the graph size.
      perSlice = Math.max(
        1,
        Math.min(500, Math.round((perSlice * SLICE_MS) / Math.max(spent, 0.5))),
      );
      if (done) this.#finish(generation, () => steps.result());
      else this.#timer = setTimeout(slice, 0);
    };
    slice();
  }

  #finish(generation: number, compute: () => R): void {
    if (generation !== this.#generation) return;
    const pending = this.#pending;
    if (!pending) return;
    this.#pending = undefined;
    try {
      pending.resolve(compute());
    } catch (e) {
      pending.reject(e);
    }
  }

  /** Stops the work in flight but keeps the pending job (for reconnecting). */
  #halt(): void {
    this.#generation++;
    this.#terminate();
    if (this.#timer !== undefined) clearTimeout(this.#timer);
    this.#timer = undefined;
  }

  #terminate(): void {
    this.#worker?.terminate();
    this.#worker = undefined;
  }

  #dropSpare(): void {
    this.#spare?.terminate();
    this.#spare = undefined;
  }
}
