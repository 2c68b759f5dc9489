import { html, LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { TooltipController } from '../../src/controllers/tooltip-controller.js';
import { HOSTILE_PAYLOADS } from '../browser/hostile-payloads.js';

class TipProbe extends LitElement {
  tip = new TooltipController(this);
  override render() {
    return html`<div style="position: relative">${this.tip.render()}</div>`;
  }
}
customElements.define('tip-probe', TipProbe);

describe('TooltipController', () => {
  it('draws lines as text, positioned through the CSSOM, and hides', async () => {
    const el = document.createElement('tip-probe') as TipProbe;
    document.body.appendChild(el);
    el.tip.show(HOSTILE_PAYLOADS.slice(0, 3), 10, 20);
    await el.updateComplete;
    const tip = el.shadowRoot!.querySelector<HTMLElement>('[part="tooltip"]')!;
    expect([...tip.children].map((c) => c.textContent)).toEqual(HOSTILE_PAYLOADS.slice(0, 3));
    expect(tip.querySelector('img, svg, script')).toBeNull();
    expect(tip.style.getPropertyValue('top')).toBe('32px');
    el.tip.hide();
    await el.updateComplete;
    expect(el.shadowRoot!.querySelector('[part="tooltip"]')).toBeNull();
    el.remove();
  });
});
