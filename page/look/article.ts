// Finds the article on a page: the headline with its standfirst and byline,
// and the block that holds the body (paragraphs, captions, pull quotes, the
// entries of a live blog). Everything else on the page is chrome, and so is
// the chrome inside the article (share bars, related lists, promos, times,
// counters). Run once per page, after the quick look passed: it reads every
// paragraph's text, which is fine on the few pages that look like war and
// would be waste on the rest.
//
// The body is found the way Mozilla Readability finds it (our own code, its
// ideas): each paragraph of prose scores its parent in full and its
// ancestors less, class and id names push a container up or down, links
// discount it, and several good blocks under one ancestor mean a live blog
// or a long piece split in sections, so that ancestor wins.

import { firstWhere } from '../../lib/bisect';
import { createSlice, type Slice } from '../read/yield';

/**
 * Class, id and data-attribute words of page chrome, in English and Indonesian
 * (a bio is the author box inside a story, as The Washington Post's
 * "post-body-bio"; a count is a live blog's "11 updates" or a story's views; a
 * cta a call to action; nl a newsletter; vid a video; an embed or a tweet a
 * player or a post from elsewhere; a source (src), sumber, credit, kredit, copyright
 * or editor line credits an agency or a desk, not the story, as a photo's
 * author does; so do a penulis (writer) or redaktur box and an author's desc or
 * note; polls and quizzes (jajak pendapat, kuis), donate (donasi) and support blocks,
 * audio players and podcasts, and the interstitial cards between paragraphs are
 * not the story either; rekomendasi, populer, lihat juga, pilihan, iklan,
 * komentar, bagikan, sosmed, terkini, terbaru, tanggal, waktu: recommended,
 * popular, see also, picks, ad, comments, share, social media, latest, date,
 * time; abonnement and abonelik: subscription, in French and Turkish; data
 * pasar: market data, a box of prices; a disclaimer says who paid or answers
 * for the piece). Matched against the element's names (classAndId). A tag list
 * is "tags", "post-tags" or "tags-links", never "tag-<slug>": WordPress puts
 * one of those on the post's own element for each of its tags.
 */
const CHROME_NAMES =
  /shar[ei]|social|related|re[ck]omm?end|trending|most-?read|pop[ue]lar|promo|newsletter|subscri|sign-?up|cookie|consent|advert|iklan|sponsor|outbrain|taboola|[ck]omm?ent|bagikan|sosmed|author-?(?:box|info|card|desc|note|bio)|penulis|redaktur|poll|jajak|quiz|kuis|dona[st]|support[-_]|audio|listen|text-?to-?speech|podcast|interstitial|in-?this-?article|breadcrumb|kicker|eyebrow|toolbar|read-?(?:more|next)|more-?(?:stor|news|artic)|also-?read|(?:baca|lihat)-?juga|ter(?:kait|kini|baru)|pilihan|paywall|banner|footer|sidebar|widget|tags?(?:$|[\s_])|tags-|topics|menu|masthead|timestamp|dateline|(?:^|[\s_-])(?:ads?|bio|date(?:time)?|time|tanggal|waktu|count(?:er)?|cta|nl|vid|source|src|sumber|editor)(?:$|[\s_-])|reaction|video|play(?:list|er)|embed|tweet|[ck]redit|(?:photo|foto|image|img)[-_]*(?:author|by)\b|copyright|ticker|refresh|(?:market|pasar)-?data|data-?pasar|print-?(?:ed|info)|abon(?:n|elik)|disclaimer/i;

/** Names that mark the article itself, which outweigh a chrome word in the same string (`article-footer` aside; a caption's credit is its own). */
const ARTICLE_NAMES = /article-?body|story-?body|entry-?content|post-?content|article-?content|article__body|block-?elements|liveblog-?body|caption(?![-_]*(?:[ck]redit|copyright))|pull-?quote|blockquote|standfirst|headline|byline/i;

/**
 * Elements that are chrome wherever they are (an aside is, unless it holds a
 * pull quote; a status region announces a live blog's new entries, "3 new
 * updates. Tap to refresh.").
 */
const CHROME_TAGS = /^(?:nav|footer|button|time|menu|dialog)$/;
const CHROME_ROLES = /^(?:navigation|contentinfo|complementary|banner|(?:alert)?dialog|search|status|timer|marquee)$/;

/**
 * A short element whose whole text is a relative time or a counter:
 * "4m", "30 min ago", "8 hours ago", "1 week 5 days ago", "2 jam lalu", "5
 * menit yang lalu", "0 Comments", "312 Responses", "12 shares", "0
 * komentar"; reading times ("5 min read", "· 3 menit baca", "Dibaca 3
 * menit", "Waktu baca 4 menit", "Estimated 6 minutes"); and a quote's change
 * in a ticker chip ("+1.21%", "-0.45%": a sign and a percentage, alone).
 * Never figures, never prose.
 */
const TIME_OR_COUNTER =
  /^[\s·]*(?:(?:updated|diperbarui|dibaca|waktu\s+baca|reading\s+time|estimated|est\.)\s*:?\s*)?(?:\d+\s*(?:s|m|h|d|w|y|mo|sec(?:ond)?s?|min(?:ute)?s?|hrs?|hours?|days?|weeks?|months?|years?|detik|menit|jam|hari|minggu|bulan|tahun)\s*)+(?:ago|lalu|yang\s+lalu|read|baca)?\s*$|^\s*\d[\d.,]*\s*(?:[km]|rb)?\s*(?:comments?|shares?|replies|responses?|reactions?|likes?|views?|votes?|komentar|tanggapan|balasan|dibagikan|suka|suara)\s*$|^\s*[+\-−▲▼]\s*\d[\d.,]*\s*%\s*$/i;

/**
 * A story's sign-off: its editors' initials, alone or with the agencies it
 * drew on ("ae/hp (Reuters, AFP, dpa)", "(ant/rmol)", "[faz/ted]"). Initials
 * only, in lower case: a pair in capitals ("Kyiv/Lviv") is words, and a
 * site with its reporter ("(Tribunnews.com/Yurika)") is a byline, read as the
 * gold annotations read it.
 */
const SIGN_OFF = /^\s*[([]?[a-z]{1,5}(?:\/[a-z]{1,5})+[)\]]?\s*(?:\([^()]{1,40}\))?\s*$/;

/**
 * A pager's whole text: "Halaman: 1 2 Selanjutnya", "Page 1 of 3", "Halaman
 * 2 dari 5", "1 2 3 Next »". Its word or its "next" says pager: a number
 * alone may be a table's cell.
 */
