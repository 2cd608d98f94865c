// "About": what Sorot is and whose data it ships, as the data's licences ask
// (GeoNames' CC BY 4.0 asks for credit; Natural Earth is public domain, named
// anyway so a reader can check the borders).
import { useT } from '../shared/i18n';

export function AboutSection() {
  const { t } = useT();
  const credits = [
    { text: t('options.creditGeoNames'), href: 'https://www.geonames.org/' },
    { text: t('options.creditNaturalEarth'), href: 'https://www.naturalearthdata.com/' },
    { text: t('options.creditCountries'), href: 'https://github.com/michaelwittig/node-i18n-iso-countries' },
  ];
  return (
    <section class="about" aria-labelledby="about-heading">
      <h2 id="about-heading">{t('options.about')}</h2>
      <p class="hint">{t('options.aboutText')}</p>
      <ul class="credits">
        {credits.map(({ text, href }) => (
          <li key={href}>
            <a href={href} target="_blank" rel="noreferrer">
              {text}
            </a>
          </li>
        ))}
      </ul>
    </section>
  );
}
