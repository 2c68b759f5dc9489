import type { PlanFormat } from '@remit/core/io';

/**
 * Decides how to read a fetched plan: the URL's path extension first (`.json`,
 * `.csv`/`.tsv`, `.txt`), then the response's content type, then the text's
 * first character (`{` means JSON). `undefined` when nothing says.
 */
export function planFormat(
  url: string,
  contentType: string | null,
  text = '',
): PlanFormat | undefined {
  const path = pathOf(url).toLowerCase();
  if (path.endsWith('.json')) return 'json';
  if (path.endsWith('.csv') || path.endsWith('.tsv')) return 'csv';
  if (path.endsWith('.txt')) return 'txt';
  const type = (contentType ?? '').split(';')[0]!.trim().toLowerCase();
  if (type === 'application/json' || type.endsWith('+json')) return 'json';
  if (type === 'text/csv' || type === 'text/tab-separated-values') return 'csv';
  if (type === 'text/plain') return text.trimStart().startsWith('{') ? 'json' : 'txt';
  if (text.trimStart().startsWith('{')) return 'json';
  return undefined;
}

function pathOf(url: string): string {
  try {
    return new URL(url, 'http://localhost/').pathname;
  } catch {
    return url.split(/[?#]/)[0] ?? '';
  }
}