const PAGER =
  /^\s*(?:(?:halaman|page)\s*:?\s*\d[\d\s]*(?:(?:dari|of)\s+\d+\s*)?(?:selanjutnya|berikutnya|next)?|\d[\d\s]*(?:selanjutnya|berikutnya|next))\s*[»›]?\s*$/i;

/** Paragraphs shorter than this are not scored (Readability's 25 characters). */
const MIN_PARAGRAPH_CHARS = 25;
/**
 * A div, cell or list item counts as a paragraph only with this much text: a
 * page of hundreds of one-line boxes (comments, widgets, cards) must not
 * outscore ten real paragraphs.
 */
const MIN_BOX_CHARS = 80;
/** An article's worth of prose (Readability's 500 characters): class names that keep out more, and leave in less, misled. */
const MIN_ARTICLE_CHARS = 500;

export interface Article {
  /** The elements holding the article, in document order (the headline's block first when it stands apart). */
  roots: Element[];
  /** The page's own framing: title, og:title, h1, section, standfirst; one per line, deduplicated. */
  headline: string;
  /** Whether an element inside the roots is chrome: a share bar, a related list, a time, a counter, a promo. */
  isChrome(el: Element): boolean;
  /** The site's own name (og:site_name), or '': never marked. */
  site: string;
}

/** A data attribute's value that names a part: one word or slug, not prose, an address or JSON. */
const PART_NAME = /^[\w-]{1,40}$/;

/**
 * The names an element goes by: class, id, and the values of its data
 * attributes, where pages whose classes are hashed name their parts
 * (`data-testid="inline-newsletter"` on `class="sc-dVhcbM"`,
 * `data-component="AudioPlayer"`, `data-block="video-embed"`).
 */
function classAndId(el: Element): string {
  let names = `${el.getAttribute('class') ?? ''} ${el.id}`;
  for (const { name, value } of el.attributes) if (name.startsWith('data-') && PART_NAME.test(value)) names += ` ${value}`;
  return names;
}

/** Readability's class weight: chrome names count against a container, article names for it. */
function nameWeight(el: Element): number {
  const names = classAndId(el);
  if (names.trim() === '') return 0;
  return (ARTICLE_NAMES.test(names) || /article|content|story|entry|main|post|text|body/i.test(names) ? 25 : 0) - (CHROME_NAMES.test(names) ? 25 : 0);
}

function tagWeight(el: Element): number {
  switch (el.localName) {
    case 'article':
    case 'main':
      return 10;
    case 'div':
    case 'section':
      return 5;
    case 'pre':
    case 'td':
    case 'blockquote':
      return 3;
    case 'ol':
    case 'ul':
    case 'dl':
    case 'dd':
    case 'dt':
    case 'li':
    case 'form':
      return -3;
    default:
      return /^h[1-6]$|^th$/.test(el.localName) ? -5 : 0;
  }
}

/**
 * The characters of `text` that are not white space. Link density is a share
 * of text, and a pretty-printed page puts nearly as much indentation as words
 * between the links of a list: Kompas's "latest" list (30 links, a section
 * and a time each) read as 48% links counting white space, 70% without.
 */
function inkLength(text: string): number {
  let ink = 0;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code > 32 && code !== 0xa0) ink++;
  }
  return ink;
}

/** Per element, the characters of its text inside links, their ink (inkLength), and how many links it holds: built once per page. */
type LinkIndex = Map<Element, { chars: number; ink: number; links: number }>;

/** One pass over the page's links, each adding to its ancestors: link density without a walk per element. */
function indexLinks(doc: Document): LinkIndex {
  const index: LinkIndex = new Map();
  for (const a of doc.getElementsByTagName('a')) {
    const text = a.textContent ?? '';
    const [chars, ink] = [text.length, inkLength(text)];
    for (let el: Element | null = a; el; el = el.parentElement) {
      const entry = index.get(el);
      if (entry) {
        entry.chars += chars;
        entry.ink += ink;
        entry.links += 1;
      } else index.set(el, { chars, ink, links: 1 });
    }
  }
  return index;
}

/** The share of `ink` (the inkLength of `el`'s text) inside links: a yes-or-no question on one element. */
function linkDensity(links: LinkIndex, el: Element, ink: number): number {
  return ink === 0 ? 0 : Math.min(1, (links.get(el)?.ink ?? 0) / ink);
}

/**
 * The length of `el`'s text, from the lengths already known of its children:
 * the article's parents each hold all of its text, and reading each one's
 * textContent copied the whole article again (three times on a plain page).
 */
function textLength(el: Element, known: Map<Element, number>): number {
  let length = known.get(el);
  if (length !== undefined) return length;
  length = 0;
  for (let child = el.firstChild; child; child = child.nextSibling) {
    if (child.nodeType === Node.ELEMENT_NODE) length += known.get(child as Element) ?? (child.textContent ?? '').length;
    else if (child.nodeType === Node.TEXT_NODE || child.nodeType === Node.CDATA_SECTION_NODE) length += (child as CharacterData).data.length;
  }
  known.set(el, length);
  return length;
}

/**
 * The share of `el`'s text in links, white space counted: it discounts every
 * scored container, the article's parents among them, whose ink would cost a
 * second pass over the whole article (it made the finder twice as slow on the
 * 50,000-word page).
 */
function linkShare(links: LinkIndex, el: Element, lengths: Map<Element, number>): number {
  const entry = links.get(el);
  if (!entry) return 0;
  const length = textLength(el, lengths);
  return length === 0 ? 0 : Math.min(1, entry.chars / length);
}

/** Chrome by its own markup (not its ancestors'): its tag or role, and its class and id unless `byNames` is false. */
function chromeByMarkup(el: Element, byNames = true): boolean {
  const tag = el.localName;
  if (CHROME_TAGS.test(tag) || el.getAttribute('aria-modal') === 'true' || CHROME_ROLES.test(el.getAttribute('role') ?? '')) return true;
  // A form is a search box or a sign-up, unless it holds the headline: ASP.NET sites wrap the whole page in one.
  if (tag === 'form') return !el.getElementsByTagName('h1').length;
  const names = classAndId(el);
  if (tag === 'aside') return !/quote/i.test(names);
  // A "read more" with no link sends the reader nowhere: it folds away the story's own rest (AMP's "Baca selengkapnya").
  return byNames && names.length > 1 && CHROME_NAMES.test(names) && !ARTICLE_NAMES.test(names) && !(/read-?more/i.test(names) && !el.getElementsByTagName('a').length);
}

/**
 * A leaf-ish element whose whole text is a relative time, a counter or a
 * pager, or an onward line with no link in it (a bold "Baca Juga: ..."
 * between the lines of a body, "Simak berita lainnya di Google News").
 */
