import { Image } from '@mantine/core';
import { renderSVG } from 'uqr';

/** The otpauth:// URI as a QR code for an authenticator app to scan; an image, so the page's CSP allows it. */
export function TotpQrCode({ uri }: { uri: string }) {
  const src = `data:image/svg+xml;charset=utf-8,${encodeURIComponent(renderSVG(uri, { border: 2 }))}`;
  return <Image src={src} w={184} h={184} alt="QR code to scan with your authenticator app" data-testid="totp-qr" />;
}
