import {
  html,
  nothing,
  type ReactiveController,
  type ReactiveControllerHost,
  type TemplateResult,
} from 'lit';
import { styleProps } from '../shared/style-props.js';

/**
 * A text-only tooltip drawn inside the host's shadow root (style it through the
 * `tooltip` part). Lines are text bindings: names are never parsed as HTML.
 * Positions are relative to the host's border box; the tooltip flips to stay
 * inside the host.
 *
 * Add `${this.#tooltip.render()}` at the end of the host's template, inside an
 * element with `position: relative` that fills the host (the shared
 * `RemitElement` frame does this).
 *
 * @example
 * onPointerMove(e) { this.#tooltip.showAtPointer(e, [unit.name, msg.items(9)]); }
 * onFocus(e) { this.#tooltip.showAtElement(e.target, [unit.name]); }
 */
export class TooltipController implements ReactiveController {
  lines: readonly string[] = [];
  x = 0;
  y = 0;
  visible = false;
  #host: ReactiveControllerHost & HTMLElement;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  hostDisconnected(): void {
    this.visible = false;
  }

  /** Shows `lines` at a point in the host's coordinates. */
  show(lines: string | readonly string[], x: number, y: number): void {
    this.lines = typeof lines === 'string' ? [lines] : lines;
    this.x = x;
    this.y = y;
    this.visible = true;
    this.#host.requestUpdate();
  }

  /** Shows `lines` near the pointer. */
  showAtPointer(
    event: { clientX: number; clientY: number },
    lines: string | readonly string[],
  ): void {
    const box = this.#host.getBoundingClientRect();
    this.show(lines, event.clientX - box.left, event.clientY - box.top);
  }

  /** Shows `lines` below an element (for keyboard focus). */
  showAtElement(target: Element, lines: string | readonly string[]): void {
    const box = this.#host.getBoundingClientRect();
    const r = target.getBoundingClientRect();
    this.show(lines, r.left + r.width / 2 - box.left, r.bottom - box.top);
  }

  hide(): void {
    if (!this.visible) return;
    this.visible = false;
    this.#host.requestUpdate();
  }

  /** The tooltip's template, or nothing when hidden. */
  render(): TemplateResult | typeof nothing {
    if (!this.visible || this.lines.length === 0) return nothing;
    const width = this.#host.clientWidth || 320;
    const flip = this.x > width / 2;
    const style = {
      top: `${Math.round(this.y + 12)}px`,
      left: flip ? 'auto' : `${Math.round(this.x + 12)}px`,
      right: flip ? `${Math.round(width - this.x + 12)}px` : 'auto',
    };
    return html`<div part="tooltip" class="tooltip" aria-hidden="true" ${styleProps(style)}>
      ${this.lines.map((line) => html`<div>${line}</div>`)}
    </div>`;
  }
}
