// Organisations as newsrooms write them, acronyms a page introduces, buildings
// as places and bylines, through the whole analyzer (the gazetteer supplies
// the owners: countries, cities and organisations).
import { describe, expect, it } from 'vitest';
import { analyze } from '../analyze';

const spans = (text: string, type: string) => analyze(text).entities.filter((e) => e.type === type).map((e) => e.text);

describe('descriptive organisations: the head noun decides, the owner is inside', () => {
  it.each([
    ['Angkatan Laut Rusia menembakkan rudal.', 'Angkatan Laut Rusia'],
    ['Menurut angkatan udara Ukraina, serangan itu gagal.', 'angkatan udara Ukraina'],
    ['Dinas Keamanan Ukraina menangkap dua orang.', 'Dinas Keamanan Ukraina'],
    ['Kementerian Luar Negeri Ukraina mengecam serangan itu.', 'Kementerian Luar Negeri Ukraina'],
    ['Kepala administrasi militer Kharkiv mengatakan hal itu.', 'administrasi militer Kharkiv'],
    ['Keputusan Senat AS ditunggu.', 'Senat AS'],
    ['Di Berlin, parlemen Jerman membahas bantuan.', 'parlemen Jerman'],
    ['Usul itu datang dari Komisi Eropa kemarin.', 'Komisi Eropa'],
    // A given name ends the capitalised run: the commission, then its president.
    ['Presiden Komisi Eropa Ursula von der Leyen tiba di Kyiv.', 'Komisi Eropa'],
    ['Kata badan statistik Polandia pekan ini.', 'badan statistik Polandia'],
    ['Menurut Kementerian Energi dan Sumber Daya Mineral, harga naik.', 'Kementerian Energi dan Sumber Daya Mineral'],
    ['The drone was shot down, the Ukrainian Air Force said.', 'Ukrainian Air Force'],
    ['Rescuers from the State Border Guard Service arrived.', 'State Border Guard Service'],
    ["Kharkiv's regional military administration said seven died.", "Kharkiv's regional military administration"],
    ['The vote in the US Senate was close.', 'US Senate'],
    ["Germany's parliament approved the aid.", "Germany's parliament"],
    ['The Hungarian foreign ministry objected.', 'Hungarian foreign ministry'],
    ['Sanctions came from the US Treasury Department on Friday.', 'US Treasury Department'],
    ["Ukraine's Ministry of Foreign Affairs called for more aid.", "Ukraine's Ministry of Foreign Affairs"],
    // Two owners joined by a hyphen stay whole, hyphen included.
    ['The NATO-Ukraine Council met in Brussels on Wednesday.', 'NATO-Ukraine Council'],
    ['The EU-Ukraine Association Council met again.', 'EU-Ukraine Association Council'],
    ['Menteri itu hadir dalam pertemuan Dewan NATO-Ukraina di Brussel pada Rabu.', 'Dewan NATO-Ukraina'],
    // Military units are organisations when capitalised.
    ['On the same day the Ukrainian Volunteer Corps said it had lost two men.', 'Ukrainian Volunteer Corps'],
    ['Fighters of the Georgian Legion held the line.', 'Georgian Legion'],
    ['The 47th Mechanized Brigade held the line.', '47th Mechanized Brigade'],
    ['Brigade Mekanis ke-47 dan Resimen Azov bertahan di sana, kata militer Ukraina.', 'Brigade Mekanis ke-47'],
    // Capitalised-only heads: offices, schools, centres, units named by a capitalised word.
    ["Ukraine's Prosecutor General's Office opened a case.", "Ukraine's Prosecutor General's Office"],
    ['The Kyiv School of Economics estimated the damage.', 'Kyiv School of Economics'],
    ["Ukraine's Southern Defence Forces said 12 drones were downed.", "Ukraine's Southern Defence Forces"],
    // An `of` or `for` complement runs over capitalised words joined by of, for, the, and.
    [
      "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War said so.",
      "Ukraine's Coordination Headquarters for the Treatment of Prisoners of War",
    ],
    ['Officials from the Ministry of Defence and the State Department met.', 'Ministry of Defence'],
    // A publication called `The X` owns nothing.
    ['The National Guard of Ukraine deployed units.', 'National Guard of Ukraine'],
    // Indonesian capitalised-only heads need a capitalised word of their own before the owner.
    ['Pemerintah menyiapkan pesawat melalui Tentara Nasional Indonesia (TNI) kemarin.', 'Tentara Nasional Indonesia'],
    ['Kantor Kejaksaan Agung Ukraina membuka penyelidikan atas serangan itu.', 'Kantor Kejaksaan Agung Ukraina'],
    // A known organisation followed by a country is that country's own body.
    ['Palang Merah Indonesia (PMI) mengirim bantuan ke Ukraina pekan lalu.', 'Palang Merah Indonesia'],
  ])('%s', (text, org) => {
    expect(spans(text, 'ORG')).toContain(org);
  });

  it.each([
    ['The ministry said nothing.'],
    ['The Ukrainian military said nothing.'],
    ['Kementerian itu tidak menjawab.'],
    ["Russia's state news agency Tass reported the strike."],
    ['The Russian brigade moved north.'],
    ['Russian Forces Advance Near Pokrovsk'],
    ['Tentara Rusia menyerang desa itu pada malam hari, kata pejabat Ukraina.'],
  ])('not a described organisation: %s', (text) => {
    expect(spans(text, 'ORG').filter((o) => /ministry|kementerian|agency|military|brigade|forces|tentara/i.test(o))).toEqual([]);
  });
});

