/**
 * The QR code of a registration mail (issue 22): the door's check-in link as a PNG (mail programs show PNG, few
 * show SVG), black on white with the quiet zone the standard asks for. lean-qr (a few KiB) is loaded by the first
 * mail that carries one.
 */
export async function checkInQrPng(link: string): Promise<Buffer> {
  const [{ generate, correction }, { toPngBuffer }] = await Promise.all([
    import("lean-qr"),
    import("lean-qr/extras/node_export"),
  ]);
  const code = generate(link, { minCorrectionLevel: correction.M });
  return Buffer.from(toPngBuffer(code, { on: [0, 0, 0, 255], off: [255, 255, 255, 255], pad: 4, scale: 6 }));
}