function isShortLine(el: Element, links: LinkIndex): boolean {
  // A figure is no line: its credit ("Sumber gambar, Reuters") and its caption are judged each on its own.
  // A box with a link and a paragraph is judged by its links (isOnwardLine): a "Baca juga: <a>" line over a short entry.
  if (el.childElementCount > 2 || el.localName === 'figure' || (links.has(el) && holdsParagraphs(el, 1))) return false;
  // A paragraph of prose opens with more than a time or a counter holds, and not as an onward line: its text is not copied out to learn that.
  const first = el.firstChild;
  if (first?.nodeType === Node.TEXT_NODE && (first as Text).data.length > 40 && !sendsElsewhere((first as Text).data)) return false;
  const text = el.textContent ?? '';
  return (
    (text.length <= 40 && (TIME_OR_COUNTER.test(text) || SIGN_OFF.test(text) || PAGER.test(text))) ||
    (text.length <= ONWARD_CHARS && (sendsElsewhere(text) || closingItalics(el, text)))
  );
}

/** A block of links (a menu, a list of other stories) rather than prose: most of its text is links. */
function isLinkList(links: LinkIndex, el: Element, text: string): boolean {
  if (/^h[1-6]$/.test(el.localName)) return false;
  // A paragraph or a box that is all one link is a "Read more: ..." line or a card between the paragraphs, pointing at another story.
  const strict = el.localName === 'p' || (links.get(el)?.links ?? 0) < 2;
  if (strict && !/^(?:p|div)$/.test(el.localName)) return false;
  const ink = inkLength(text);
  return ink > 0 && linkDensity(links, el, ink) > (strict ? 0.8 : 0.5);
}

/**
 * How newsrooms send the reader elsewhere from inside a story: to another one
 * ("Baca juga:", "Lihat juga", "Simak juga", "Pilihan Editor:", "Artikel
 * terkait", "Read more:", "Read next", "See also", "Also read", "Related:"), to
 * a video ("VIDEO: ...", "WATCH: ..."), to where it first ran ("Artikel ini
 * telah tayang di ...", "Berita ini telah tayang di ..."), or to their
 * coverage, channels, apps and newsletters ("Stay on top of the war with our
 * hub", "Don't miss ...", "Jangan lewatkan ...", "___ Follow AP's coverage of
 * ...", "Follow Berita X di Google News", "Simak breaking news ... WhatsApp
 * Channel", "Dapatkan update ...", "Ikuti X di Google News", "Gabung", "Unduh
 * aplikasi", "Berlangganan", "Sign up", "Subscribe", "Download the app"), and
 * the credits that open or close it ("Sumber: Reuters", "Editor: ...", "(Photo:
 * ...)", "Credit: AP", "Main image credit: ...", "Sumber gambar, Reuters",
 * "Penulis: ...", "Rep: ... Red: ..." (reporter and editor), "Contributing:
 * ...", "Content-Type: News", a credit in brackets ("(Reuters: Name)", "(AP
 * Photo/Name)"; a site and its reporter, "(Tribunnews.com/Yurika)", is a
 * byline), "Reporting by ...", "Write to ...", "(This article) appeared in
 * the ... print edition", "Published in Dawn, June 12th", "This article
 * appears in the 5 March issue", "*Penulis adalah dosen ...", "X is a
 * correspondent for ...", "Reuters contributed to this report.", "X
 * contributed reporting from Kyiv.", "X, AFP via Getty Images"), polls
 * ("Jajak Pendapat: ..."), audio ("Listen to this article", "Listen: ...")
 * and who paid for the piece ("This report was produced with the support of
 * ..."). No story's prose opens with "Artikel ini" or "Berita ini", with
 * "Video:", "Listen:" or "Source:", or with "Follow", "Ikuti", "Simak",
 * "Dapatkan" or "Download" and a space. A wire's lines open with
 * underscores, an author's note with an asterisk, and some sites bracket the
 * whole line ("[See also: ...]"), or open it with a dash or an emoji ("—
 * With reports from Reuters", "📣 Click here to join us on WhatsApp"); a
 * video's title may follow its running time ("02:14 Watch: ...").
 */
