import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { ResizeController } from '../../src/controllers/resize-controller.js';
import { nextFrame, unmountAll } from '../browser/mount.js';

class SizeProbe extends LitElement {
  size = new ResizeController(this);
  renders = 0;
  override render() {
    this.renders++;
    return html`<div>${this.size.width}</div>`;
  }
}
customElements.define('size-probe', SizeProbe);

describe('ResizeController', () => {
  afterEach(unmountAll);

  it('measures on first connect and follows the container width', async () => {
    const host = document.createElement('div');
    host.className = 'fixture';
    host.style.setProperty('width', '500px');
    const el = document.createElement('size-probe') as SizeProbe;
    el.style.setProperty('display', 'block');
    host.appendChild(el);
    document.body.appendChild(host);
    await el.updateComplete;
    expect(el.size.width).toBe(500);
    host.style.setProperty('width', '320px');
    await nextFrame();
    await nextFrame();
    await el.updateComplete;
    expect(el.size.width).toBe(320);
    expect(el.shadowRoot!.textContent).toContain('320');
  });
});
