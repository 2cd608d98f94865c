// A corpus of war articles made from templates, for measuring what the
// glossary builder does at scale (1,000 articles) without shipping 1,000 real
// ones. Deterministic: the same seed gives the same articles, byte for byte.
//
// It is shaped like the coverage it stands for, and the shape decides the
// figures it yields: war-wide totals (refugees counted by the UN, prisoners
// exchanged, aid packages) come from a timeline of months and recur across
// articles that cite the same month; incident counts (killed, wounded,
// drones shot down) are small numbers drawn per article; incidental figures
// (flats damaged, distances, prices, hours) are drawn from wide ranges and
// rarely repeat. Names: Ukrainian places from the gazetteer and a pool of
// invented officials with their roles, each cited by several articles.

export interface SyntheticArticle {
  file: string;
  text: string;
}

/** mulberry32: a small seeded generator, good enough to pick template slots. */
function generator(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const PLACES = ['Kharkiv', 'Kherson', 'Sumy', 'Odesa', 'Dnipro', 'Zaporizhzhia', 'Mykolaiv', 'Chernihiv', 'Poltava', 'Kramatorsk', 'Sloviansk', 'Pokrovsk', 'Izium', 'Kupiansk', 'Nikopol', 'Kryvyi Rih'];
const GIVEN = ['Oleh', 'Ivan', 'Serhiy', 'Andriy', 'Dmytro', 'Mykola', 'Yurii', 'Vasyl', 'Olena', 'Iryna', 'Natalia', 'Tetiana', 'Oksana', 'Halyna', 'Viktor', 'Roman'];
const SURNAMES = ['Hnatenko', 'Kravets', 'Levchuk', 'Moroz', 'Pavliuk', 'Rudenko', 'Savchuk', 'Tymoshchuk', 'Voronko', 'Zhuravel', 'Babiy', 'Dovzhenko', 'Fesenko', 'Hordiienko', 'Karpenko', 'Lytvyn', 'Mazur', 'Nazarenko', 'Ostapchuk', 'Prykhodko'];
const MONTHS = [
  ['January', 'Januari'], ['February', 'Februari'], ['March', 'Maret'], ['April', 'April'], ['May', 'Mei'], ['June', 'Juni'],
  ['July', 'Juli'], ['August', 'Agustus'], ['September', 'September'], ['October', 'Oktober'], ['November', 'November'], ['December', 'Desember'],
] as const;

interface Official {
  name: string;
  place: string;
  role: { en: string; id: string };
}

interface Month {
  en: string;
  id: string;
  refugeesMillions: number;
  prisoners: number;
  aidMillions: number;
}

const en = (n: number) => n.toLocaleString('en-US');
const idn = (n: number) => n.toLocaleString('de-DE');
const decEn = (n: number) => String(n);
const decId = (n: number) => String(n).replace('.', ',');

export function syntheticCorpus(count: number, seed = 2026): SyntheticArticle[] {
  const rand = generator(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(rand() * (hi - lo + 1));
  const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)]!;

  const officials: Official[] = [];
  for (const place of PLACES) {
    officials.push({ name: `${pick(GIVEN)} ${pick(SURNAMES)}`, place, role: { en: `the governor of ${place} region`, id: `Gubernur ${place}` } });
    officials.push({ name: `${pick(GIVEN)} ${pick(SURNAMES)}`, place, role: { en: `the head of the ${place} city military administration`, id: `Kepala Administrasi Militer Kota ${place}` } });
  }
  const months: Month[] = [];
  for (let y = 2022; y <= 2025; y++) {
    for (let m = y === 2022 ? 1 : 0; m < 12; m++) {
      months.push({ en: `${MONTHS[m]![0]} ${y}`, id: `${MONTHS[m]![1]} ${y}`, refugeesMillions: int(40, 80) / 10, prisoners: int(5, 40) * 10, aidMillions: int(2, 40) * 50 });
    }
  }

  const articles: SyntheticArticle[] = [];
  for (let i = 0; i < count; i++) {
    const lang = rand() < 0.5 ? 'en' : 'id';
    const who = pick(officials);
    const month = pick(months);
    const place = who.place;
    const killed = int(2, 25);
    const wounded = int(2, 60);
    const drones = int(10, 150);
    const flats = int(5, 900);
    const km = int(3, 95);
    const pct = int(2, 60);
    const hours = int(2, 30);
    const volunteers = int(20, 4000);
    const t = (e: string, d: string) => (lang === 'en' ? e : d);
    const sentences = [
      t(`Russian strike on ${place} kills ${killed}`, `Serangan Rusia di ${place} menewaskan ${killed} orang`),
      t(
        `A Russian attack on ${place} killed ${killed} people and wounded ${wounded} others, ${who.role.en} ${who.name} said.`,
        `Serangan Rusia di ${place} menewaskan ${killed} orang dan melukai ${wounded} lainnya, kata ${who.role.id} ${who.name}.`,
      ),
      t(
        `${who.name.split(' ')[1]} said ${en(flats)} flats had been damaged and that repairs would take ${hours} hours.`,
        `${who.name.split(' ')[1]} mengatakan ${idn(flats)} apartemen rusak dan perbaikan akan memakan waktu ${hours} jam.`,
      ),
      t(
        `Ukraine's air force said it had shot down ${drones} drones overnight.`,
        `Angkatan Udara Ukraina mengatakan telah menembak jatuh ${drones} drone semalam.`,
      ),
      t(`${place} lies about ${km} km from the front line.`, `${place} terletak sekitar ${km} km dari garis depan.`),
      t(
        `More than ${en(volunteers)} volunteers helped clear the rubble, and bread prices in the city have risen ${pct}% this year.`,
        `Lebih dari ${idn(volunteers)} relawan membantu membersihkan puing, dan harga roti di kota itu naik ${pct}% tahun ini.`,
      ),
    ];
    // Articles on the war at large cite the month's totals.
    const wide = rand();
    if (wide < 0.35) {
      sentences.push(
        t(
          `According to the UN refugee agency, ${decEn(month.refugeesMillions)} million refugees had fled Ukraine by ${month.en}.`,
          `Menurut badan pengungsi PBB, ${decId(month.refugeesMillions)} juta pengungsi telah meninggalkan Ukraina hingga ${month.id}.`,
        ),
      );
    } else if (wide < 0.6) {
      sentences.push(
        t(
          `In ${month.en}, Ukraine and Russia exchanged ${month.prisoners} prisoners each, officials said.`,
          `Pada ${month.id}, Ukraina dan Rusia saling menukar ${month.prisoners} tawanan, kata pejabat.`,
        ),
      );
    } else if (wide < 0.8) {
      sentences.push(
        t(
          `In ${month.en} the United States announced military aid worth $${en(month.aidMillions)} million.`,
          `Pada ${month.id} Amerika Serikat mengumumkan bantuan militer senilai ${idn(month.aidMillions)} juta dolar AS.`,
        ),
      );
    }
    const [title, ...body] = sentences;
    articles.push({ file: `synthetic-${String(i).padStart(4, '0')}-${lang}.txt`, text: `${title}\n\n${body.join(' ')}\n` });
  }
  return articles;
}