const ONWARD =
  /^(?:[\s_*([—–-]|[\u2600-\u27bf]|[\ud83c-\ud83e][\udc00-\udfff])*(?:\d{1,2}:\d\d\s+)?(?:(?:baca|lihat|tonton)\s+(?:juga|pula)|pilihan\s+editor|(?:artikel|berita)\s+(?:terkait|ini\b)|(?:video|watch|listen|dengarkan)\s*:|(?:read|see)\s+(?:more|also|next)|(?:read|more|baca)\s*:|(?:source|sumber|editor|photo|foto|credits?|kredit(?:\s+foto)?|redaktur|penulis|penerjemah|translator|rep(?:orter)?|red|pewarta|contributing|poll(?:ing)?|jajak\s+pendapat|content[-\s]?type)\s*:|(?:(?:main|lead|top|featured|cover|header)\s+)?(?:image|photo|picture)\s+(?:source|credits?)\s*[:,]|sumber\s+(?:gambar|foto)\s*[:,]|listen\s+to\s+this\s+(?:article|story)|dengarkan\s+(?:artikel|berita)\b|penulis\s+(?:adalah|merupakan)|(?:(?:additional\s+)?reporting|story|text|words|(?:abridged\s+)?translat(?:ion|ed)|edited|editing)\s+by|with\s+(?:reports?|inputs?)\s+from\s|(?:click|tap)\s+here\b|klik\s+(?:di\s+)?sini\b|diterjemahkan\s+oleh|write\s+to\s|(?:this\s+(?:article|story|column)\s+(?:first\s+)?)?(?:originally\s+)?(?:appear(?:s|ed)|published)\s+(?:in|as)\s|a\s+version\s+of\s+this|(?:this\s+\w+\s+(?:was|is)\s+)?(?:produced|published)\s+with\s+(?:the\s+)?(?:financial\s+)?support\s+(?:of|from)\s|[^.]{0,60}\s(?:(?:can|may)\s+be\s+(?:reached|contacted)\b|is\s+an?\s+(?:[\w-]+\s+){0,3}(?:correspondent|reporter|producer|journalist|columnist)|contributed(?:\s+to\s+this\s+\w+|\s+(?:additional\s+)?reporting\b[^.]*)?\W*$|(?:via\s+)?getty\s+images\W*$)|also\s+read|related\s*:|related\s+(?:stor(?:y|ies)|articles?|news|coverage)\b|(?:[^():\n]{1,40}:\s*[^():\n]{1,60}|[^()/\n]{0,40}\bphoto\s*\/[^()\n]{1,60})\)\s*$|jangan\s+lewatkan\s|don[’']?t\s+miss\s|stay\s+(?:on\s+top\s+of|up\s+to\s+date|updated|tuned|informed)\b|simak\s|dapatkan\s|ikuti\s|gabung\b|unduh\b|(?:ber)?langganan\b|follow\s|sign\s+up|subscribe\b|download\s)/i;

/**
 * A line sending readers to follow the site on a news app or a channel, or
 * saying where the piece first ran, in whatever words it opens with
 * ("Silakan baca konten menarik lainnya dari X di Google News", "Sebagian
 * artikel ini telah tayang di X"). Not Telegram: officials' Telegram
 * channels are sources the prose cites.
 */
const CHANNEL = /\b(?:google\s+news|whatsapp\s+channel|saluran\s+whatsapp|(?:artikel|berita)\s+ini\s+(?:telah|sudah)\s+(?:tayang|terbit|dimuat))\b/i;

/**
 * A footnote on who wrote the piece, opened by an asterisk ("*) Bagus is a
 * senior journalist ...", "*Dana is a fellow ..."; one set in italics is a
 * closing note, closingItalics). The asterisk is what says footnote: "Evan
 * Gershkovich adalah wartawan ..." alone is a body's sentence.
 */
const AUTHOR_NOTE = /^\s*\*+\)?\s*[^.*]{0,60}\s(?:adalah|merupakan|is\s+an?)\s/i;

/** Whether a short text sends the reader elsewhere or credits the story: an onward line, a channel line, an author's footnote. */
const sendsElsewhere = (text: string): boolean => ONWARD.test(text) || CHANNEL.test(text) || AUTHOR_NOTE.test(text);

/**
 * Whether a paragraph is one em or i and nothing else, with no paragraph after
 * it in its block: an italic note closing the body. Newsrooms set their notes
 * so, whatever the words: the author's bio ("<em>Oksana is a senior fellow at
 * ...</em>"), a photo credit, where the piece ran ("Published in Dawn, June
 * 12th"), who translated it, a correction. An italic quote has paragraphs
 * after it, a caption is no paragraph, and a standfirst in italics follows
 * its headline.
 */
function closingItalics(el: Element, text: string): boolean {
  const only = el.firstElementChild;
  if (el.localName !== 'p' || el.childElementCount !== 1 || !/^(?:em|i)$/.test(only!.localName) || (only!.textContent ?? '').length < text.trim().length) return false;
  if (/^h[1-6]$/.test(el.previousElementSibling?.localName ?? '')) return false;
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) if (next.localName === 'p') return false;
  return true;
}

/** Longest text an onward line holds: the lead-in and one headline or promise. */
const ONWARD_CHARS = 300;

/**
 * A short block that sends the reader elsewhere through a link ("Baca juga:
 * <a>...</a>", "Simak ... <a>WhatsApp Channel</a>"): the link may be a small
 * part of its text, so link density alone misses it.
 */
function isOnwardLine(links: LinkIndex, el: Element, text: string): boolean {
  return (links.get(el)?.links ?? 0) <= 2 && text.length <= ONWARD_CHARS && sendsElsewhere(text) && !holdsParagraphs(el, 1);
}

/**
 * A box with paragraphs of its own holds prose, whatever it opens with: one
 * is enough to say it is more than an onward line ("Baca juga: <a>" over a
 * short live entry), two to say it is more than a labelled box (an "About
 * the author" heading over a bio).
 */
function holdsParagraphs(el: Element, least: number): boolean {
  let paragraphs = 0;
  for (let child = el.firstElementChild; child && paragraphs < least; child = child.nextElementSibling) if (child.localName === 'p') paragraphs++;
  return paragraphs >= least;
}

/** Chrome by its links, as a list of them or an onward line: its text is read once, and only when it holds a link. */
function chromeByLinks(links: LinkIndex, el: Element): boolean {
  if (!links.has(el) || el.localName === 'a') return false;
  const text = el.textContent ?? '';
  return isLinkList(links, el, text) || isOnwardLine(links, el, text);
}

/**
 * The whole of a heading that labels a box as chrome for the reader, whatever
 * the box's class names (hashed, or "vs-strip"): "Visual Stories", "Most
 * read", "Join the conversation", "Berita terkait", "Terpopuler". Whole
 * headings only: a live blog's "Latest: drones over Kyiv" is an entry.
 */
const CHROME_HEADING =
  /^\s*(?:most\s+(?:read|popular|viewed|shared)|trending(?:\s+now)?|related(?:\s+(?:stories|articles|news|coverage))?|recommended(?:\s+for\s+you)?|(?:visual|web)\s+stories|(?:read|see)\s+(?:more|next|also)|also\s+read|you\s+may\s+also\s+like|join\s+the\s+conversation|comments|top\s+stories|latest\s+news|editor'?s\s+picks|don'?t\s+miss|more\s+on\s+this\s+story|about\s+the\s+author|tentang\s+penulis|(?:berita|artikel)\s+(?:terkait|terpopuler|terkini|terbaru|pilihan|lainnya)|terpopuler|terkini|terbaru|baca\s+juga|rekomendasi(?:\s+untukmu)?|pilihan\s+editor|komentar)\s*:?\s*$/i;

const isSubheading = (el: Element): boolean => /^h[2-6]$/.test(el.localName);

/**
 * A box that opens with a heading naming it as chrome: its first child, or
 * that child's first (a title bar around it). Not a box with paragraphs of its
 * own: that is a body whose first block is a "Baca juga" box.
 */
function chromeByHeading(el: Element): boolean {
  let heading = el.firstElementChild;
  if (heading && !isSubheading(heading)) heading = heading.firstElementChild;
  if (!heading || !isSubheading(heading)) return false;
  const text = heading.textContent ?? '';
  return text.length <= 40 && CHROME_HEADING.test(text) && !holdsParagraphs(el, 2);
}

/**
 * The whole of a button that asks the reader to pay, join or give: "Langganan
 * Sekarang", "Subscribe now", "Sign up", "Daftar sekarang", "Become a
 * member", "Donate". Whole texts only: a sentence about subscribers is prose.
 */
const CALL_TO_ACTION =
  /^\s*(?:(?:ber)?langganan(?:\s+sekarang)?|subscribe(?:\s+(?:now|today))?|sign\s+up(?:\s+now)?|daftar\s+sekarang|become\s+a\s+(?:member|subscriber)|join\s+(?:now|today)|read\s+now|baca\s+sekarang|donate(?:\s+now)?|dukung\s+kami|support\s+us)\s*[!.›»→]*\s*$/i;

/** Most text a promo box holds: a heading, a sentence or two of promise and its button. */
const PROMO_CHARS = 600;

/**
 * What a promo asks of the reader, in words: "Unlock this story with X
 * Prime", "Do you have a tip ...? Let us know via ...", "hanya untuk
 * pelanggan premium. Berlangganan mulai Rp 25.000 per bulan", "Saksikan
 * live streaming NusaWarta TV di sini", "Track Latest News Live on X.com and
 * get news updates from ...").
 */
const PROMO_WORDS = /\b(?:subscribe|subscription|unlock\s+this|sign\s+up|newsletter|let\s+us\s+know|berlangganan|pelanggan\s+premium|saksikan|live\s+streaming|watch\s+live|news\s+updates)\b/i;

/**
 * A short box that closes with a call to action ("Nikmati Konten Premium ...
 * <span class="btn">Langganan Sekarang</span>"), or a box whose loose text,
 * or one paragraph, asks what promos ask (PROMO_WORDS): a promo, whatever its
 * class names say ("premiumBox" names a paywalled story's body as often as
 * its promo). Not a box of paragraphs: a body may end on its button. Not a
 * bare paragraph by its words: prose may speak of a subscription, and a promo
 * set as a paragraph opens with its ask (ONWARD).
 */
function chromeAsPromo(el: Element): boolean {
  const button = el.lastElementChild;
  const closesWithButton = !!button && button.childElementCount <= 1 && CALL_TO_ACTION.test(button.textContent ?? '');
  const box = /^(?:div|section)$/.test(el.localName) && (!hasChildIn(el, BLOCKS) || (el.childElementCount === 1 && el.firstElementChild?.localName === 'p'));
  if (!closesWithButton && !box) return false;
  const text = el.textContent ?? '';
  return text.length <= PROMO_CHARS && !holdsParagraphs(el, 2) && (closesWithButton || PROMO_WORDS.test(text));
}

/**
 * Whether `el`, inside an article, is chrome: by its markup (its class and id
 * too, unless `byNames` is false), its heading, as a promo, as a time or
 * counter, as a list of links, or as an onward line.
 */
export function isArticleChrome(el: Element, links: LinkIndex = new Map(), byNames = true): boolean {
  return chromeByMarkup(el, byNames) || chromeByHeading(el) || chromeAsPromo(el) || isShortLine(el, links) || chromeByLinks(links, el);
}

/** Paragraphs that wear a class before it is the body's dress, not a line's of its own. */
const MIN_DRESSED = 3;

/**
 * The boxes the body's own structure says are prose, whatever their class
 * names say, where names were set aside to find the body at all
 * (`bodyRoot`): the box holding the most of its paragraphs (three or more,
 * plain or each in one dress), the boxes that hold it within `main`, and
 * that dress (a CMS that wraps every paragraph in a
 * "wi-WidgetSubCompType_13" inside an "ar-Article_Content wi-WidgetContent").
 * A sidebar named as one holds fewer of them, and stays chrome.
 */
function proseByStructure(main: Element, scored: ReadonlyMap<Element, number>): Set<Element> {
  const prose = new Set<Element>();
  const boxes = [...scored.keys()].filter((el) => main.contains(el));
  // A box that scored is a paragraph of its class; a p of prose, of its own kind.
  const found = bodyHolder(boxes, (child) => (scored.has(child) ? child.className : child.localName === 'p' && (child.textContent ?? '').trim().length >= MIN_PARAGRAPH_CHARS ? '<p>' : null));
  if (!found) return prose;
  const [holder, , dress] = found;
  for (let box: Element | null = holder; box && box !== main; box = box.parentElement) prose.add(box);
  for (let child = holder.firstElementChild; child; child = child.nextElementSibling) if (scored.has(child) && child.className === dress) prose.add(child);
  return prose;
}

/**
 * Of `boxes`, the one whose children (its `last` ones) hold the most
 * paragraphs of one kind (MIN_DRESSED at least), with the count of each kind
 * among them and that kind (`kindOf`: a child's kind as a paragraph, or null
 * for none).
 */
function bodyHolder(boxes: Iterable<Element>, kindOf: (child: Element) => string | null, last = Infinity): [Element, Map<string, number>, string] | null {
  let found: [Element, Map<string, number>, string] | null = null;
  let most = MIN_DRESSED - 1;
  for (const box of boxes) {
    const kinds = new Map<string, number>();
    // The last `last` children only, when that is all the caller reads: the tail of a body of thousands.
    for (let child = box.lastElementChild, read = 0; child && read < last; child = child.previousElementSibling, read++) {
      const kind = kindOf(child);
      if (kind === null) continue;
      const n = (kinds.get(kind) ?? 0) + 1;
      kinds.set(kind, n);
      if (n > most) [found, most] = [[box, kinds, kind], n];
    }
  }
  return found;
}

const BLOCKS = new Set(['p', 'div', 'section', 'article', 'table', 'ul', 'ol', 'blockquote', 'h1', 'h2', 'h3', 'figure']);

/** What a paragraph's prose leaves out: its blocks, and elements whose text is code (a box's textContent counts their source too). */
const NOT_OWN_PROSE = new Set([...BLOCKS, 'script', 'style', 'noscript', 'template']);

/** A box with a `<br>` among its children writes its loose text as lines: a body's, not a card's. */
const LINE_BREAK = new Set(['br']);

/** Whether an element child of `el` is one of `names` (walked by sibling: no array per paragraph of a long read). */
function hasChildIn(el: Element, names: ReadonlySet<string>): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) if (names.has(child.localName)) return true;
  return false;
}

