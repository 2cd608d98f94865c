// A windowed listbox: every row has the same height, and only the rows in view
// (plus a margin) are in the DOM, so thousands of cards open at once. Focus
// stays on the list itself; the active row is announced with
// aria-activedescendant and moved with the arrow keys, Home/End and PageUp/Down.
import type { ComponentChildren } from 'preact';
import { useEffect, useLayoutEffect, useRef, useState } from 'preact/hooks';

export interface VirtualListProps {
  /** Unique prefix for row ids. */
  id: string;
  label: string;
  count: number;
  /** Row height in rem, so rows grow with the user's font size. */
  rowRem: number;
  /** Height of the scrolling area in rem. */
  heightRem: number;
  renderRow: (index: number) => ComponentChildren;
  onActivate: (index: number) => void;
  initialActive?: number;
  /** When this changes (a new search, say) the list goes back to its top. */
  resetKey?: string;
  autoFocus?: boolean;
  /** Rows rendered beyond each edge of the view. */
  overscan?: number;
}

function remInPx(): number {
  const size = parseFloat(getComputedStyle(document.documentElement).fontSize);
  return Number.isFinite(size) && size > 0 ? size : 16;
}

export function VirtualList(props: VirtualListProps) {
  const { id, label, count, rowRem, heightRem, renderRow, onActivate, overscan = 4 } = props;
  const box = useRef<HTMLDivElement>(null);
  const [rem] = useState(remInPx);
  const rowPx = rowRem * rem;
  const [viewPx, setViewPx] = useState(heightRem * rem);
  const [scrollTop, setScrollTop] = useState(0);
  const [active, setActive] = useState(() => Math.min(props.initialActive ?? 0, Math.max(0, count - 1)));

  // A new result list starts at its top.
  const firstRender = useRef(true);
  useEffect(() => {
    if (firstRender.current) {
      firstRender.current = false;
      return;
    }
    setActive(0);
    if (box.current) box.current.scrollTop = 0;
    setScrollTop(0);
  }, [props.resetKey]);

  useLayoutEffect(() => {
    const el = box.current;
    if (!el) return;
    const measure = () => {
      if (el.clientHeight > 0) setViewPx(el.clientHeight);
    };
    measure();
    if (typeof ResizeObserver === 'undefined') return;
    const observer = new ResizeObserver(measure);
    observer.observe(el);
    return () => observer.disconnect();
  }, []);

  // Bring the active row into view when it is restored or moved by keyboard.
  const reveal = (index: number) => {
    const el = box.current;
    if (!el) return;
    const top = index * rowPx;
    if (top < el.scrollTop) el.scrollTop = top;
    else if (top + rowPx > el.scrollTop + viewPx) el.scrollTop = top + rowPx - viewPx;
    setScrollTop(el.scrollTop);
  };
  useLayoutEffect(() => {
    reveal(active);
    if (props.autoFocus) box.current?.focus();
  }, []);

  const move = (index: number) => {
    const next = Math.max(0, Math.min(count - 1, index));
    setActive(next);
    reveal(next);
  };

  const pageRows = Math.max(1, Math.floor(viewPx / rowPx) - 1);
  const onKeyDown = (event: KeyboardEvent) => {
    if (count === 0) return;
    const moves: Record<string, () => void> = {
      ArrowDown: () => move(active + 1),
      ArrowUp: () => move(active - 1),
      Home: () => move(0),
      End: () => move(count - 1),
      PageDown: () => move(active + pageRows),
      PageUp: () => move(active - pageRows),
      Enter: () => onActivate(active),
      ' ': () => onActivate(active),
    };
    const action = moves[event.key];
    if (!action) return;
    event.preventDefault();
    action();
  };

  const first = Math.max(0, Math.floor(scrollTop / rowPx) - overscan);
  const last = Math.min(count, Math.ceil((scrollTop + viewPx) / rowPx) + overscan);
  const rows = [];
  for (let i = first; i < last; i++) {
    rows.push(
      <div
        key={i}
        id={`${id}-${i}`}
        role="option"
        class="vlist-row"
        aria-selected={i === active}
        aria-setsize={count}
        aria-posinset={i + 1}
        style={{ top: `${i * rowPx}px`, height: `${rowPx}px` }}
        onClick={() => {
          setActive(i);
          onActivate(i);
        }}
      >
        {renderRow(i)}
      </div>,
    );
  }

  return (
    <div
      ref={box}
      id={id}
      class="vlist"
      role="listbox"
      tabIndex={0}
      aria-label={label}
      aria-activedescendant={count > 0 ? `${id}-${active}` : undefined}
      style={{ height: `${heightRem}rem` }}
      onKeyDown={onKeyDown}
      onScroll={(event) => setScrollTop((event.currentTarget as HTMLDivElement).scrollTop)}
    >
      <div class="vlist-space" style={{ height: `${count * rowPx}px` }}>
        {rows}
      </div>
    </div>
  );
}
