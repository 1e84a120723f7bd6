import { useState } from 'react';

export type CopyNotice = { ok: true; file: string } | { ok: false; file: string; url: string };

/**
 * Copies a download URL and says how it went. The Clipboard API needs a secure context and the
 * user's permission; when it is refused, the notice carries the URL so it can be copied by hand.
 */
export function useCopyLink() {
  const [notice, setNotice] = useState<CopyNotice | null>(null);
  const copy = async (url: string, file: string) => {
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(url);
      setNotice({ ok: true, file });
    } catch {
      setNotice({ ok: false, file, url });
    }
  };
  return { notice, copy, dismiss: () => setNotice(null) };
}
