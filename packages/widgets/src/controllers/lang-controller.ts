import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { resolveLang, type Lang } from '../shared/lang.js';
import { messages, type Messages } from '../shared/messages.js';

/**
 * The host's language: its `lang` attribute, else the nearest ancestor's, else
 * the document's, else zh-CN (see `resolveLang`). Re-resolved when the host
 * connects and whenever the host's or the document's `lang` attribute changes.
 *
 * @example
 * #lang = new LangController(this);
 * render() { return html`${this.#lang.messages.loading}`; }
 */
export class LangController implements ReactiveController {
  lang: Lang = 'zh-CN';
  #host: ReactiveControllerHost & HTMLElement;
  #observer: MutationObserver | undefined;

  constructor(host: ReactiveControllerHost & HTMLElement) {
    this.#host = host;
    host.addController(this);
  }

  /** The shared messages in the host's language. */
  get messages(): Messages {
    return messages(this.lang);
  }

  hostConnected(): void {
    this.#resolve();
    this.#observer = new MutationObserver(() => this.#resolve());
    const options = { attributes: true, attributeFilter: ['lang'] };
    this.#observer.observe(this.#host, options);
    this.#observer.observe(document.documentElement, options);
  }

  hostDisconnected(): void {
    this.#observer?.disconnect();
    this.#observer = undefined;
  }

  #resolve(): void {
    const lang = resolveLang(this.#host);
    if (lang !== this.lang) {
      this.lang = lang;
      this.#host.requestUpdate();
    }
  }
}
