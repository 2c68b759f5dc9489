import {
  incidence,
  type Diagnostic,
  type Incidence,
  type Plan,
  type Read,
} from '@remit/core/model';
import { rememberPlan } from './dev-warnings.js';
import type { LoadError } from './load-error.js';
import { invalid, loadPlan } from './load-plan.js';
import { sameSelection, type Selection } from './selection.js';
import { toPlan } from './to-plan.js';

/** Where a store is: no data yet, fetching, a drawable plan, an empty plan, or failed. */
export type LoadState = 'idle' | 'loading' | 'ready' | 'empty' | 'error';

/** What changed, passed to subscribers. */
export type StoreChange = 'data' | 'selection' | 'hover';

/**
 * Called on every change with what changed and the store; for a selection, `by` is the element
 * that made it and already fired `remit-select` for it (a click), or undefined when the page
 * made it (`store.select()`) or a new plan cleared it, which the store's owner then announces.
 */
export type StoreListener = (change: StoreChange, store: PlanStore, by?: EventTarget) => void;

/**
 * One plan and its linked selection, shared by every element that shows it.
 *
 * A `<remit-data>` element owns one store and lends it to elements pointing at
 * it with `source`; an element given `data` or `src` directly owns a private
 * store. Elements never keep their own copy of the selection: they read
 * `store.selection` when they render and call `select()` when the user picks.
 *
 * The store never throws from loading: failures become `state: 'error'` with an
 * `error`; a new `load()` or `setPlan()` aborts the fetch in flight.
 *
 * Every change of the selection is heard as a `remit-select` event: a click fires it from the
 * element clicked; `select()` from the page, and a new plan clearing the selection, fire it from
 * the store's owner (the `<remit-data>`, or the element whose own store it is). `subscribe()`
 * hears every change (data, selection, hover) without the DOM.
 *
 * @example
 * const store = document.querySelector('remit-data').store;
 * const stop = store.subscribe((change, s) => change === 'selection' && show(s.selection));
 * store.select({ kind: 'unit', id: 'u3' }); // highlighted everywhere; `remit-select` fires
 */
export class PlanStore {
  state: LoadState = 'idle';
  plan: Plan | undefined;
  /** diagnostics from reading the plan (warnings for a ready plan, errors for a failed one) */
  diagnostics: Diagnostic[] = [];
  error: LoadError | undefined;
  selection: Selection | null = null;
  hover: Selection | null = null;

  #incidence: Incidence | undefined;
  #listeners = new Set<StoreListener>();
  #abort: AbortController | undefined;
  #settled: Promise<void> = Promise.resolve();

  /** The incidence index of the plan, built once per plan. */
  get incidence(): Incidence | undefined {
    if (!this.#incidence && this.plan) this.#incidence = incidence(this.plan);
    return this.#incidence;
  }

  /** Resolves when no load is in flight (immediately when none is). Never rejects. */
  get settled(): Promise<void> {
    return this.#settled;
  }

  /** Calls `listener` on every change until the returned function is called. */
  subscribe(listener: StoreListener): () => void {
    this.#listeners.add(listener);
    return () => this.#listeners.delete(listener);
  }

  /**
   * Sets the plan from a value (a Plan object or anything `toPlan` accepts);
   * `null`/`undefined` clears it back to `idle`.
   */
  setPlan(value: unknown): void {
    this.abort();
    if (process.env.NODE_ENV !== 'production') rememberPlan(value);
    if (value === undefined || value === null) {
      this.#set('idle', undefined, [], undefined);
      return;
    }
    const read = toPlan(value);
    if (read.value) this.#accept(read.value, read.diagnostics);
    else this.#set('error', undefined, read.diagnostics, invalid(read.diagnostics));
  }

  /** Sets the plan from a reader's result (`readPlanText`), keeping its diagnostics. */
  setRead(read: Read<Plan | undefined>): void {
    this.abort();
    if (read.value) this.#accept(read.value, read.diagnostics);
    else this.#set('error', undefined, read.diagnostics, invalid(read.diagnostics));
  }

  /** Fetches and reads a plan from a URL; the returned promise never rejects. */
  load(src: string): Promise<void> {
    this.abort();
    const controller = new AbortController();
    this.#abort = controller;
    this.#set('loading', undefined, [], undefined);
    const done = loadPlan(src, controller.signal).then(
      (loaded) => {
        if (controller.signal.aborted) return;
        this.#abort = undefined;
        if (loaded.plan) this.#accept(loaded.plan, loaded.diagnostics);
        else this.#set('error', undefined, loaded.diagnostics, loaded.error);
      },
      () => undefined, // aborted: a newer load or setPlan owns the state
    );
    this.#settled = done;
    return done;
  }

  /** Fails the store with an error that did not come from loading (e.g. a missing source). */
  fail(error: LoadError): void {
    this.abort();
    this.#set('error', undefined, [], error);
  }

  /** Aborts the fetch in flight, if any, leaving the state as it is. */
  abort(): void {
    this.#abort?.abort();
    this.#abort = undefined;
  }

  /**
   * Sets the linked selection (null clears it) and notifies subscribers when it changed: every
   * element on this store highlights it, and `remit-select` fires as for a click. `by` is for
   * elements, which fire the event themselves.
   */
  select(selection: Selection | null, by?: EventTarget): void {
    if (sameSelection(this.selection, selection)) return;
    this.selection = selection && { kind: selection.kind, id: selection.id };
    this.#notify('selection', by);
  }

  /** Sets what the pointer is over (null when nothing) and notifies when it changed. */
  setHover(hover: Selection | null): void {
    if (sameSelection(this.hover, hover)) return;
    this.hover = hover && { kind: hover.kind, id: hover.id };
    this.#notify('hover');
  }

  #accept(plan: Plan, diagnostics: Diagnostic[]): void {
    const empty = plan.items.length === 0 && plan.units.length === 0;
    this.#set(empty ? 'empty' : 'ready', plan, diagnostics, undefined);
  }

  #set(
    state: LoadState,
    plan: Plan | undefined,
    diagnostics: Diagnostic[],
    error: LoadError | undefined,
  ): void {
    this.state = state;
    this.plan = plan;
    this.#incidence = undefined;
    this.diagnostics = diagnostics;
    this.error = error;
    const cleared = this.selection;
    this.selection = this.hover = null;
    this.#notify('data');
    if (cleared) this.#notify('selection');
  }

  #notify(change: StoreChange, by?: EventTarget): void {
    for (const listener of [...this.#listeners]) listener(change, this, by);
  }
}
