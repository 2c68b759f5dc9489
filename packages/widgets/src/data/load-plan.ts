import type { Diagnostic, Plan, Read } from '@remit/core/model';
import type { LoadError } from './load-error.js';
import { planFormat } from './plan-format.js';
import { readInlinePlan } from './read-inline-plan.js';

/** What `loadPlan` gives back: a plan with its diagnostics, or why there is none. */
export type Loaded =
  | { plan: Plan; diagnostics: Diagnostic[]; error?: undefined }
  | { plan?: undefined; diagnostics: Diagnostic[]; error: LoadError };

/**
 * Fetches a plan file (`.json`, `.csv`, `.txt`) and reads it with core: format
 * chosen by `planFormat` (extension, then content type, then a leading `{`). A
 * Plan JSON in plain UTF-8 is read by core's JSON reader, which every element
 * holds; anything else by the plan reader (`plan-reader.ts`: bytes decoded by
 * `decodeBytes`, encoding detected), loaded on demand, beside the file when the
 * URL does not name a JSON file.
 *
 * Never rejects except with the signal's reason when aborted; every other
 * failure (network, HTTP status, unknown format, unreadable text) is a resolved
 * `{ error }`.
 */
export async function loadPlan(src: string, signal?: AbortSignal): Promise<Loaded> {
  // The reader loads while the file does, unless the URL names a JSON file.
  const early = planFormat(src, null) === 'json' ? undefined : loadReader();
  let response: Response;
  let bytes: Uint8Array;
  try {
    response = await fetch(src, { signal, credentials: 'same-origin' });
    if (!response.ok) {
      return { diagnostics: [], error: { code: 'http-status', src, status: response.status } };
    }
    bytes = new Uint8Array(await response.arrayBuffer());
  } catch (e) {
    if (signal?.aborted) throw signal.reason ?? e;
    return { diagnostics: [], error: { code: 'fetch-failed', src, detail: messageOf(e) } };
  }
  const type = response.headers.get('content-type');
  const json = planFormat(src, type) === 'json' ? plainUtf8(bytes) : undefined;
  let read: Read<Plan | undefined>;
  if (json !== undefined) {
    read = readInlinePlan(json, src);
  } else {
    const loaded = await (early ?? loadReader());
    if ('failed' in loaded) {
      return { diagnostics: [], error: { code: 'fetch-failed', src, detail: loaded.failed } };
    }
    const { decodeBytes, readPlanText } = loaded;
    // Decode here only when neither the URL nor the content type names the format.
    const format = planFormat(src, type) ?? planFormat(src, type, decodeBytes(bytes).value.text);
    if (!format) return { diagnostics: [], error: { code: 'unsupported-type', src } };
    read = readPlanText(bytes, format, src);
  }
  if (!read.value) return { diagnostics: read.diagnostics, error: invalid(read.diagnostics) };
  return { plan: read.value, diagnostics: read.diagnostics };
}

/** The plan reader's module, or why it could not be loaded. */
function loadReader(): Promise<typeof import('./plan-reader.js') | { failed: string }> {
  return import('./plan-reader.js').then(
    (module) => module,
    (e: unknown) => ({ failed: messageOf(e) }),
  );
}

/**
 * The text of bytes that are plain UTF-8 (no byte order mark, no NUL, not blank), which
 * `decodeBytes` would decode the same way and say nothing of; otherwise undefined, and the
 * plan reader decodes them (and says what it found).
 */
function plainUtf8(bytes: Uint8Array): string | undefined {
  if (bytes[0] === 0xef || bytes[0] === 0xfe || bytes[0] === 0xff || bytes.includes(0)) return;
  try {
    const text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
    return text.trim() === '' ? undefined : text;
  } catch {
    return undefined;
  }
}

/** The `invalid-plan` error naming the first error diagnostic and its place. */
export function invalid(diagnostics: readonly Diagnostic[]): LoadError {
  const first = diagnostics.find((d) => d.severity === 'error') ?? diagnostics[0];
  const where = first?.line ? ` (${first.line}${first.column ? `:${first.column}` : ''})` : '';
  return { code: 'invalid-plan', detail: first ? `${first.message}${where}` : '—' };
}

function messageOf(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
