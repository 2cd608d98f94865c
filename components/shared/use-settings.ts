// Settings as Preact state, kept in step with storage: a change made in any
// view (popup, options page, another window) arrives through onSettingsChanged.
import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import type { Settings } from '../../lib/settings';
import type { Platform } from './platform';

export type UpdateSettings = (change: (settings: Settings) => Settings) => void;

export type SettingsStore = Pick<Platform, 'loadSettings' | 'saveSettings' | 'onSettingsChanged'>;

export function useSettings(platform: SettingsStore): [Settings | null, UpdateSettings] {
  const [settings, setSettings] = useState<Settings | null>(null);
  // The latest value, so two quick updates build on each other, not on a stale render.
  const latest = useRef<Settings | null>(null);

  useEffect(() => {
    let live = true;
    const accept = (next: Settings) => {
      if (!live) return;
      latest.current = next;
      setSettings(next);
    };
    void platform.loadSettings().then((loaded) => {
      if (!latest.current) accept(loaded);
    });
    const unsubscribe = platform.onSettingsChanged(accept);
    return () => {
      live = false;
      unsubscribe();
    };
  }, [platform]);

  const update = useCallback<UpdateSettings>(
    (change) => {
      if (!latest.current) return;
      const next = change(latest.current);
      latest.current = next;
      setSettings(next);
      void platform.saveSettings(next);
    },
    [platform],
  );

  return [settings, update];
}
