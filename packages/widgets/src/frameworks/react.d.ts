// `<remit-*>` in React 19's JSX. Opt in from any file the app's TypeScript sees:
//
//   /// <reference types="@remit/widgets/react" />
//
// React 19 sets a prop as a property when the element already has it (so import
// '@remit/widgets/define' before the first render), else as an attribute; and
// `onremit-select={…}` adds a listener for `remit-select` on the element itself. It does not
// hear custom events that bubble to a wrapping element's `on…` prop: listen on the element, or
// with addEventListener on an ancestor (see docs/react.md).
import type { DetailedHTMLProps, HTMLAttributes } from 'react';
import type { RemitElements } from './element-props.js';

type Element<T extends keyof RemitElements> = RemitElements[T]['element'];
type Events<T extends keyof RemitElements> = RemitElements[T]['events'];

/** `on` + the event's own name (`onremit-select`), as React 19 attaches it. */
type EventProps<T extends keyof RemitElements> = {
  [E in keyof Events<T> as `on${E & string}`]?: (event: Events<T>[E]) => void;
};

/** The element's own props, the events it fires, and React's usual attributes and `ref`. */
export type RemitReactProps<T extends keyof RemitElements> = Omit<
  DetailedHTMLProps<HTMLAttributes<Element<T>>, Element<T>>,
  keyof RemitElements[T]['props']
> &
  RemitElements[T]['props'] &
  EventProps<T>;

type RemitIntrinsicElements = { [T in keyof RemitElements]: RemitReactProps<T> };

declare module 'react' {
  namespace JSX {
    // eslint-disable-next-line @typescript-eslint/no-empty-object-type -- merged into React's own
    interface IntrinsicElements extends RemitIntrinsicElements {}
  }
}
