import { html, LitElement } from 'lit';
import { afterEach, describe, expect, it } from 'vitest';
import { LangController } from '../../src/controllers/lang-controller.js';
import { resolveLang, toLang } from '../../src/shared/lang.js';
import { unmountAll } from '../browser/mount.js';

class LangProbe extends LitElement {
  lang2 = new LangController(this);
  override render() {
    return html`${this.lang2.messages.loading}`;
  }
}
customElements.define('lang-probe', LangProbe);

function place(parentLang?: string): LangProbe {
  const host = document.createElement('div');
  host.className = 'fixture';
  if (parentLang) host.setAttribute('lang', parentLang);
  const el = document.createElement('lang-probe') as LangProbe;
  host.appendChild(el);
  document.body.appendChild(host);
  return el;
}

describe('LangController', () => {
  afterEach(() => {
    unmountAll();
    document.documentElement.removeAttribute('lang');
  });

  it('maps language tags: any zh tag to zh-CN, others to en, empty to none', () => {
    expect(toLang('zh-Hans-CN')).toBe('zh-CN');
    expect(toLang('ZH')).toBe('zh-CN');
    expect(toLang('en-GB')).toBe('en');
    expect(toLang('fr')).toBe('en');
    expect(toLang('')).toBeUndefined();
  });

  it('takes the nearest ancestor lang, crossing shadow roots, else the document, else zh-CN', async () => {
    const outer = document.createElement('div');
    outer.className = 'fixture';
    outer.setAttribute('lang', 'en');
    const shadowHost = document.createElement('div');
    const root = shadowHost.attachShadow({ mode: 'open' });
    const inner = document.createElement('span');
    root.appendChild(inner);
    outer.appendChild(shadowHost);
    document.body.appendChild(outer);
    expect(resolveLang(inner)).toBe('en');
    const el = place();
    await el.updateComplete;
    expect(el.lang2.lang).toBe('zh-CN');
    expect(el.shadowRoot!.textContent).toContain('正在加载');
  });

  it('follows changes of its own and the document lang attribute', async () => {
    const el = place();
    await el.updateComplete;
    el.setAttribute('lang', 'en');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.shadowRoot!.textContent).toContain('Loading');
    el.removeAttribute('lang');
    document.documentElement.setAttribute('lang', 'en-US');
    await new Promise((r) => setTimeout(r, 0));
    await el.updateComplete;
    expect(el.lang2.lang).toBe('en');
  });
});
