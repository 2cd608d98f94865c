// Curated function words and distinctive spellings, written from our own
// knowledge of the languages and checked word by word against devset.json
// (tests/fixtures/langid). Lists are lower case, space separated, so they read
// like data and stay small in the bundle.

/**
 * Where a word counts. `mi` is the shared Indonesian-Malay core (`yang`,
 * `dengan`); `id` and `ms` are the words one of the two uses and the other
 * does not (or rarely). `id`/`ms` words also count as `mi` evidence.
 * The other codes are languages that must come out as `other`.
 */
export type Signal =
  | 'en'
  | 'mi'
  | 'id'
  | 'ms'
  | 'fr'
  | 'de'
  | 'es'
  | 'pt'
  | 'it'
  | 'nl'
  | 'cs'
  | 'pl'
  | 'tl'
  | 'jv'
  | 'su'
  | 'tr'
  | 'vi';

export const WORD_LISTS: Record<Signal, string> = {
  en: `the of and to in is are was were be been being that this these those it its
    for with by on at from into onto about after before over under than then
    there their they them he his him she her we our us you your i me who whom
    whose which what when where why how not no but or if so such also only just
    has have had having do does did will would shall should can could may might
    must an a said says say told tells according amid among against during
    without within between while since until because though although more most
    very week year years people government police minister president war up out
    off all any some each every other another both first last two three still
    even here now again back down like cent percent million billion company
    officials official year's it's don't can't won't isn't didn't doesn't wasn't
    aren't`,

  mi: `yang dan di ke dari ini itu dengan untuk tidak dalam akan pada juga ada oleh
    kepada telah sudah atau saya kami kita mereka dia ia beliau tersebut bagi
    sebagai lebih antara hanya masih tetapi tapi namun jika kalau apabila bila
    ketika sejak hingga sehingga agar supaya serta para pun lagi sangat banyak
    semua setiap seperti tentang mengenai terhadap belum sedang baru hari tahun
    orang kata berkata katanya menjadi adalah ialah merupakan daripada bukan
    harus perlu dapat ingin sebuah seorang satu dua tiga empat lima enam tujuh
    ratus ribu juta apa siapa mana bagaimana mengapa kenapa sini sana begitu
    sebelum sesudah selama tanpa melalui menurut kembali pula secara atas bawah
    masa waktu sama tak jangan mungkin hal negara rakyat masyarakat berhak
    melakukan membuat memberikan mendapat terdapat demikian iaitu yakni yaitu
    kamu anda beberapa sebanyak lain pihak bahwa bahawa karena kerana nya lah
    kah sendiri hak kali kini lalu tengah luar besar kecil pertama kedua ketiga
    terakhir manusia negeri umum kerja bekerja`,

  id: `bahwa karena uang pemerintah bisa setelah saat mengatakan ujar ujarnya
    ungkap ungkapnya sebesar persen miliar triliun rupiah rp polisi kepolisian
    polri tni mobil dokter universitas kasus tentara internasional berbagai mau
    saja aja gak nggak enggak sih dong banget kok lho senin kamis jumat maret
    juni juli agustus desember kantor perusahaan partai parlemen pemilu oposisi
    kampanye proyek biaya pajak layanan pelayanan kendaraan kesehatan kecelakaan
    narkoba tersangka korban pria diperkirakan informasi koran berhasil gratis
    dukungan mendukung justru kemarin yaitu yakni terkait ucapnya tuturnya
    imbuhnya paparnya terangnya jelasnya provinsi kabupaten warga bagian dpr kpk
    wni sejumlah hal lewat`,

  ms: `kerana bahawa iaitu selepas semasa mahu boleh kerajaan wang sebarang sahaja
    pelbagai mengikut antarabangsa peratus bilion polis tentera baharu kenyataan
    seramai manakala bagaimanapun berhubung cadangan mesyuarat kakitangan
    syarikat bas teksi isnin khamis jumaat ahad julai ogos disember ringgit rm
    datuk dato pengerusi naib timbalan parlimen filem muzik perlawanan jurulatih
    kejohanan pelancongan pelancong projek kos bekalan perkhidmatan menerusi
    susulan kenderaan kesihatan tertuduh suspek mangsa kemalangan dadah lelaki
    kanak awam kempen pengundi parti pembangkang petang esok dijangka jangkaan
    memaklumkan maklumat berkenaan terbabit membabitkan akhbar berjaya kejayaan
    percuma fasa ujian kerjasama sokongan menyokong justeru sekiranya turut
    tiada sesiapa bahagian sebahagian setakat sedemikian doktor
    universiti kualiti kes nak dah tun tan encik cik jagaan`,

  fr: `le la les des du une est sont dans pour par avec sur qui que ne ce cette ces
    au aux et il elle ils nous vous leur mais plus été être avait fait selon
    lors entre après depuis aussi comme sans très tout deux ont de en`,
  de: `der die das und ist sind nicht ein eine einen dem den des mit von zu auf für
    auch sich im wird wurde werden nach bei aus noch wie oder aber schon hat
    haben zum zur über gegen sagte dass kein keine`,
  es: `el los las del una que por con como más pero sus fue está están según sobre
    entre también este esta ese desde durante tras hasta muy han dijo gobierno
    es lo le de en la y`,
  pt: `os da dos das um uma não que pelo pela foi são está estão mas mais como
    também seu sua entre sobre após disse governo ao à é em na de`,
  it: `il della delle degli dei nel nella che non è sono con una gli anche più dopo
    stato essere hanno alla dal questo questa secondo`,
  nl: `het een van en niet zijn op te dat voor met werd worden ook aan bij naar uit
    maar nog wel heeft hebben zegt deze dit wordt`,
  cs: `je na že ve za jako podle který která které byl byla bylo jsou také ale už
    jeho její při mezi před proti během řekl vláda není`,
  pl: `jest się nie że na od przez dla jak jego jej oraz który która które był była
    było są także już przed podczas powiedział rząd`,
  tl: `ang ng mga sa na ay kay nang hindi ito iyon siya sila kanilang niya nila
    ayon dahil pero kung lamang rin po sinabi pangulo`,
  jv: `ing lan sing kang iku iki ora wis wes karo saka marang dening menyang uga
    kanggo yaiku yen ana kudu nganti nanging utawa dina sawise kabeh kabèh
    ngendika ujare jroning`,
  su: `nu jeung téh ku dina ti kana ieu éta eta anu geus keur kungsi urang sarta
    kitu ngan oge ogé moal teu bari saurna nyaéta nyaeta cenah`,
  tr: `ve bir bu de için ile olarak olan çok daha gibi ama sonra değil ise göre
    dedi yıl`,
  vi: `và của là có những các được trong cho với không này một người đã để`,
};

