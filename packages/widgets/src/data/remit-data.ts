import { ReactiveElement, css, type PropertyDeclarations } from 'lit';
import { PlanStore } from './plan-store.js';
import { readPlanText } from './read-plan-text.js';

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

  /** The shared plan and selection; elements with `source` subscribe to it. */
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

  override connectedCallback(): void {
    super.connectedCallback();
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
    if (key.every((v, i) => v === this.#key[i])) return;
    this.#key = key;
    if (this.data != null) this.store.setPlan(this.data);
    else if (this.src) void this.store.load(this.src);
    else if (inline !== undefined) this.store.setRead(readPlanText(inline, 'json'));
    else this.store.setPlan(undefined);
  }
}
