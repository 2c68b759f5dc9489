import { once } from 'node:events';
import type { Writable } from 'node:stream';
import type { Output } from './command-context.js';
import { outputSlices } from './output-slices.js';

/**
 * Writes an output to a stream slice by slice, waiting for `drain` whenever the
 * stream's buffer is full: a pipe to a slow reader then holds a slice or two, not
 * the whole output (Node buffers writes to a pipe without limit otherwise).
 */
export async function writeToStream(stream: Writable, content: Output): Promise<void> {
  for (const slice of outputSlices(content)) {
    if (!stream.write(slice)) await once(stream, 'drain');
  }
}
