import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserPlatform } from '../../components/platform';
import { OptionsApp } from '../../components/OptionsApp';
import '../../components/styles.css';

const platform = browserPlatform(browser, {
  search: location.search,
  locale: navigator.language,
  loadGlossary: async () => null,
});
render(<OptionsApp platform={platform} />, document.getElementById('app')!);
