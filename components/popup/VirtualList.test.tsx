// @vitest-environment happy-dom
import { cleanup, fireEvent, render, screen, within } from '@testing-library/preact';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { VirtualList } from './VirtualList';

afterEach(cleanup);

// happy-dom lays nothing out, so the list sees its own stated height: 20rem of 2rem rows = 10 rows.
function show(count: number, initialActive?: number) {
  const onActivate = vi.fn();
  render(
    <VirtualList id="l" label="Items" count={count} rowRem={2} heightRem={20} overscan={2} initialActive={initialActive}
      renderRow={(i) => <span>Item {i}</span>} onActivate={onActivate} />,
  );
  const list = screen.getByRole('listbox', { name: 'Items' });
  const rendered = () => within(list).getAllByRole('option').map((o) => Number(o.getAttribute('aria-posinset')) - 1);
  return { list, onActivate, rendered };
}

describe('VirtualList', () => {
  it('renders the rows in view plus the margin, each at its place', () => {
    const { rendered } = show(1000);
    expect(rendered()).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11]);
    expect((document.getElementById('l-3') as HTMLElement).style.top).toBe('96px');
    expect((document.querySelector('.vlist-space') as HTMLElement).style.height).toBe('32000px');
  });

  it.each<[string, string[], number]>([
    ['ArrowDown twice', ['ArrowDown', 'ArrowDown'], 2],
    ['ArrowUp at the top', ['ArrowUp'], 0],
    ['End then ArrowUp', ['End', 'ArrowUp'], 998],
    ['PageDown', ['PageDown'], 9],
    ['End then Home', ['End', 'Home'], 0],
  ])('%s', (_name, keys, expected) => {
    const { list, rendered } = show(1000);
    for (const key of keys) fireEvent.keyDown(list, { key });
    expect(list.getAttribute('aria-activedescendant')).toBe(`l-${expected}`);
    expect(rendered()).toContain(expected);
    expect(document.getElementById(`l-${expected}`)!.getAttribute('aria-selected')).toBe('true');
  });

  it.each(['Enter', ' '])('activates the active row with %j', (key) => {
    const { list, onActivate } = show(50);
    fireEvent.keyDown(list, { key: 'ArrowDown' });
    fireEvent.keyDown(list, { key });
    expect(onActivate).toHaveBeenCalledWith(1);
  });

  it('activates a clicked row', () => {
    const { onActivate } = show(50);
    fireEvent.click(screen.getByText('Item 4'));
    expect(onActivate).toHaveBeenCalledWith(4);
  });

  it('starts at a restored row, scrolled into view', () => {
    const { list, rendered } = show(1000, 500);
    expect(list.getAttribute('aria-activedescendant')).toBe('l-500');
    expect(rendered()).toContain(500);
    expect(rendered()).not.toContain(0);
  });
});
