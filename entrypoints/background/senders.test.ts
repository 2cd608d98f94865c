import { describe, expect, it } from 'vitest';
import { senderRole, type SenderLike } from './senders';

const ID = 'abcdefghijklmnop';
const ORIGIN = `chrome-extension://${ID}/`;

describe('senderRole', () => {
  it.each<[string, SenderLike, ReturnType<typeof senderRole>]>([
    ['our content script in a tab', { id: ID, url: 'https://news.test/a', tab: { id: 4 } }, 'content'],
    ['our popup', { id: ID, url: `${ORIGIN}popup.html` }, 'extension-page'],
    ['our popup opened in a tab', { id: ID, url: `${ORIGIN}popup.html?tab=4`, tab: { id: 9 } }, 'extension-page'],
    ['another extension', { id: 'zzzz', url: 'chrome-extension://zzzz/p.html', tab: { id: 4 } }, null],
    ['no id at all', { url: 'https://news.test/a', tab: { id: 4 } }, null],
    ['our id without a tab or an extension page', { id: ID, url: 'https://news.test/a' }, null],
    ['a tab with no id', { id: ID, url: 'https://news.test/a', tab: {} }, null],
    ['a look-alike address', { id: ID, url: `chrome-extension://${ID}x/popup.html`, tab: { id: 2 } }, 'content'],
  ])('%s', (_name, sender, expected) => {
    expect(senderRole(sender, ID, ORIGIN)).toBe(expected);
  });

  it('trusts nobody when its own id is unknown', () => {
    expect(senderRole({ id: '', url: '' }, '', '')).toBeNull();
  });
});
