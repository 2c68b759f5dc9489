// `<remit-*>` in Vue templates, checked by vue-tsc. Opt in from any file the app's TypeScript
// sees:
//
//   /// <reference types="@remit/widgets/vue" />
//
// Tell Vue's compiler that `remit-*` are custom elements (`isCustomElement`, see docs/vue.md).
// Bind a plan with `:data.prop="plan"`: without `.prop`, an element not yet defined gets the
// attribute `data="[object Object]"`.
import type { DefineComponent, HTMLAttributes, ReservedProps } from 'vue';
import type { RemitElements } from './element-props.js';

/** `remit-select` → `RemitSelect`. */
type Pascal<S extends string> = S extends `${infer Head}-${infer Tail}`
  ? `${Capitalize<Head>}${Pascal<Tail>}`
  : Capitalize<S>;

type Events<T extends keyof RemitElements> = RemitElements[T]['events'];

/** `@remit-select="…"` is the prop `onRemitSelect`, as Vue's compiler writes it. */
type EventProps<T extends keyof RemitElements> = {
  [E in keyof Events<T> as `on${Pascal<E & string>}`]?: (event: Events<T>[E]) => void;
};

/** The element's own props, the events it fires, and the usual HTML attributes. */
export type RemitVueProps<T extends keyof RemitElements> = Omit<
  HTMLAttributes,
  keyof RemitElements[T]['props']
> &
  ReservedProps &
  RemitElements[T]['props'] &
  EventProps<T>;

type RemitComponents = { [T in keyof RemitElements]: DefineComponent<RemitVueProps<T>> };

/** Every event a Remit element fires. */
type RemitEvent = { [T in keyof RemitElements]: keyof Events<T> }[keyof RemitElements] & string;

/**
 * The events bubble out of the elements (and their shadow roots), so any element may listen:
 * `<section @remit-select="…">` hears every view inside it.
 */
type RemitBubblingEvents = { [E in RemitEvent as `on${Pascal<E>}`]: HTMLElementEventMap[E] };

declare module 'vue' {
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Vue's own
  interface GlobalComponents extends RemitComponents {}
  // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into Vue's own
  interface Events extends RemitBubblingEvents {}
}
