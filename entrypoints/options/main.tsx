import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserPlatform } from '../../components/platform';
import { OptionsApp } from '../../components/OptionsApp';
import { loadGlossary } from '../../components/load-glossary';
import '../../components/styles.css';

const platform = browserPlatform(browser, {
  search: location.search,
  locale: navigator.language,
  // The options page exports glossary cards, so it needs the glossary too.
  loadGlossary,
});
render(<OptionsApp platform={platform} />, document.getElementById('app')!);
