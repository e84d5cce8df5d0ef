// Saves bytes or text as a file from an extension page (DOM: a temporary link with `download`).
// The object URL lives only until the click has been handled.

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
  setTimeout(() => URL.revokeObjectURL(url), 1_000);
}
