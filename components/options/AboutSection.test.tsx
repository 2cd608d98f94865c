// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/preact';
import { afterEach, describe, expect, it } from 'vitest';
import { I18nProvider } from '../shared/i18n';
import { AboutSection } from './AboutSection';

afterEach(cleanup);

describe('AboutSection', () => {
  it.each([
    ['en', 'About', /GeoNames.*CC BY 4\.0/, /Natural Earth/],
    ['id', 'Tentang', /GeoNames.*CC BY 4\.0/, /Natural Earth.*domain publik/],
  ] as const)('credits the map data in %s', (lang, heading, geonames, naturalEarth) => {
    render(
      <I18nProvider lang={lang}>
        <AboutSection />
      </I18nProvider>,
    );
    expect(screen.getByRole('heading', { level: 2 }).textContent).toBe(heading);
    expect(screen.getByRole('link', { name: geonames }).getAttribute('href')).toBe('https://www.geonames.org/');
    expect(screen.getByRole('link', { name: naturalEarth })).toBeTruthy();
  });
});
