// Whether a media query matches now, kept in step as the window changes
// (resized, zoomed). False where the browser has no matchMedia.
import { useEffect, useState } from 'preact/hooks';

export function useMediaQuery(query: string): boolean {
  const list = () => (typeof matchMedia === 'function' ? matchMedia(query) : null);
  const [matches, setMatches] = useState(() => list()?.matches ?? false);
  useEffect(() => {
    const media = list();
    if (!media) return;
    const onChange = () => setMatches(media.matches);
    onChange();
    media.addEventListener('change', onChange);
    return () => media.removeEventListener('change', onChange);
  }, [query]); // `list` reads only `query`
  return matches;
}