/** Paragraphs proper, which need less text to count than a box does. */
const PARAGRAPHS = /^(?:p|pre|blockquote)$/;

/** Paragraph-like blocks whose text scores their ancestors (a div, cell or list item by its own text, see proseOf). */
const paragraphs = (root: Element): Element[] => [...root.querySelectorAll('p, pre, td, blockquote, li, div')];

/**
 * A paragraph's prose: its text less the source of the scripts and styles in
 * it, which Readability drops before scoring (an MSN rating widget's inline
 * script outscored the article on its commas), and less the blocks inside it,
 * which score on their own. Most boxes have no text but their blocks', and a
 * body written as text and `<br>`s around its ads and videos has nearly all
 * of it (Readability makes paragraphs of a div's loose text too).
 */
function proseOf(el: Element): string {
  if (!hasChildIn(el, NOT_OWN_PROSE)) return el.textContent ?? '';
  if (hasChildIn(el, BLOCKS) && !hasChildIn(el, LINE_BREAK)) return '';
  let text = '';
  for (const node of el.childNodes) if (!NOT_OWN_PROSE.has((node as Element).localName)) text += node.textContent ?? '';
  return text;
}

/** Whether `el` or an ancestor below `stop` is chrome; remembered per element, so a page costs one look per element. */
function chromeAncestry(stop: Element, byNames = true): (el: Element) => boolean {
  const known = new Map<Element, boolean>();
  const inside = (el: Element | null): boolean => {
    if (!el || el === stop) return false;
    let chrome = known.get(el);
    if (chrome === undefined) known.set(el, (chrome = chromeByMarkup(el, byNames) || inside(el.parentElement)));
    return chrome;
  };
  return inside;
}

