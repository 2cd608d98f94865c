// One key for the many romanisations of a Slavic place name, so that the
// gazetteer's `Avdiivka` and `Avdeyevka` meet GeoNames' `Avdiyivka`, and
// `Zaporizhzhia` its `Zaporizhzhya`. Used at build time to match names; a
// false meeting is caught by the country and the gazetteer's hints.

/** Lowercase ASCII letters with the vowels and soft signs that transliterations disagree on folded. */
export function nameKey(name: string): string {
  return (
    name
      .normalize('NFD')
      .replace(/[\u0300-\u036f]/g, '')
      .toLowerCase()
      // Apostrophes and soft signs (’ ‘ ' ʹ ʼ `) are written or dropped at will.
      .replace(/[’‘'ʹʼ`]/g, '')
      .replace(/[^a-z]+/g, ' ')
      .trim()
      // i, y, j and their pairs (iy, yi, ii, ya/ia) are one sound written many ways.
      .replace(/[yj]/g, 'i')
      .replace(/i+/g, 'i')
      // e/ie after a vowel-folding (Avdeevka, Avdiivka) and doubled consonants (Zaporizhzhia).
      .replace(/ie/g, 'e')
      .replace(/([a-z])\1+/g, '$1')
  );
}
