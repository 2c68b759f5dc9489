/**
 * The index a key moves a roving focus to in a list of `count` marks:
 * ArrowDown/ArrowRight +1, ArrowUp/ArrowLeft −1, PageDown/PageUp ±10, Home 0,
 * End last; clamped. `undefined` for any other key (let it through).
 */
export function nextIndex(key: string, index: number, count: number): number | undefined {
  if (count <= 0) return undefined;
  const last = count - 1;
  const clamp = (i: number): number => Math.max(0, Math.min(last, i));
  switch (key) {
    case 'ArrowDown':
    case 'ArrowRight':
      return clamp(index + 1);
    case 'ArrowUp':
    case 'ArrowLeft':
      return clamp(index - 1);
    case 'PageDown':
      return clamp(index + 10);
    case 'PageUp':
      return clamp(index - 10);
    case 'Home':
      return 0;
    case 'End':
      return last;
    default:
      return undefined;
  }
}
