import { expect } from 'vitest';

const FORBIDDEN = new Set([
  'script',
  'img',
  'iframe',
  'object',
  'embed',
  'style',
  'link',
  'meta',
  'base',
  'form',
  'input',
  'video',
  'audio',
  'source',
  'math',
  'details',
  'marquee',
  'foreignobject',
  'animate',
  'set',
  'noscript',
  'template',
  'body',
  'remit-data',
]);

/** Every element inside `root`, descending into open shadow roots. */
export function deepElements(root: Element | ShadowRoot | Document): Element[] {
  const out: Element[] = [];
  const visit = (node: Element | ShadowRoot | Document): void => {
    for (const el of node.querySelectorAll('*')) {
      out.push(el);
      if (el.shadowRoot) visit(el.shadowRoot);
    }
  };
  if (root instanceof Element && root.shadowRoot) visit(root.shadowRoot);
  visit(root);
  return out;
}

/**
 * All text a person or a screen reader can get from an element: text nodes,
 * `aria-label`, `title` and `<title>` contents, across shadow roots.
 */
export function deepTexts(root: Element): string[] {
  const texts: string[] = [];
  for (const el of [root, ...deepElements(root)]) {
    for (const child of el.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent) texts.push(child.textContent);
    }
    for (const name of ['aria-label', 'title', 'aria-description']) {
      const v = el.getAttribute(name);
      if (v) texts.push(v);
    }
  }
  if (root.shadowRoot) {
    for (const child of root.shadowRoot.childNodes) {
      if (child.nodeType === Node.TEXT_NODE && child.textContent) texts.push(child.textContent);
    }
  }
  return texts;
}

/**
 * Asserts that hostile text stayed text inside `el`: the XSS trap never
 * sprang, no element a payload could create exists, no attribute is an event
 * handler or a `javascript:` URL, and (when given) each payload appears verbatim
 * in some text node or accessible name (`texts` may be a custom list, e.g.
 * including an export).
 */
export function assertInert(
  el: Element,
  options: {
    trapCount: number;
    payloads?: readonly string[];
    texts?: readonly string[];
    allow?: readonly string[];
  },
): void {
  expect(options.trapCount, 'a payload executed').toBe(0);
  const allow = new Set(options.allow ?? []);
  for (const node of deepElements(el)) {
    const tag = node.localName.toLowerCase();
    expect(FORBIDDEN.has(tag) && !allow.has(tag), `<${tag}> was created`).toBe(false);
    for (const attr of node.attributes) {
      expect(attr.name.toLowerCase().startsWith('on'), `attribute ${attr.name} on <${tag}>`).toBe(
        false,
      );
      if (['href', 'src', 'xlink:href', 'action', 'data'].includes(attr.name.toLowerCase())) {
        expect(
          /^\s*(javascript|data|vbscript):/i.test(attr.value),
          `${attr.name}=${attr.value}`,
        ).toBe(false);
      }
    }
  }
  if (options.payloads) {
    const texts = options.texts ?? deepTexts(el);
    for (const payload of options.payloads) {
      expect(
        texts.some((t) => t.includes(payload)),
        `payload not drawn literally: ${payload}`,
      ).toBe(true);
    }
  }
}
