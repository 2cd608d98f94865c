// The floor `npm run bench:browser` weighs the content script against: the
// least a content script must do on every page to obey the user's settings
// and answer the popup (the settings read and watched, the site lists applied,
// one message listener), with no WXT wrapper, no quick look and no watch on
// the page. The bench bundles it into a copy of the built extension in place
// of content.js; it never ships.
import { browser } from 'wxt/browser';
import type { Settings } from '../lib/settings';
import { pageOptions, type PageOptions } from '../page/page-options';
import { settingsReader } from '../store/settings-reader';

let options: PageOptions | null | undefined;
const apply = (settings: Settings) => {
  options = pageOptions(settings, location.href);
};
void settingsReader.load().then(apply);
settingsReader.watch(apply);
browser.runtime.onMessage.addListener((_message: unknown, _sender: unknown, reply: (answer: unknown) => void) => {
  reply({ state: options ? 'idle' : 'off', url: location.href });
  return undefined;
});
