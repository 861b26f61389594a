/**
 * Copying links and the QR code. The async Clipboard API exists only in
 * secure contexts, and voxpop is often reached over plain HTTP on a venue's
 * LAN, so text falls back to the old selection-and-copy path.
 */
export async function copyText(text: string): Promise<boolean> {
  try {
    await navigator.clipboard.writeText(text);
    return true;
  } catch {
    return legacyCopy(text);
  }
}

function legacyCopy(text: string): boolean {
  const field = document.createElement('textarea');
  field.value = text;
  field.setAttribute('readonly', '');
  field.style.position = 'fixed';
  field.style.opacity = '0';
  const previous = document.activeElement as HTMLElement | null;
  document.body.append(field);
  field.select();
  let copied = false;
  try {
    copied = document.execCommand('copy');
  } catch {
    copied = false;
  }
  field.remove();
  previous?.focus();
  return copied;
}

export const canCopyImages = () =>
  typeof ClipboardItem !== 'undefined' && !!navigator.clipboard?.write;

/**
 * The QR as a PNG on the clipboard, ready to paste into slides. Slide tools
 * take PNG, not SVG, so the SVG is drawn onto a canvas first, big enough to
 * stay sharp on a projector.
 */
export async function copyImage(svgUrl: string, size = 1024): Promise<void> {
  const png = new Promise<Blob>((resolve, reject) => {
    const image = new Image();
    image.onload = () => {
      const canvas = document.createElement('canvas');
      canvas.width = size;
      canvas.height = size;
      const context = canvas.getContext('2d');
      if (!context) return reject(new Error('no canvas'));
      context.fillStyle = '#ffffff';
      context.fillRect(0, 0, size, size);
      context.drawImage(image, 0, 0, size, size);
      canvas.toBlob((blob) => (blob ? resolve(blob) : reject(new Error('no png'))), 'image/png');
    };
    image.onerror = () => reject(new Error('the QR image did not load'));
    image.src = svgUrl;
  });
  // Safari wants the ClipboardItem built synchronously in the click, with a promise inside.
  await navigator.clipboard.write([new ClipboardItem({ 'image/png': png })]);
}
