import type { Diagnostic, Plan } from '@remit/core/model';
import type { LoadError } from './load-error.js';
import { planFormat } from './plan-format.js';

/** What `loadPlan` gives back: a plan with its diagnostics, or why there is none. */
export type Loaded =
  | { plan: Plan; diagnostics: Diagnostic[]; error?: undefined }
  | { plan?: undefined; diagnostics: Diagnostic[]; error: LoadError };

/**
 * Fetches a plan file (`.json`, `.csv`, `.txt`) and reads it with core: bytes
 * decoded by `decodeBytes` (encoding detected), format chosen by `planFormat`
 * (extension, then content type, then a leading `{`). The reader is loaded with
 * the first file (`plan-reader.ts`).
 *
 * Never rejects except with the signal's reason when aborted; every other
 * failure (network, HTTP status, unknown format, unreadable text) is a resolved
 * `{ error }`.
 */
export async function loadPlan(src: string, signal?: AbortSignal): Promise<Loaded> {
  // The reader loads while the file does; a reader that fails to load is a failed fetch.
  const reader = import('./plan-reader.js').then(
    (module) => module,
    (e: unknown) => ({ failed: messageOf(e) }),
  );
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
  const loaded = await reader;
  if ('failed' in loaded) {
    return { diagnostics: [], error: { code: 'fetch-failed', src, detail: loaded.failed } };
  }
  const { decodeBytes, readPlanText } = loaded;
  // Decode here only when neither the URL nor the content type names the format.
  const format = planFormat(src, type) ?? planFormat(src, type, decodeBytes(bytes).value.text);
  if (!format) return { diagnostics: [], error: { code: 'unsupported-type', src } };
  const read = readPlanText(bytes, format, src);
  if (!read.value) return { diagnostics: read.diagnostics, error: invalid(read.diagnostics) };
  return { plan: read.value, diagnostics: read.diagnostics };
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
