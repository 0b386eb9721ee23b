import { useState } from "react";
import { useHydrated } from "~/components/use-hydrated";

/**
 * Her one-time link for staff to hand over: a QR code she scans with her phone's camera, the
 * link itself, and (with JavaScript) a button that copies it for a private message.
 */
export function MakerHandover({ link, qrSvg }: { link: string; qrSvg: string }) {
  const hydrated = useHydrated();
  const [copied, setCopied] = useState(false);
  const copy = () => void navigator.clipboard.writeText(link).then(() => setCopied(true));
  return (
    <div className="maker-handover">
      {/* The SVG is drawn on the server by the qrcode package from our own link: no user markup. */}
      <div className="maker-handover__qr" role="img" aria-label="QR code of her link" dangerouslySetInnerHTML={{ __html: qrSvg }} />
      <code className="secret-link">{link}</code>
      {hydrated ? (
        <button type="button" className="button button--quiet button--small" onClick={copy}>
          {copied ? "Copied" : "Copy link"}
        </button>
      ) : null}
      <span role="status" className="visually-hidden">
        {copied ? "Link copied" : ""}
      </span>
    </div>
  );
}
