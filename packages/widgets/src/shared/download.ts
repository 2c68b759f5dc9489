/**
 * Saves a blob as a file through a temporary `<a download>` (no network).
 * The file name is reduced to safe characters; CJK is kept.
 */
export function download(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = safeFilename(filename);
  a.rel = 'noopener';
  a.click();
  // Chromium reads the URL synchronously on click; revoking on the next task is safe everywhere.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/** A file name with path separators, control and reserved characters replaced by `_`. */
export function safeFilename(name: string): string {
  // eslint-disable-next-line no-control-regex
  const cleaned = name.replace(/[\u0000-\u001f\u007f<>:"/\\|?*]/g, '_').trim();
  return cleaned.slice(0, 120) || 'remit';
}
