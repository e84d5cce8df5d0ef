// Saves bytes or text as a file from an extension page (DOM: a temporary link with `download`).
// Nothing leaves the machine: the browser writes the blob it already holds to the downloads folder.

export function downloadFile(contents: Uint8Array | string, fileName: string, type: string): void {
  const blob = new Blob([typeof contents === 'string' ? contents : new Uint8Array(contents)], { type });
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.hidden = true;
  document.body.append(link);
  link.click();
  link.remove();
  // The download has started from the URL by now; a minute leaves room for a slow disk.
  setTimeout(() => URL.revokeObjectURL(url), 60_000);
}