interface ParagraphScores {
  /** Per container, the points its paragraphs gave it (Readability's content score). */
  scores: Map<Element, number>;
  /** Characters of the paragraphs that scored. */
  prose: number;
}

/** Each paragraph of prose in `scored` scores its parent in full and its ancestors less; those inside chrome are left out. */
async function scoreParagraphs(body: HTMLElement, scored: readonly Element[], links: LinkIndex, byNames: boolean, slice: Slice): Promise<ParagraphScores> {
  const scores = new Map<Element, number>();
  const add = (el: Element, points: number) => scores.set(el, (scores.get(el) ?? tagWeight(el) + nameWeight(el)) + points);
  const insideChrome = chromeAncestry(body, byNames);
  let prose = 0;
  let seen = 0;
  for (const p of scored) {
    if (++seen % 32 === 0) await slice.pause();
    const text = proseOf(p);
    const min = PARAGRAPHS.test(p.localName) ? MIN_PARAGRAPH_CHARS : MIN_BOX_CHARS;
    if (text.trim().length < min || insideChrome(p)) continue;
    if (links.has(p) && linkDensity(links, p, inkLength(text)) > 0.5) continue;
    prose += text.length;
    const points = 1 + (text.match(/[,،、]/g)?.length ?? 0) + Math.min(Math.floor(text.length / 100), 3);
    let level = 0;
    // Text between blocks is the block's own paragraphs: it scores the block itself.
    for (let a = hasChildIn(p, BLOCKS) ? p : p.parentElement; a && level < 5; a = a.parentElement, level++) {
      add(a, points / (level === 0 ? 1 : level === 1 ? 2 : level * 3));
      if (a === body) break;
    }
  }
  return { scores, prose };
}

/** The article's body: its best container, and the blocks that hold its prose (that container among them). */
interface Body {
  main: Element;
  blocks: Element[];
  /** The containers its paragraphs scored (Readability's candidates). */
  scored: ReadonlyMap<Element, number>;
  /** Whether class names were set aside to find it: they kept out an article's worth of prose. */
  namesSetAside: boolean;
}

/**
 * The best container of the article's body, or null when the page has no
 * prose. Class and id names that say chrome keep their paragraphs out, unless
 * they keep out an article's worth of prose and leave in less: sites wrap
 * whole articles in a "widget", a "withSidebar" layout or an "abmenu" block,
 * and then only tags and roles say what is chrome (as Readability scores
 * again without its unlikely candidates when too little is left).
 */
async function bodyRoot(doc: Document, links: LinkIndex, headline: Element | null, slice: Slice): Promise<Body | null> {
  const body = doc.body;
  if (!body) return null;
  // With a known headline, only the prose between it and the next headline is this article's.
  const all = paragraphs(body);
  await slice.pause();
  const [from, to] = headline ? between(all, headline, nextHeadline(doc, headline)) : [0, all.length];
  const scored = all.slice(from, to);
  const byNames = await scoreParagraphs(body, scored, links, true, slice);
  let { scores } = byNames;
  let namesSetAside = false;
  if (byNames.prose < MIN_ARTICLE_CHARS) {
    const byTags = await scoreParagraphs(body, scored, links, false, slice);
    namesSetAside = byTags.prose - byNames.prose >= MIN_ARTICLE_CHARS;
    if (namesSetAside) scores = byTags.scores;
  }
  if (scores.size === 0) return null;
  // Links discount a container: a list of headlines is not an article.
  const final = new Map<Element, number>();
  // Lengths are remembered: the scores hold the article's parents after it, so each reads only the rest of its text.
  const lengths = new Map<Element, number>();
  for (const [el, score] of scores) {
    final.set(el, score * (1 - linkShare(links, el, lengths)));
    if (final.size % 32 === 0) await slice.pause();
  }
  const ranked = [...final].sort((a, b) => b[1] - a[1]);
  let [top, topScore] = ranked[0] as [Element, number];
  // Several strong blocks under one ancestor (live-blog entries, sections of a long read): take that ancestor.
  // Blocks inside the top one or holding it are the same block scored at another level, not others beside it.
  const strong = ranked
    .slice(1, 6)
    .filter(([el, s]) => s >= topScore * 0.75 && !top.contains(el) && !el.contains(top))
    .map(([el]) => el);
  // Never an ancestor holding two headlines: that is one article with the next ones a site appended below it.
  const oneArticle = (el: Element) => el.getElementsByTagName('h1').length <= 1;
  if (strong.length >= 2) {
    for (let a = top.parentElement; a && a !== body.parentElement && oneArticle(a); a = a.parentElement) {
      if (strong.filter((el) => a.contains(el)).length >= 2) {
        top = a;
        topScore = final.get(a) ?? topScore;
        break;
      }
    }
  }
  // Climb while the parent scores higher: the body was split into blocks the paragraphs scored one by one.
  let last = topScore;
  for (let parent = top.parentElement; parent && parent !== body && oneArticle(parent); parent = parent.parentElement) {
    const score = final.get(parent);
    if (score === undefined) continue;
    if (score < topScore / 3) break;
    if (score > last) {
      top = parent;
      last = score;
    }
  }
  // A lone child says nothing its parent does not.
  while (top.parentElement && top.parentElement !== body && top.parentElement.children.length === 1) top = top.parentElement;
  return { main: top, blocks: withProseBeside(top, (el) => proseScore(el, scores, links, lengths)), scored: scores, namesSetAside };
}

/** What the paragraphs under `el` scored, without its own tag and name weights, less its links' share. */
function proseScore(el: Element, scores: ReadonlyMap<Element, number>, links: LinkIndex, lengths: Map<Element, number>): number {
  const raw = scores.get(el);
  return raw === undefined ? 0 : (raw - tagWeight(el) - nameWeight(el)) * (1 - linkShare(links, el, lengths));
}

