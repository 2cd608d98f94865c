// Mounts the popup. `?tab=<id>` makes it describe that tab instead of the
// active one (browser tests open popup.html in a tab of its own).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { loadGlossary } from '../../components/load-glossary';
import { browserPlatform, startedEarly } from '../../components/platform';
import { PopupApp } from '../../components/PopupApp';
import '../../components/styles.css';

const platform = startedEarly(browserPlatform(browser, { search: location.search, locale: navigator.language, loadGlossary }));
render(<PopupApp platform={platform} />, document.getElementById('app')!);
