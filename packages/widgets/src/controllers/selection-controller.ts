import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { PlanStore } from '../data/plan-store.js';
import { sameSelection, type Selection } from '../data/selection.js';
import type { PlanSourceController } from './plan-source-controller.js';

/** `detail` of `remit-select` and `remit-hover`; `null` when cleared. */
export type SelectionDetail = Selection | null;

/**
 * Linked selection and hover, shared through the host's store (so every
 * element on the same `<remit-data>` highlights the same unit or item).
 *
 * - `select(s)` / `toggle(s)`: set the store's selection and fire `remit-select`
 *   from the host (`detail: { kind, id }`, or `null` when cleared; bubbles,
 *   composed). Call on click and on Enter / Space.
 * - `hover(s)`: set the store's hover and fire `remit-hover` (same detail). Call
 *   on pointerenter / focus with the mark, and with `null` on leave / blur.
 * - Escape pressed anywhere in the host clears the selection.
 * - `isSelected(kind, id)` / `isHovered(kind, id)` for drawing.
 *
 * The host re-renders on selection changes through `PlanSourceController`.
 */
export class SelectionController implements ReactiveController {
  #host: ReactiveControllerHost & HTMLElement;
  #source: PlanSourceController;
  #onKeydown = (event: KeyboardEvent): void => {
    if (event.key === 'Escape' && this.selection) {
      this.select(null);
      event.stopPropagation();
    }
  };

  constructor(host: ReactiveControllerHost & HTMLElement, source: PlanSourceController) {
    this.#host = host;
    this.#source = source;
    host.addController(this);
  }

  get selection(): Selection | null {
    return this.#source.store.selection;
  }

  get hovered(): Selection | null {
    return this.#source.store.hover;
  }

  hostConnected(): void {
    this.#host.addEventListener('keydown', this.#onKeydown);
  }

  hostDisconnected(): void {
    this.#host.removeEventListener('keydown', this.#onKeydown);
  }

  isSelected(kind: Selection['kind'], id: string): boolean {
    const s = this.selection;
    return !!s && s.kind === kind && s.id === id;
  }

  isHovered(kind: Selection['kind'], id: string): boolean {
    const h = this.hovered;
    return !!h && h.kind === kind && h.id === id;
  }

  /** Selects (or clears, with null) and fires `remit-select` when it changed. */
  select(selection: Selection | null): void {
    if (sameSelection(this.selection, selection)) return;
    this.#source.store.select(selection, this.#host);
    fireSelection(this.#host, 'remit-select', this.selection);
  }

  /** Selects, or clears when `selection` is already selected. */
  toggle(selection: Selection): void {
    this.select(sameSelection(this.selection, selection) ? null : selection);
  }

  /** Sets the hover (null when leaving) and fires `remit-hover` when it changed. */
  hover(selection: Selection | null): void {
    if (sameSelection(this.hovered, selection)) return;
    this.#source.store.setHover(selection);
    fireSelection(this.#host, 'remit-hover', this.hovered);
  }
}

/** Fires `remit-select` or `remit-hover` from `target` (bubbling, composed) with a copy of `detail`. */
export function fireSelection(
  target: EventTarget,
  type: 'remit-select' | 'remit-hover',
  detail: SelectionDetail,
): void {
  target.dispatchEvent(
    new CustomEvent<SelectionDetail>(type, {
      detail: detail && { kind: detail.kind, id: detail.id },
      bubbles: true,
      composed: true,
    }),
  );
}

/**
 * Fires `remit-select` from `owner` for every selection change of `store` that no element
 * announced itself (`store.select()` from the page, a new plan clearing it), so that the page
 * hears those as it hears clicks. Returns the unsubscribe function.
 */
export function announceSelections(owner: EventTarget, store: PlanStore): () => void {
  return store.subscribe((change, s, by) => {
    if (change === 'selection' && !by) fireSelection(owner, 'remit-select', s.selection);
  });
}

declare global {
  interface HTMLElementEventMap {
    'remit-select': CustomEvent<SelectionDetail>;
    'remit-hover': CustomEvent<SelectionDetail>;
  }
  interface DocumentEventMap {
    'remit-select': CustomEvent<SelectionDetail>;
    'remit-hover': CustomEvent<SelectionDetail>;
  }
}
