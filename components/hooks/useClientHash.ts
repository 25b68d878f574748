import { useEffect, useState } from 'react';
import { clientHashOf } from '@/lib/audit/installSalt';

/** The salted hash drafts are kept under for the client on screen; null until it is known. */
export function useClientHash(clientFingerprint: string): string | null {
  const [hash, setHash] = useState<{ fingerprint: string; hash: string } | null>(null);
  useEffect(() => {
    let live = true;
    void clientHashOf(clientFingerprint).then((h) => live && setHash({ fingerprint: clientFingerprint, hash: h }));
    return () => {
      live = false;
    };
  }, [clientFingerprint]);
  return hash?.fingerprint === clientFingerprint ? hash.hash : null;
}