/**
 * Suffixes that mark a spelling convention. Malay writes `kualiti`,
 * `universiti`, `aktiviti`; Indonesian writes `kualitas`, `universitas`.
 * Only words long enough to be real derivations count.
 */
export const SUFFIX_SIGNALS: ReadonlyArray<{ suffix: string; minLength: number; signal: Signal }> = [
  { suffix: 'itas', minLength: 8, signal: 'id' },
  { suffix: 'iti', minLength: 7, signal: 'ms' },
  { suffix: 'nya', minLength: 6, signal: 'mi' },
  { suffix: 'kan', minLength: 7, signal: 'mi' },
  // English inflections and derivations that Indonesian and Malay spelling
  // does not produce; on devset over 90% of their hits are in English text
  // (the rest are English names and loans inside Indonesian text).
  { suffix: 'tion', minLength: 7, signal: 'en' },
  { suffix: 'ment', minLength: 7, signal: 'en' },
  { suffix: 'ness', minLength: 7, signal: 'en' },
  { suffix: 'ous', minLength: 6, signal: 'en' },
  { suffix: 'ful', minLength: 6, signal: 'en' },
  { suffix: 'ght', minLength: 5, signal: 'en' },
  { suffix: 'ers', minLength: 5, signal: 'en' },
  { suffix: 'ies', minLength: 5, signal: 'en' },
  { suffix: 'ed', minLength: 5, signal: 'en' },
  { suffix: 'ly', minLength: 5, signal: 'en' },
  { suffix: 'th', minLength: 4, signal: 'en' },
];
