import QRCode from "qrcode";

/** An SVG QR code (medium error correction survives a creased, sun-faded poster). */
export async function qrSvg(url: string): Promise<string> {
  return QRCode.toString(url, { type: "svg", errorCorrectionLevel: "M", margin: 1, color: { dark: "#000000", light: "#ffffff" } });
}

/** The public base URL: PUBLIC_URL when set (behind a proxy), else the request's own origin. */
export function publicBaseUrl(request: Request, publicUrl: string | undefined): string {
  return (publicUrl ?? new URL(request.url).origin).replace(/\/+$/, "");
}
