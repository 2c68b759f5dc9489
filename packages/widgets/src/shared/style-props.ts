import { noChange } from 'lit';
import { Directive, directive, PartType, type ElementPart, type PartInfo } from 'lit/directive.js';

/**
 * Sets inline style properties through the CSSOM (`style.setProperty`), never
 * through the `style` attribute, so it works under a strict
 * Content-Security-Policy (`style-src 'self'`). Lit's `styleMap` writes the
 * attribute on its first render, which such a policy blocks: use this instead.
 *
 * Bind it as an element directive; a property set to `null`/`undefined` is removed.
 *
 * @example html`<div ${styleProps({ left: `${x}px`, '--bar': colour })}></div>`
 */
class StylePropsDirective extends Directive {
  /** the values set, so an unchanged value is not set again on every render */
  #previous = new Map<string, string>();

  constructor(part: PartInfo) {
    super(part);
    if (part.type !== PartType.ELEMENT) throw new Error('styleProps: bind it on an element');
  }

  render(_props: Readonly<Record<string, string | null | undefined>>): typeof noChange {
    return noChange;
  }

  override update(
    part: ElementPart,
    [props]: [Readonly<Record<string, string | null | undefined>>],
  ): typeof noChange {
    const style = (part.element as HTMLElement | SVGElement).style;
    for (const name of this.#previous.keys()) {
      if (props[name] == null) {
        style.removeProperty(toCss(name));
        this.#previous.delete(name);
      }
    }
    for (const name of Object.keys(props)) {
      const value = props[name];
      if (value == null || this.#previous.get(name) === value) continue;
      style.setProperty(toCss(name), value);
      this.#previous.set(name, value);
    }
    return noChange;
  }
}

function toCss(name: string): string {
  return name.startsWith('--') ? name : name.replace(/[A-Z]/g, (c) => `-${c.toLowerCase()}`);
}

export const styleProps = directive(StylePropsDirective);
