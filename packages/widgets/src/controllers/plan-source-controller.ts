import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Incidence, Plan } from '@remit/core/model';
import { warnDataAttribute, warnIfPlanChanged } from '../data/dev-warnings.js';
import { PlanStore, type LoadState } from '../data/plan-store.js';
import { announceSelections } from './selection-controller.js';

/** The three ways to get a plan; the first one set wins. */
export interface PlanSourceFields {
  /** a Plan object (wins over `source` and `src`) */
  data: unknown;
  /** the id of a `<remit-data>` in the same document or shadow root (wins over `src`) */
  source: string | null | undefined;
  /** the URL of a .json, .csv or .txt plan */
  src: string | null | undefined;
}

/** What a host gives the controller: by default its own `data`, `source` and `src`. */
export interface PlanSourceHost extends ReactiveControllerHost, HTMLElement, PlanSourceFields {}

/** Anything that lends a store: `<remit-data>`, or a copy of it from a second bundle. */
interface StoreOwner extends Element {
  store: PlanStore;
}

function isStoreOwner(el: Element | null): el is StoreOwner {
  const store = (el as Partial<StoreOwner> | null)?.store;
  return typeof store?.subscribe === 'function' && typeof store.select === 'function';
}

/**
 * Gives a host its plan, from `data`, `source` or `src` (first one set wins),
 * and the store that holds the linked selection.
 *
 * - `data`: checked with `toPlan` (core's `validatePlan`) into a private store.
 * - `source`: borrows the store of `<remit-data id="…">` in the host's root;
 *   waits for it (it may come later in the page) and shows `source-not-found`
 *   once the document has loaded without it.
 * - `src`: fetched into a private store; a new `src` or a disconnect aborts the
 *   fetch in flight.
 *
 * The host updates on every store change (data, selection, hover). Read
 * `state`, `plan`, `incidence` during render. A selection made on the host's own
 * store by the page (`store.select()`) fires `remit-select` from the host.
 */
export class PlanSourceController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #fields: () => PlanSourceFields;
  #own = new PlanStore();
  #store: PlanStore = this.#own;
  #unsubscribe: (() => void) | undefined;
  #key: readonly unknown[] = [];
  #waiting: (() => void) | undefined;
  #connected = false;

  /**
   * `fields` reads where the plan comes from; by default the host's own
   * `data`, `source` and `src` (an element with a second plan, such as
   * `<remit-compare>`'s earlier plan, passes its other three properties).
   */
  constructor(
    host: ReactiveControllerHost & HTMLElement,
    fields: () => PlanSourceFields = () => host as PlanSourceHost,
  ) {
    this.#host = host;
    this.#fields = fields;
    host.addController(this);
    announceSelections(host, this.#own);
  }

  /** The store in use: the host's own, or the one lent by `<remit-data>`. */
  get store(): PlanStore {
    return this.#store;
  }

  get state(): LoadState {
    return this.#store.state;
  }

  get plan(): Plan | undefined {
    return this.#store.plan;
  }

  get incidence(): Incidence | undefined {
    return this.#store.incidence;
  }

  hostConnected(): void {
    this.#connected = true;
    if (process.env.NODE_ENV !== 'production') warnDataAttribute(this.#host);
    // A borrowed store is looked up again: the host may have moved to another root.
    const { source, data } = this.#fields();
    if (source && data == null) this.#key = [];
    this.#sync();
    if (!this.#unsubscribe) this.#use(this.#store);
  }

  hostUpdate(): void {
    this.#sync();
  }

  hostDisconnected(): void {
    this.#connected = false;
    this.#stopWaiting();
    this.#own.abort();
    this.#unsubscribe?.();
    this.#unsubscribe = undefined;
    if (this.#own.state === 'loading') {
      // The aborted fetch must run again on reconnect.
      this.#own.setPlan(undefined);
      this.#key = [];
    }
  }

  #sync(): void {
    if (!this.#connected) return;
    const { data, source, src } = this.#fields();
    const key = [data, source, src] as const;
    if (key.every((v, i) => v === this.#key[i])) {
      if (process.env.NODE_ENV !== 'production')
        warnIfPlanChanged(data, `<${this.#host.localName}>`);
      return;
    }
    this.#key = key;
    this.#stopWaiting();
    if (data !== undefined && data !== null) {
      this.#use(this.#own);
      this.#own.setPlan(data);
    } else if (source) {
      this.#own.setPlan(undefined);
      this.#find(source);
    } else if (src) {
      this.#use(this.#own);
      void this.#own.load(src);
    } else {
      this.#use(this.#own);
      this.#own.setPlan(undefined);
    }
  }

  #use(store: PlanStore): void {
    if (store === this.#store && this.#unsubscribe) return;
    this.#unsubscribe?.();
    this.#store = store;
    this.#unsubscribe = store.subscribe(() => this.#host.requestUpdate());
    this.#host.requestUpdate();
  }

  #find(id: string): void {
    const root = this.#host.getRootNode() as Document | ShadowRoot;
    const lookup = (): boolean => {
      const found = root.getElementById?.(id) ?? null;
      if (!isStoreOwner(found)) return false;
      this.#stopWaiting();
      this.#use(found.store);
      return true;
    };
    if (lookup()) return;
    this.#use(this.#own);
    // Wait for the element: it may come later in the page, get its id later, or be
    // upgraded later. Only a successful lookup changes the store.
    const observer = new MutationObserver(() => void lookup());
    observer.observe(root, {
      childList: true,
      subtree: true,
      attributes: true,
      attributeFilter: ['id'],
    });
    let live = true;
    if (!customElements.get('remit-data')) {
      void customElements.whenDefined('remit-data').then(() => live && lookup());
    }
    const fail = (): void => {
      if (live) this.#own.fail({ code: 'source-not-found', id });
    };
    if (document.readyState === 'loading') {
      document.addEventListener('DOMContentLoaded', fail, { once: true });
    } else {
      fail();
    }
    this.#waiting = () => {
      live = false;
      observer.disconnect();
      document.removeEventListener('DOMContentLoaded', fail);
    };
  }

  #stopWaiting(): void {
    this.#waiting?.();
    this.#waiting = undefined;
  }
}
