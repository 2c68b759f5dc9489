import { isHighSurrogate } from '../text/is-high-surrogate.js';
import type { Output } from './command-context.js';

/**
 * Characters a slice holds: large enough to keep writes few, small enough to keep
 * memory flat. A slice (at most twice this, 64 KB of UTF-16) stays an ordinary
 * object of the engine's young generation: a string of over 128 KB is placed in a
 * space of its own, one fresh mapping per string until the next collection.
 */
export const SLICE_LENGTH = 1 << 14;

/**
 * An output as the pieces to write: bytes as they are; text joined into slices
 * of about 16 K characters, a long string cut into such slices. A cut never
 * falls inside a surrogate pair, which encoded alone would become U+FFFD.
 *
 * @example for (const slice of outputSlices(planJsonPieces(plan))) stream.write(slice);
 */
export function* outputSlices(content: Output): Generator<string | Uint8Array> {
  if (content instanceof Uint8Array) {
    yield content;
    return;
  }
  let batch: string[] = [];
  let length = 0;
  for (const piece of typeof content === 'string' ? [content] : content) {
    if (piece.length < SLICE_LENGTH) {
      batch.push(piece);
      length += piece.length;
      if (length < SLICE_LENGTH) continue;
      yield batch.join('');
      batch = [];
      length = 0;
      continue;
    }
    if (batch.length > 0) yield batch.join('');
    batch = [];
    length = 0;
    for (let start = 0; start < piece.length;) {
      let end = Math.min(start + SLICE_LENGTH, piece.length);
      if (end < piece.length && isHighSurrogate(piece.charCodeAt(end - 1))) end--;
      yield piece.slice(start, end);
      start = end;
    }
  }
  if (batch.length > 0) yield batch.join('');
}
