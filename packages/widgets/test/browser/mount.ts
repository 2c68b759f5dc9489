/**
 * Creates `<tag attr=…>` in a fresh `.fixture` container appended to the body.
 * Remove fixtures with `unmountAll()` after each test.
 */
export function mount<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attributes: Record<string, string> = {},
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): HTMLElementTagNameMap[K] {
  const host = document.createElement('div');
  host.className = 'fixture';
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, properties);
  host.appendChild(el);
  document.body.appendChild(host);
  return el;
}

/**
 * Creates `<tag attr=…>` in a fixture container of `width` (a CSS length; or
 * sized by `className`, e.g. by media query) and resolves once it has drawn at
 * that width (the resize observer's report handled).
 */
export async function mountSized<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  box: { width?: string; className?: string },
  attributes: Record<string, string> = {},
  properties: Partial<HTMLElementTagNameMap[K]> = {},
): Promise<HTMLElementTagNameMap[K]> {
  const host = document.createElement('div');
  host.className = box.className ? `fixture ${box.className}` : 'fixture';
  if (box.width) host.style.setProperty('width', box.width);
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attributes)) el.setAttribute(k, v);
  Object.assign(el, properties);
  host.appendChild(el);
  document.body.appendChild(host);
  const drawn = el as unknown as { renderComplete: Promise<void> };
  await drawn.renderComplete;
  await nextFrame();
  await drawn.renderComplete;
  return el;
}

/** Resolves once a network has finished laying out (at most 400 frames) and drawn the result. */
export async function settleLayout(el: {
  simulating: boolean;
  renderComplete: Promise<void>;
}): Promise<void> {
  for (let k = 0; k < 400 && el.simulating; k++) await nextFrame();
  await nextFrame();
  await el.renderComplete;
}

/** Removes every fixture container. */
export function unmountAll(): void {
  document.querySelectorAll('.fixture').forEach((n) => n.remove());
}

/**
 * Resolves once resize observers have run after a size change (two frames)
 * and the element has finished drawing.
 */
export async function settle(el: { renderComplete: Promise<void> }): Promise<void> {
  await nextFrame();
  await nextFrame();
  await el.renderComplete;
}

/** Resolves after the next animation frame and a macrotask. */
export function nextFrame(): Promise<void> {
  return new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
}
