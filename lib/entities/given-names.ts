// What makes an unknown capitalised pair a person without any title before it
// (`Oleh Zhdanov said`): a common given name first, or a surname ending that
// East Slavic and other names in this news share. Without either, a pair like
// `Berita Terkait` or `Kabar Harian` (a heading, a site name) is left alone.

const words = (s: string) => new Set(s.split(/\s+/).filter(Boolean));

/** Given names common in war reporting: Ukrainian, Russian, Western, Indonesian. Folded. */
export const GIVEN_NAMES = words(`
  oleksandr olexander oleksandra oleksiy oleksii olexiy oleh olha olga andriy andrii andrey andrei
  anatoliy anatoly anastasia anna antonina artem artur bohdan borys boris danylo daniil denys denis
  dmytro dmitry dmitri dmitriy evgeny yevgeny yevhen yevheniy eugene fedir fyodor halyna galina hanna
  ihor igor illia ilya iryna irina ivan kateryna yekaterina ekaterina kostiantyn konstantin kyrylo kirill
  larysa lesia lilia liliya lyudmila liudmyla maksym maxim mariia maria mariya marina maryna mykhailo
  mikhail mykola nikolai nikolay natalia nataliya natalya nadia nadiya oksana olena yelena elena pavlo
  pavel petro pyotr petr roman ruslan rustem serhiy serhii sergei sergey sergiy stepan svitlana
  svetlana taras tetiana tatiana valentyn valentin valeriy valerii valery vasyl vasily viktor victor
  viktoriya victoria vitaliy vitali vitaly vladyslav vladislav vladimir volodymyr vyacheslav yana yaroslav
  yulia yuliia yuri yuriy yurii zakhar zoya alexei alexey aleksei alexander aleksandr mikheil ramzan
  yevgeniy gennady hennadiy heorhiy georgy grigory hryhoriy leonid nikita oleg semyon arseniy arsen
  john joe joseph james william robert michael david richard thomas charles christopher daniel matthew
  mark paul steven andrew kenneth george edward brian ronald anthony antony kevin jason jeff jeffrey
  ryan gary eric stephen jonathan larry justin scott frank benjamin ben samuel gregory alexander
  patrick jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold
  jeremy ethan carl keith roger gerald christian terry sean arthur austin noah lawrence jesse joe
  bryan billy bruce gabriel logan alan juan wayne roy ralph randy eugene vincent russell louis philip
  bobby johnny bradley lloyd mary patricia jennifer linda elizabeth barbara susan jessica sarah karen
  nancy lisa betty margaret sandra ashley kimberly emily donna michelle dorothy carol amanda melissa
  deborah stephanie rebecca sharon laura cynthia kathleen amy shirley angela helen brenda pamela
  nicole emma samantha katherine christine debra rachel catherine carolyn janet ruth maria heather
  diane virginia julie joyce victoria olivia kelly christina lauren joan evelyn judith megan cheryl
  andrea hannah martha jacqueline frances gloria ann teresa kathryn sara janice jean alice madison
  doris abigail julia judy grace denise amber marilyn beverly danielle theresa sophia marie diana
  brittany natalie isabella charlotte rose alexis kayla kamala hillary ursula kaja josep emmanuel
  olaf friedrich boris rishi keir liz theresa jens mark antonio rafael volker recep xi kim narendra
  jair luiz lula joko prabowo retno sugiono anies ganjar mahfud gibran jusuf susilo megawati
  budi agus ahmad muhammad mohammed siti dewi sri putri rizky andi hendra dian eka fajar
  ali hassan hussein omar abdullah yusuf ibrahim mahmoud khalid
  jean pierre francois nicolas emmanuel marine olivier jacques giorgia mario matteo pedro
  pope dalia karl hans klaus stefan wolfgang jurgen annalena markus
  matthias andreas christoph heiko ulrich martin sebastian tobias florian thierry philippe marco luca
  mateusz andrzej radoslaw gabrielius edgars mette sanna ulf magnus
  mike greg chuck mitch lindsey marjorie ted rand josh tim tom bernie jim jake
  piotr pawel krzysztof tomasz marcin michal jakub lukasz wojciech radek agnieszka katarzyna malgorzata
  georgia florence sydney jordan paris austin chelsea savannah dallas kerry
`);

/** Surname endings that mark a person on their own (`Kharkivskiy`, `Tymoshenko`, `Shoigu`-less). Folded. */
const SURNAME_ENDING = /(?:enko|chuk|czuk|shyn|ovych|ovich|evych|evich|ivna|ovna|yevna|skyi|skyy|skiy|sky|ska|skaya|tsky|tskyi|ov|ova|ev|eva|yev|yeva|in|ina|uk|yuk|iak|yak|ak|ko|shvili|dze|yan|ian)$/;

export const looksLikeSurname = (folded: string): boolean => folded.length >= 5 && SURNAME_ENDING.test(folded);
