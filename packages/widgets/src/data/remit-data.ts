import { ReactiveElement, css, type PropertyDeclarations } from 'lit';
import { announceSelections } from '../controllers/selection-controller.js';
import { warnDataAttribute, warnIfPlanChanged, watchData } from './dev-warnings.js';
import { PlanStore } from './plan-store.js';
import { readInlinePlan } from './read-inline-plan.js';

/**
 * `<remit-data>`: a non-visual element holding one plan and one linked
 * selection that other elements share with `source="ID"`.
 *
 * The plan comes from, first one present: the `data` property (a Plan object),
 * the `src` attribute (a .json, .csv or .txt URL), or inline JSON in a child
 * `<script type="application/json">` (read as text through `textContent`, never
 * executed; edits to it are picked up).
 *
 * ```html
 * <remit-data id="plan" src="/plans/xuhui-2020.json"></remit-data>
 * <remit-workload source="plan"></remit-workload>
 * <remit-table source="plan" view="units"></remit-table>
 * ```
 *
 * @attr src - URL of a .json, .csv or .txt plan
 * @fires remit-select - `detail: { kind, id }` or `null`, when the page changes the selection
 *   with `store.select()` or a new plan clears it (clicks fire from the element clicked)
 */
export class RemitData extends ReactiveElement {
  static override styles = css`
    :host {
      display: none !important;
    }
  `;

  static override properties: PropertyDeclarations = {
    data: { attribute: false },
    src: { type: String, reflect: true },
  };

  declare data: unknown;
  declare src: string | null | undefined;

  /**
   * The shared plan and selection; elements with `source` subscribe to it. `store.select()`
   * highlights a unit or item in all of them and fires `remit-select` from this element.
   */
  readonly store = new PlanStore();

  #observer: MutationObserver | undefined;
  #key: readonly unknown[] = [];

  /** The plan's state, e.g. to wait for `ready`: see `PlanStore`. */
  get state(): PlanStore['state'] {
    return this.store.state;
  }

  /** Resolves when no load is in flight. */
  get settled(): Promise<void> {
    return this.store.settled;
  }

  constructor() {
    super();
    announceSelections(this, this.store);
  }

  override connectedCallback(): void {
    super.connectedCallback();
    if (process.env.NODE_ENV !== 'production') warnDataAttribute(this);
    this.#observer = new MutationObserver(() => this.#sync());
    this.#observer.observe(this, { childList: true, subtree: true, characterData: true });
    this.#sync();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#observer?.disconnect();
    this.#observer = undefined;
    if (this.store.state === 'loading') {
      // The aborted fetch must run again on reconnect.
      this.store.setPlan(undefined);
      this.#key = [];
    }
  }

  protected override update(changed: Map<PropertyKey, unknown>): void {
    super.update(changed);
    this.#sync();
  }

  #inlineText(): string | undefined {
    const script = this.querySelector('script[type="application/json"]');
    return script ? (script.textContent ?? '') : undefined;
  }

  #sync(): void {
    if (!this.isConnected) return;
    const inline = this.data == null && !this.src ? this.#inlineText() : undefined;
    const key = [this.data, this.src, inline];
    if (key.every((v, i) => v === this.#key[i])) {
      if (process.env.NODE_ENV !== 'production') warnIfPlanChanged(this.data, '<remit-data>');
      return;
    }
    this.#key = key;
    if (this.data != null) this.store.setPlan(this.data);
    else if (this.src) void this.store.load(this.src);
    else if (inline !== undefined) this.store.setRead(readInlinePlan(inline));
    else this.store.setPlan(undefined);
  }
}

// Development builds: `el.data = plan` with the same object, edited in place, warns.
if (process.env.NODE_ENV !== 'production') watchData(RemitData.properties.data);
