/**
 * Saves a blob as a file through a temporary `<a download>` and an object URL:
 * nothing is sent anywhere.
 */
export function downloadFile(blob: Blob, filename: string): void {
  const url = URL.createObjectURL(blob);
  const a = document.createElement('a');
  a.href = url;
  a.download = filename;
  a.rel = 'noopener';
  a.hidden = true;
  document.body.append(a);
  a.click();
  // Chromium and Firefox read the URL during click; revoking on a later task is safe.
  setTimeout(() => {
    a.remove();
    URL.revokeObjectURL(url);
  }, 1000);
}
