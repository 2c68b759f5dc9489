/** What the dashboard needs of a Remit element to export its picture. */
export interface ViewElement extends HTMLElement {
  renderComplete: Promise<void>;
  toSVG(): string;
  toPNG(options?: { scale?: number }): Promise<Blob>;
}

/** True when `el` is an upgraded Remit element that can export itself. */
export function isViewElement(el: Element | null): el is ViewElement {
  const v = el as Partial<ViewElement> | null;
  return typeof v?.toSVG === 'function' && typeof v.toPNG === 'function';
}
