/**
 * The languages Remit's elements speak. Chinese (zh-CN) is the default: the
 * plans are Chinese documents.
 */
export type Lang = 'zh-CN' | 'en';

export const DEFAULT_LANG: Lang = 'zh-CN';

/**
 * Maps a BCP 47 tag to a supported language: any `zh…` tag is `zh-CN`, any
 * other non-empty tag is `en`; an empty or missing tag gives `undefined`.
 */
export function toLang(tag: string | null | undefined): Lang | undefined {
  const t = tag?.trim().toLowerCase();
  if (!t) return undefined;
  return t === 'zh' || t.startsWith('zh-') ? 'zh-CN' : 'en';
}

/**
 * The language of an element: its own `lang` attribute, else the nearest
 * ancestor's (crossing shadow roots), else the document's, else `zh-CN`.
 */
export function resolveLang(el: Element): Lang {
  let node: Node | null = el;
  while (node) {
    if (node instanceof Element) {
      const lang = toLang(node.getAttribute('lang'));
      if (lang) return lang;
      node = node.assignedSlot ?? node.parentNode;
    } else if (node instanceof ShadowRoot) {
      node = node.host;
    } else {
      node = node.parentNode;
    }
  }
  return toLang(document.documentElement.getAttribute('lang')) ?? DEFAULT_LANG;
}

/**
 * Picks the table of one language from a per-language table. Each element
 * folder may keep its own `messages.ts` shaped `Record<Lang, T>` and read it
 * with `localize(table, lang)`.
 */
export function localize<T>(table: Readonly<Record<Lang, T>>, lang: Lang): T {
  return table[lang];
}