describe('acronyms introduced on the page', () => {
  it('an acronym in brackets and its later uses are the same organisation', () => {
    const text = 'Kementerian Energi dan Sumber Daya Mineral (ESDM) menaikkan harga. Kata ESDM, stok aman.';
    const orgs = analyze(text).entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.text)).toEqual(['Kementerian Energi dan Sumber Daya Mineral', 'ESDM', 'ESDM']);
  });

  it('an acronym after a national branch is the branch, not the country', () => {
    const orgs = spans('Palang Merah Indonesia (PMI) mengirim bantuan ke Ukraina pekan lalu.', 'ORG');
    expect(orgs).toContain('PMI');
  });

  it('a known organisation lends its card to the acronym', () => {
    const text = 'Badan Pengungsi PBB (UNHCR) mencatat jutaan pengungsi.';
    const orgs = analyze(text).entities.filter((e) => e.type === 'ORG');
    expect(new Set(orgs.map((e) => e.id)).size).toBe(1);
  });

  it('a name the lexicon does not know and its acronym share one page card', () => {
    const text = 'The Ukrainian Volunteer Corps (UVC) said it lost men. Later the UVC posted a video.';
    const orgs = analyze(text).entities.filter((e) => e.type === 'ORG');
    expect(orgs.map((e) => e.text)).toEqual(['Ukrainian Volunteer Corps', 'UVC', 'UVC']);
    expect(new Set(orgs.map((e) => e.id))).toEqual(new Set(['page:organisation:Ukrainian Volunteer Corps (UVC)']));
  });

  it('a plant introduced with its acronym is one place', () => {
    const text = 'A drone hit the Zaporizhzhia Nuclear Power Plant (ZNPP) on Sunday. The ZNPP has six reactors.';
    expect(spans(text, 'PLACE')).toEqual(['Zaporizhzhia Nuclear Power Plant', 'ZNPP', 'ZNPP']);
  });
});

describe('buildings are places; bylines keep the whole name', () => {
  it.each([
    ['Presiden menerima tamu di Istana Merdeka kemarin.', 'PLACE', 'Istana Merdeka'],
    ['Erdogan spoke at the Dolmabahce Palace on Monday.', 'PLACE', 'Dolmabahce Palace'],
    ['Ships passed under the Crimean Bridge.', 'PLACE', 'Crimean Bridge'],
    ['Water flowed again into the North Crimean Canal.', 'PLACE', 'North Crimean Canal'],
    ['Drones struck the Novoshakhtinsk Refinery overnight.', 'PLACE', 'Novoshakhtinsk Refinery'],
    // Rooms: a room word after a name, `Office` after a word of shape, colour or side, `Ruang` first in Indonesian.
    ['Zelensky met Trump in the Oval Office on Friday.', 'PLACE', 'Oval Office'],
    ['Advisers met in the Situation Room later.', 'PLACE', 'Situation Room'],
    ['Pertemuan berlangsung di Ruang Jepara, lalu makan siang.', 'PLACE', 'Ruang Jepara'],
    ['Mereka bertemu di Ruang Garuda Istana Bogor kemarin.', 'PLACE', 'Ruang Garuda'],
    ['Mereka bertemu di Ruang Garuda Istana Bogor kemarin.', 'PLACE', 'Istana Bogor'],
    ['By Jordan Hale and Dana Pierce', 'PERSON', 'Dana Pierce'],
    ['Penulis: Dian Maharani dan Rina Sari', 'PERSON', 'Rina Sari'],
    ['Reporting by Olena Harmash', 'PERSON', 'Olena Harmash'],
    ['By Andrew Wilks', 'PERSON', 'Andrew Wilks'],
    ['Penulis: Nur Rohmi Aida', 'PERSON', 'Nur Rohmi Aida'],
  ])('%s', (text, type, span) => {
    expect(spans(text, type)).toContain(span);
  });

  it('a capitalised word after `by` mid-sentence is not a byline', () => {
    expect(spans('The town was hit by Iskander missiles.', 'PERSON')).toEqual([]);
    expect(spans('The town was hit by drones and Iskander missiles.', 'PERSON')).toEqual([]);
  });

  it.each([
    ['The Foreign Office said nothing.', 'Foreign Office'],
    ['A spokesman for the Prosecutor General Office spoke.', 'Prosecutor General Office'],
  ])('an office that is an institution is no room: %s', (text, name) => {
    expect(spans(text, 'PLACE')).not.toContain(name);
  });
});
