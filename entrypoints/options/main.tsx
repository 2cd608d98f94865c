import { render } from 'preact';
import { browser } from 'wxt/browser';
import { browserPlatform } from '../../components/shared/platform';
import { OptionsApp } from '../../components/options/OptionsApp';
import { loadPackagedGlossary } from '../../store/packaged-glossary';
import '../../components/shared/styles.css';

const platform = browserPlatform(browser, {
  search: location.search,
 
  // The options page exports glossary cards, so it needs the glossary too.
  loadGlossary: loadPackagedGlossary,
});
render(<OptionsApp platform={platform} />, document.getElementById('app')!);
