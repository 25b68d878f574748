import { useEffect, useState } from 'react';
import type { ResolvedSettings } from '@/lib/settings';
import { loadSettings, watchSettings } from '@/lib/settings/store';

/** The resolved settings (policy > user > defaults), kept live: policy changes apply without a reload. */
export function useSettings(): ResolvedSettings | null {
  const [resolved, setResolved] = useState<ResolvedSettings | null>(null);
  useEffect(() => {
    let live = true;
    void loadSettings().then((r) => live && setResolved(r));
    const stop = watchSettings((r) => live && setResolved(r));
    return () => {
      live = false;
      stop();
    };
  }, []);
  return resolved;
}