/**
 * A sibling block that scored a fifth of the body's prose, and at least a
 * paragraph's worth, is the body too, as Readability appends such siblings:
 * paywalled sites put the free paragraphs in a block of their own above the
 * gated ones (Foreign Policy's content-ungated and content-gated), with a
 * related-posts box between them. A sibling holding a headline is another
 * article's; one named as chrome scored only when names were set aside
 * (`bodyRoot`), and stays chrome.
 */
const BESIDE_SHARE = 0.2;
const MIN_BESIDE_SCORE = 5;

/** `main` and the siblings beside it that are its prose, in document order. */
function withProseBeside(main: Element, scoreOf: (el: Element) => number): Element[] {
  const parent = main.parentElement;
  if (!parent || parent === main.ownerDocument.documentElement) return [main];
  const bar = Math.max(MIN_BESIDE_SCORE, BESIDE_SHARE * scoreOf(main));
  const blocks: Element[] = [];
  for (let el = parent.firstElementChild; el; el = el.nextElementSibling) {
    if (el === main || (scoreOf(el) >= bar && !el.getElementsByTagName('h1').length && !chromeByMarkup(el))) blocks.push(el);
  }
  return blocks;
}

/** The page's description of itself, from its meta tags: the first of each, as a selector per tag would find it; absent ones are left out. */
interface Metas {
  ogTitle?: string;
  section?: string;
  description?: string;
  ogDescription?: string;
  site?: string;
}

const META_FIELDS: Record<string, keyof Metas> = {
  'property=og:title': 'ogTitle',
  'property=article:section': 'section',
  'name=description': 'description',
  'property=og:description': 'ogDescription',
  'property=og:site_name': 'site',
};

/** Every meta tag read in one pass: a querySelector per field walked a page of 50,000 words five times (1.5 ms). */
function readMetas(doc: Document): Metas {
  const found: Metas = {};
  for (const el of doc.getElementsByTagName('meta')) {
    for (const attribute of ['property', 'name']) {
      const field = META_FIELDS[`${attribute}=${el.getAttribute(attribute)}`];
      if (field && found[field] === undefined) found[field] = el.getAttribute('content')?.trim() ?? '';
    }
  }
  return found;
}

const folded = (text = '') => text.replace(/\s+/g, ' ').trim().toLowerCase();

/**
 * The headline: the first h1 the page's title or og:title contains (a site's
 * logo may be an h1 too, and a site that appends further articles gives each
 * its own h1 below); without one, the last h1 before the body.
 */
function headlineOf(doc: Document, titles: readonly (string | undefined)[]): Element | null {
  const wanted = titles.map(folded).filter((t) => t !== '');
  for (const h1 of doc.getElementsByTagName('h1')) {
    const text = folded(h1.textContent ?? '');
    if (text.length >= 10 && wanted.some((title) => title.includes(text) || text.includes(title))) return h1;
  }
  return null;
}

/** The last decent h1 before the body, or the first inside it: the headline of a page whose title does not say it. */
function headlineBefore(doc: Document, body: Element | null): Element | null {
  let best: Element | null = null;
  const insideChrome = chromeAncestry(doc.body as HTMLElement);
  for (const h1 of doc.getElementsByTagName('h1')) {
    if (body?.contains(h1)) return best ?? h1;
    if (body && h1.compareDocumentPosition(body) & Node.DOCUMENT_POSITION_PRECEDING) break;
    if ((h1.textContent ?? '').trim().length >= 10 && !insideChrome(h1)) best = h1;
  }
  return best;
}

function firstHeadline(doc: Document): Element | null {
  const insideChrome = chromeAncestry(doc.body as HTMLElement);
  for (const h1 of doc.getElementsByTagName('h1')) if ((h1.textContent ?? '').trim().length >= 10 && !insideChrome(h1)) return h1;
  return null;
}

/**
 * The slice [from, to) of `nodes` (in document order) that lies after `start`
 * and before `end` (absent: the end of the page). By binary search: in
 * Chromium one comparison of two siblings walks the siblings between them, and
 * comparing every paragraph of a long read with its headline took 70 ms.
 */
function between(nodes: readonly Node[], start: Node, end: Node | null): [number, number] {
  const from = firstWhere(0, nodes.length, (i) => Boolean(start.compareDocumentPosition(nodes[i] as Node) & Node.DOCUMENT_POSITION_FOLLOWING));
  const to = end ? firstWhere(from, nodes.length, (i) => !(end.compareDocumentPosition(nodes[i] as Node) & Node.DOCUMENT_POSITION_PRECEDING)) : nodes.length;
  return [from, to];
}

/** The next h1 after `h1` in document order: where an appended article starts. */
function nextHeadline(doc: Document, h1: Element | null): Element | null {
  if (!h1) return null;
  let seen = false;
  for (const other of doc.getElementsByTagName('h1')) {
    if (seen && (other.textContent ?? '').trim().length >= 10) return other;
    if (other === h1) seen = true;
  }
  return null;
}

/**
 * The article's header when it stands apart from the body: the h1's nearest
 * ancestor that holds a short text and not the body (headline, standfirst,
 * byline), or the h1 alone.
 */
function headerBlock(h1: Element, body: Element | null): Element {
  let block = h1;
  for (let p = h1.parentElement; p && p.localName !== 'body'; p = p.parentElement) {
    if ((body && p.contains(body)) || (p.textContent ?? '').length > 1500) break;
    block = p;
  }
  return block;
}

/** Shortest standfirst: a sentence of prose, longer than a byline or a photo's alt line. */
const MIN_STANDFIRST_CHARS = 100;

/** Whether `el` is or holds a photo's caption: a figure, a figcaption, or a box named as a caption. */
const holdsCaption = (el: Element): boolean =>
  el.localName === 'figure' || el.querySelector('figcaption, [class*="caption"], [class*="Caption"]') !== null;

/** A standfirst in a box of its own: a paragraph or two of prose (a list of links among them is chrome, isArticleChrome). */
function isStandfirst(el: Element): boolean {
  if (el.localName !== 'p' && !holdsParagraphs(el, 1)) return false;
  const ink = inkLength(el.textContent ?? '');
  return ink >= MIN_STANDFIRST_CHARS && ink <= MIN_ARTICLE_CHARS * 2;
}

/**
 * The lead photo and standfirst a newsroom sets between a header and the body
 * when both sit in one block (an h1 straight in the article element): a
 * figure, a box holding a caption, whose caption is the story's, and a box of
 * a paragraph or two of prose. Not the chrome among them (a credit named as
 * one), which as a root would never be judged. Other boxes there are left
 * out: bylines name reporters, not the war, and author bios and galleries of
 * other photos sit there too. Not at the page's top level, where what lies
 * between is the page's own furniture; nothing when the body does not follow.
 */
