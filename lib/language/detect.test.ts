import { describe, expect, it } from 'vitest';
import { detectLanguage } from './detect';

// News-like sentences written for this test (not taken from any corpus), some
// headline-short. None of them may come out as Indonesian or English.
const OTHER_LANGUAGES: Array<[string, string]> = [
  ['French', 'Le président ukrainien a demandé de nouvelles sanctions contre la Russie.'],
  ['French', 'Les forces russes ont bombardé la ville pendant la nuit, selon les autorités locales.'],
  ['French', 'Attaque de drones sur Kiev'],
  ['German', 'Die ukrainische Armee hat nach eigenen Angaben mehrere Dörfer zurückerobert.'],
  ['German', 'Der Bundeskanzler sagte, Deutschland werde weitere Luftabwehrsysteme liefern.'],
  ['German', 'Neue Sanktionen gegen Moskau'],
  ['Spanish', 'El gobierno ucraniano denunció un nuevo ataque con misiles contra la capital.'],
  ['Spanish', 'Miles de personas huyeron de la región tras los bombardeos.'],
  ['Spanish', 'Rusia y Ucrania negocian un alto el fuego'],
  ['Portuguese', 'O presidente da Ucrânia pediu mais ajuda militar aos aliados europeus.'],
  ['Portuguese', 'As tropas russas foram obrigadas a recuar depois de uma semana de combates.'],
  ['Portuguese', 'Não há acordo entre as partes'],
  ['Italian', 'Il presidente ucraino ha chiesto nuove sanzioni contro la Russia.'],
  ['Italian', 'Le truppe russe sono entrate nella città dopo giorni di combattimenti.'],
  ['Dutch', 'De Oekraïense president vroeg om meer wapens voor het leger.'],
  ['Dutch', 'Het Russische leger heeft de stad opnieuw beschoten.'],
  ['Czech', 'Ruská armáda podle ukrajinských úřadů v noci zaútočila na Charkov.'],
  ['Czech', 'Vláda schválila další balík vojenské pomoci pro Ukrajinu.'],
  ['Czech', 'Prezident řekl, že jednání budou pokračovat.'],
  ['Polish', 'Rosyjskie wojska zaatakowały w nocy Charków, poinformowały władze.'],
  ['Polish', 'Prezydent powiedział, że rozmowy będą kontynuowane.'],
  ['Turkish', 'Rus ordusu bu sabah Kiev’e yeni bir saldırı başlattı.'],
  ['Turkish', 'Ukrayna Devlet Başkanı, Rusya’ya karşı yeni yaptırımlar istedi.'],
  ['Vietnamese', 'Quân đội Nga đã tấn công thành phố Kharkiv trong đêm.'],
  ['Vietnamese', 'Tổng thống Ukraine kêu gọi phương Tây viện trợ thêm vũ khí.'],
  ['Chinese', '乌克兰总统泽连斯基呼吁西方国家提供更多防空系统。'],
  ['Chinese', '俄罗斯军队周日对基辅发动了大规模无人机袭击。'],
  ['Chinese', '基辅遭空袭'],
  ['Javanese', 'Wong-wong sing manggon ing kutha iku wis padha ngungsi menyang papan sing luwih aman.'],
  ['Javanese', 'Tentara Rusia nyerang kutha Kharkiv ing wayah bengi.'],
  ['Javanese', 'Pamarentah ora bakal ngirim prajurit menyang Ukraina.'],
  ['Sundanese', 'Warga anu cicing di éta kota geus ngungsi ka tempat anu leuwih aman.'],
  ['Sundanese', 'Pasukan Rusia nyerang kota Kharkiv dina peuting tadi.'],
  ['Sundanese', 'Présidén Ukraina ménta bantuan ka nagara-nagara Kulon sangkan perang geura réngsé.'],
  ['Tagalog', 'Sinabi ng pangulo ng Ukraine na kailangan nila ng mas maraming armas.'],
  ['Tagalog', 'Inatake ng mga sundalong Ruso ang lungsod ng Kharkiv kagabi.'],
  ['Tagalog', 'Libu-libong tao ang lumikas mula sa kanilang mga tahanan.'],
  ['Russian', 'Президент Украины призвал западные страны усилить санкции против России.'],
  ['Russian', 'Обстрел Харькова продолжался всю ночь.'],
  ['Ukrainian', 'Російські війська знову обстріляли Харків.'],
  ['Arabic', 'دعا الرئيس الأوكراني إلى فرض مزيد من العقوبات على روسيا.'],
  ['Arabic', 'قصف روسي على مدينة خاركيف'],
];

