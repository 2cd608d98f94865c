// Mounts the popup. `?tab=<id>` makes it describe that tab instead of the
// active one (browser tests open popup.html in a tab of its own).
import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserPlatform, startedEarly } from '../../components/shared/platform';
import { PopupApp } from '../../components/popup/PopupApp';
import { loadPackagedGlossary } from '../../store/packaged-glossary';
import '../../components/shared/styles.css';

const platform = startedEarly(browserPlatform(browser, { search: location.search, loadGlossary: loadPackagedGlossary }));
render(<PopupApp platform={platform} />, document.getElementById('app')!);