function onTheWayToBody(header: Element, body: Element, links: LinkIndex): Element[] {
  if (header.parentElement === header.ownerDocument.body) return [];
  const found: Element[] = [];
  for (let el = header.nextElementSibling; el; el = el.nextElementSibling) {
    if (el.contains(body)) return found;
    if ((holdsCaption(el) || isStandfirst(el)) && !isArticleChrome(el, links)) found.push(el);
  }
  return [];
}

/** Paragraphs read back from the body's end to find its dress: enough to tell it, few on a body of thousands. */
const CLOSING_TAIL = 64;

/** What a story keeps however it is dressed: its figures, quotes, headings, lists and tables. */
const STORY_PARTS = 'figure, img, picture, blockquote, h2, h3, h4, h5, h6, ul, ol, table';

/**
 * The lines a site closes a story with, dressed apart from its body: short
 * blocks after the body's last paragraph (or the box round it), beside it,
 * each in a class of its own ("Originally published as ...", "X can be
 * reached at ...", "— With reports from Reuters", a WhatsApp or premium
 * line, a translator's note, an author's bio).
 * A body's paragraphs wear a dress or two that many of them share (often no
 * class at all; an interview's questions another); what a site adds to every
 * story it styles apart, whatever the words. A closing paragraph in a dress
 * of the body stays, and so do figures, quotes, headings, lists, a caption,
 * a byline and footnotes however dressed.
 */
function closingLines(main: Element): Set<Element> {
  const closing = new Set<Element>();
  // The body's paragraphs are the children of the box that holds the most of them: a p, or a box round one p.
  // First and last child compared, not childElementCount: Blink counts children one by one, and the body's box is asked once per paragraph.
  const isUnit = (el: Element) => el.localName === 'p' || (el.firstElementChild?.localName === 'p' && el.firstElementChild === el.lastElementChild);
  // Only the body's end is read: the boxes of its last paragraphs, and their last children.
  const paragraphs = main.getElementsByTagName('p');
  const boxes = new Set<Element>();
  for (let i = paragraphs.length - 1; i >= Math.max(0, paragraphs.length - CLOSING_TAIL); i--) {
    const parent = paragraphs[i]!.parentElement!;
    boxes.add(isUnit(parent) ? parent.parentElement! : parent);
  }
  const found = bodyHolder(boxes, (child) => (isUnit(child) ? child.className : null), CLOSING_TAIL);
  if (!found) return closing;
  const [holder, kinds] = found;
  const ofBody = (el: Element) => (kinds.get(el.className) ?? 0) >= MIN_DRESSED;
  let last = holder.lastElementChild;
  while (last && !(isUnit(last) && ofBody(last))) last = last.previousElementSibling;
  for (let next = last?.nextElementSibling; next; next = next.nextElementSibling) {
    const apart = /^(?:p|div|section)$/.test(next.localName) && !ofBody(next) && !/caption|byline|footnote/i.test(next.className);
    if (apart && (next.textContent ?? '').length <= ONWARD_CHARS && !next.querySelector(STORY_PARTS)) closing.add(next);
  }
  return closing;
}

/** A section label is a word or three: "Business News", "Russia-Ukraine war", "Internasional". */
const MAX_LABEL_CHARS = 40;

/**
 * Short links and lines above the headline, inside the article's own block:
 * the section label, kicker or breadcrumb a newsroom puts over its headlines
 * (Reuters' "Business News", "News - Internasional", Liputan6's "Krisis
 * Rusia-Ukraina"). They name a section, not anything the story says.
 */
function labelsAbove(h1: Element, root: Element): Set<Element> {
  const labels = new Set<Element>();
  // Elements come in document order: the headline ends the search; what holds it is not above it.
  for (const el of root.getElementsByTagName('*')) {
    if (el === h1) break;
    if (el.contains(h1) || (el.firstElementChild && el.localName !== 'a')) continue;
    const text = (el.textContent ?? '').trim();
    if (text !== '' && text.length <= MAX_LABEL_CHARS) labels.add(el);
  }
  return labels;
}

/** The standfirst: the description the page gives of itself, else the first paragraph after the h1. */
function framingLines(doc: Document, metas: Metas, h1: Element | null): string {
  const lines = [doc.title, metas.ogTitle, h1?.textContent, metas.section, metas.description || metas.ogDescription].map((line = '') => line.replace(/\s+/g, ' ').trim().slice(0, 400));
  return [...new Set(lines.filter((line) => line !== ''))].join('\n');
}

/**
 * The article of `doc`: its roots (the body when nothing reads as an article),
 * its framing, its chrome. In slices of `slice` (on the 50,000-word page the
 * finder was one task of 28-53 ms on a slow machine); the page may change
 * between them, which the watch reports as it does any change.
 */
export async function findArticle(doc: Document, slice: Slice = createSlice()): Promise<Article> {
  const links = indexLinks(doc);
  await slice.pause();
  const metas = readMetas(doc);
  const titled = headlineOf(doc, [doc.title, metas.ogTitle]);
  // Without a headline the title names, the first one starts the article: appended ones come after it.
  const start = titled ?? firstHeadline(doc);
  const found = (await bodyRoot(doc, links, start, slice)) ?? (start ? await bodyRoot(doc, links, null, slice) : null);
  const body = found?.main ?? null;
  const h1 = titled ?? headlineBefore(doc, body);
  const roots: Element[] = [];
  if (h1 && !(body && body.contains(h1))) {
    const header = headerBlock(h1, body);
    roots.push(header, ...(body ? onTheWayToBody(header, body, links) : []));
  }
  if (found) roots.push(...found.blocks.filter((block) => !roots.includes(block)));
  if (roots.length === 0 && doc.body) roots.push(doc.body);
  // The roots and what holds them are never chrome: a body class may well say "sidebar". Asked first:
  // the chrome checks read an element's text, and what holds the article holds all of it.
  const labels = h1 ? labelsAbove(h1, roots.find((root) => root.contains(h1)) ?? h1) : new Set<Element>();
  // A pass over the body's paragraphs of its own: on the 50,000-word page, a slice's worth.
  await slice.pause();
  const closing = body ? closingLines(body) : new Set<Element>();
  const prose = found?.namesSetAside ? proseByStructure(found.main, found.scored) : new Set<Element>();
  const isChrome = (el: Element) => labels.has(el) || closing.has(el) || (!roots.some((root) => el.contains(root)) && isArticleChrome(el, links, !prose.has(el)));
  return { roots, headline: framingLines(doc, metas, h1), isChrome, site: metas.site ?? '' };
}