describe('text in other languages is other', () => {
  it.each(OTHER_LANGUAGES)('%s: %s', (_language, text) => {
    expect(detectLanguage(text).code).toBe('other');
  });
});

describe('Indonesian, English and Malay', () => {
  const malayParagraph =
    'Kerajaan akan memastikan bekalan makanan mencukupi sepanjang tempoh perintah kawalan pergerakan, ' +
    'kata menteri berkenaan dalam kenyataan yang dikeluarkan selepas mesyuarat kabinet semalam. Beliau berkata ' +
    'pihak polis dan tentera turut membantu agensi lain bagi memastikan orang ramai mematuhi arahan tersebut, ' +
    'manakala syarikat pengangkutan diminta menyediakan perkhidmatan kepada pekerja barisan hadapan. Menurutnya, ' +
    'sebarang cadangan baharu akan dimaklumkan kepada rakyat selepas kerajaan meneliti laporan kesihatan terkini ' +
    'daripada hospital di seluruh negara kerana keselamatan orang awam adalah keutamaan.';
  const indonesianParagraph =
    'Pemerintah Indonesia menyatakan bahwa bantuan kemanusiaan untuk warga sipil di Ukraina akan dikirim pekan ' +
    'depan melalui Polandia. Menurut juru bicara Kementerian Luar Negeri, bantuan tersebut berupa obat-obatan, ' +
    'selimut dan makanan siap saji yang dikumpulkan dari berbagai lembaga. Ia mengatakan pemerintah juga terus ' +
    'memantau keadaan warga negara Indonesia yang masih berada di Kyiv karena situasi keamanan belum membaik, ' +
    'dan meminta mereka yang belum melapor agar segera menghubungi kedutaan besar setelah kondisi memungkinkan.';

  it.each<[string, string, string]>([
    ['short Indonesian headline', 'Rusia Kembali Serang Kyiv dengan Drone', 'id'],
    ['Indonesian sentence', 'Sebanyak 100.000 orang mengungsi dari wilayah Kharkiv sejak pekan lalu.', 'id'],
    ['short English headline', 'Russia launches drones at Kyiv overnight', 'en'],
    ['English sentence', 'Ukraine said on Monday that it had shot down most of the missiles.', 'en'],
    ['short Malay sentence (too short to tell: id)', 'Kerajaan akan beri bantuan kepada mangsa banjir.', 'id'],
    ['Malay paragraph', malayParagraph, 'ms'],
    ['Indonesian paragraph', indonesianParagraph, 'id'],
  ])('%s', (_name, text, code) => {
    expect(detectLanguage(text).code).toBe(code);
  });

  it('is more sure of a paragraph than of a headline', () => {
    expect(detectLanguage(indonesianParagraph).confidence).toBeGreaterThan(
      detectLanguage('Rusia Kembali Serang Kyiv dengan Drone').confidence,
    );
  });
});

describe('text with no language signal is other, with low confidence', () => {
  it.each<[string, string, number]>([
    ['empty', '', 0.2],
    ['whitespace', ' \n\t ', 0.2],
    ['digits and punctuation', '100.000 - 2,5% (2024) ... !!!', 0.2],
    ['a bare name', 'Volodymyr Zelensky', 0.2],
    ['a place and a date', 'Kyiv, 2024', 0.2],
    ['a name repeated', 'Kyiv '.repeat(5000), 0.2],
    ['a run of letters with no spaces', 'x'.repeat(100_000), 0.2],
  ])('%s', (_name, text, maxConfidence) => {
    const verdict = detectLanguage(text);
    expect(verdict.code).toBe('other');
    expect(verdict.confidence).toBeLessThanOrEqual(maxConfidence);
  });
});

describe('hostile input finishes in time and never throws', () => {
  const MB = 1_000_000;
  it.each<[string, string]>([
    ['1 MB without spaces', 'ab'.repeat(MB / 2)],
    ['1 MB of digits and dots', '1.2.'.repeat(MB / 4)],
    ['lone surrogates and NUL bytes', '\ud800yang\u0000dan\udfff '.repeat(MB / 12)],
    ['5 MB of Indonesian', 'Pasukan Rusia menyerang kota itu pada malam hari. '.repeat((5 * MB) / 50)],
  ])('%s', (_name, text) => {
    const verdict = detectLanguage(text);
    expect(['id', 'en', 'ms', 'other']).toContain(verdict.code);
    expect(verdict.confidence).toBeGreaterThanOrEqual(0);
    expect(verdict.confidence).toBeLessThanOrEqual(1);
  });
});
