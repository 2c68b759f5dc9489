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
