import { LitElement } from 'lit';
import { describe, expect, it } from 'vitest';
import { CleanupController } from '../../src/controllers/cleanup-controller.js';

class CleanupProbe extends LitElement {
  cleanup = new CleanupController(this);
}
customElements.define('cleanup-probe', CleanupProbe);

describe('CleanupController', () => {
  it('removes listeners, timeouts, frames and observers on disconnect', async () => {
    const el = document.createElement('cleanup-probe') as CleanupProbe;
    document.body.appendChild(el);
    let calls = 0;
    el.cleanup.listen(window, 'remit-test', () => calls++);
    el.cleanup.timeout(() => calls++, 0);
    el.cleanup.frame(() => calls++);
    let disconnected = false;
    el.cleanup.observer({ disconnect: () => (disconnected = true) });
    el.remove();
    window.dispatchEvent(new Event('remit-test'));
    await new Promise((r) => requestAnimationFrame(() => setTimeout(r, 10)));
    expect(calls).toBe(0);
    expect(disconnected).toBe(true);
  });

  it('runs what it was given while connected, and ignores registrations while disconnected', async () => {
    const el = document.createElement('cleanup-probe') as CleanupProbe;
    let calls = 0;
    el.cleanup.listen(window, 'remit-test', () => calls++);
    document.body.appendChild(el);
    window.dispatchEvent(new Event('remit-test'));
    expect(calls).toBe(0);
    el.cleanup.listen(window, 'remit-test', () => calls++);
    window.dispatchEvent(new Event('remit-test'));
    expect(calls).toBe(1);
    const stop = el.cleanup.timeout(() => calls++, 0);
    stop();
    await new Promise((r) => setTimeout(r, 10));
    expect(calls).toBe(1);
    el.remove();
  });
});
