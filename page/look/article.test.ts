// @vitest-environment happy-dom
import { describe, expect, it, vi } from 'vitest';
import { findArticle, isArticleChrome } from './article';
import { createSlice } from '../read/yield';

/** A document parsed from `html` (a fixture: tests may parse markup, code may not). */
const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const PROSE = [
  'Russian drones struck Kyiv overnight, officials said, damaging homes in three districts of the capital.',
  'Air defence units shot down most of the drones, the Ukrainian air force said, but debris fell on a school.',
  'President Volodymyr Zelensky called on allies to send more air defence systems before the winter.',
  'The Kremlin did not comment on the strikes, which came a day after talks in Istanbul ended without a deal.',
];
const paragraphs = (lines = PROSE) => lines.map((line) => `<p>${line}</p>`).join('');

/** The article's text as the collector would read it: the roots, less the chrome inside them. */
async function articleText(doc: Document): Promise<string> {
  const article = await findArticle(doc);
  const parts: string[] = [];
  const walk = (node: Node) => {
    if (node.nodeType === Node.TEXT_NODE) parts.push((node as Text).data);
    else if (node.nodeType === Node.ELEMENT_NODE && !article.isChrome(node as Element)) for (const child of node.childNodes) walk(child);
  };
  for (const root of article.roots) walk(root);
  return parts.join(' ').replace(/\s+/g, ' ').trim();
}

const SITE_MENU = '<header><nav><a href="/ukraine">Ukraine war</a> <a href="/world">World</a></nav></header>';

describe('findArticle: what is chrome around and inside an article', () => {
  // Each kind of chrome carries war names that must not be read.
  it.each([
    ['edition menu', `<div class="edition-menu"><a href="/uk">UK edition</a> <a href="/kyiv">Kyiv bureau</a></div>`],
    ['relative times', '<span class="meta">8 hours ago</span> <span>4m</span> <span>2 jam lalu</span> <span>5 menit yang lalu</span>'],
    ['a time element', '<time datetime="2024-04-12">Kyiv, 12 April</time>'],
    ['comment counter', '<a href="#comments">0 Comments</a> <span>12 shares</span> <span>0 komentar</span>'],
    ['share bar', '<div class="share-bar"><a href="#">Share Zelensky story on X</a> <a href="#">Facebook</a></div>'],
    ['cookie notice', '<div id="cookie-consent"><p>We use cookies. Read the Terms of Service before you read about Putin.</p></div>'],
    ['newsletter promo', '<div class="newsletter-signup"><p>Get the Ukraine war briefing in your inbox every morning, free.</p></div>'],
    ['related list', '<ul><li><a href="/a">Putin meets Xi in Moscow</a></li><li><a href="/b">Kharkiv under fire again</a></li></ul>'],
    ['most read', '<section class="most-read"><h2>Most read</h2><ol><li><a href="/c">Crimea bridge closed after blast in the night</a></li></ol></section>'],
    ['trending aside', '<aside><h3>Trending</h3><p>Odesa port reopens for grain ships after a week of attacks.</p></aside>'],
    ['ad slot', '<div class="ad-slot"><p>Advertisement: holidays in Crimea, book now for the summer season.</p></div>'],
    ['author box', '<div class="author-bio"><p>Our Moscow correspondent has covered Russia since 2010 for this newspaper.</p></div>'],
    ['author bio inside the story', '<div class="post-body-bio has-photo"><p>Our Moscow correspondent has covered Russia since 2010 for this newspaper.</p></div>'],
    ['footer', '<footer><p>Kyiv Post partner content. All rights reserved by the publisher.</p></footer>'],
    ['site search', '<form role="search"><input value="Zaporizhzhia"><button>Search Donbas</button></form>'],
    ['read more line', '<p><a href="/d">Read more: Kherson residents flee as shelling intensifies across the river</a></p>'],
    ['read-also line, the link a small part of it', '<div class="sisip"><strong>Baca juga:</strong> <a href="/e">Harga gandum dunia naik setelah serangan drone di pelabuhan</a></div>'],
    ['see-also box in a table', '<table class="linksisip"><tr><td><div>Lihat juga: <a href="/f">Harga gandum naik lagi</a></div></td></tr></table>'],
    ['channel promo in the body', '<p><em>Simak breaking news dan berita pilihan kami dari Kyiv Post langsung di ponselmu: <a href="https://wa.me/x">WhatsApp Channel</a></em></p>'],
    ['newsletter promo line', '<p>Sign up for the Kyiv Post newsletter: <a href="/n">every morning in your inbox</a></p>'],
    ['newsletter box named only by its test id', '<div class="sc-dVhcbM hLBkAq" data-testid="inline-newsletter"><p>The war in Ukraine explained every morning in the Kyiv Post briefing.</p></div>'],
    ['video box named only by a data attribute', '<div class="css-vd3mq" data-block="video-embed"><p>WATCH: our Kyiv bureau on the night train from Przemyśl, in 90 seconds</p></div>'],
    ['a live blog\'s update counter, named by a data attribute', '<p><span data-role="live-badge">LIVE</span> <span data-role="update-count">Coverage from Crimea has ended · 11 updates</span></p>'],
    ['audio player named by a data attribute', '<div class="_3yM0a" data-component="AudioPlayer"><span>Listen: the Zaporizhzhia story</span><span>5m 48s</span></div>'],
    ['promo named by a data attribute', '<div class="bg-gray-50 p-4" data-nb="promo-premium"><p>Premium: who wins in Donbas? <a href="/premium">Subscribe now</a></p></div>'],
    ['a bold read-also line with no link, between the lines of a body', '<strong>Baca Juga: Harga gandum naik lagi setelah serangan di Crimea</strong>'],
    ['a line sending readers to Google News, with no link', '<span class="gnews">Simak berita lainnya dari Kyiv Post di Google News, klik di sini</span>'],
    ['a wire\'s coverage line naming the wire in words', '<p>Follow Allied Wire\'s coverage of the war at <a href="/hub">alliedwire.example/hub/crimea</a></p>'],
    ['a photo credit in a caption', '<figure><figcaption>Photo: <span class="credit">Crimea Photo Agency</span></figcaption></figure>'],
    ['a follow line for a news aggregator', '<div class="gnews-follow">Follow Kyiv Post di <a href="https://news.google.com/">Google News</a></div>'],
    ['a newsletter box named by an abbreviation', '<div class="nl-inline" aria-label="newsletter signup"><p>The Crimea briefing, in your inbox every morning.</p></div>'],
    ['a market ticker', '<div class="market-ticker"><span class="ticker_up__E2q1v">Crimea Wheat +3.10%</span></div>'],
    ['a members\' call to action', '<div class="kg-card kg-cta-card"><p class="kg-cta-text">Become a member: we report from Crimea because readers pay for it.</p></div>'],
    ['a video box named by an abbreviation', '<div class="vid-inline"><div class="vbox" role="img" aria-label="Video"></div><div class="caption-v">Warga Crimea mengungsi dari Kherson</div></div>'],
    ['a video embedded in the body, its title in a caption', '<div class="wsw__embed"><div class="c-mmp"><div class="c-mmp__player" role="img"></div><div class="c-mmp__caption">Residents of Kherson flee shelling near Crimea</div></div></div>'],
    ['a video\'s title line, with no link', '<div class="vtitle">VIDEO: Warga Crimea mengungsi, takut bencana seperti Chernobyl</div>'],
    ['where the story first ran, with no link', '<p class="syndication-note">Berita ini telah tayang di Kyiv Post dengan judul "Grossi tiba di Crimea"</p>'],
    ['a source line, named as one', '<div class="post_source">Kyiv Post English service. Use of materials is allowed with a hyperlink.</div>'],
    ['a source line, by its words', '<p class="note">Sumber: Reuters/Kyiv Post</p>'],
    ['a photo\'s copyright in its caption', '<figure><figcaption>Rescuers at work. <span class="ssrcss-image-Copyright">Kyiv Post/Reuters</span></figcaption></figure>'],
    ['an editor\'s line, named as one', '<div class="single__editor">Penyunting: Kyiv Post desk</div>'],
    ['an editor\'s line, by its words', '<p class="note">Editor: Kyiv Post desk</p>'],
    ['an embedded post', '<div class="x-post"><p class="tweet-text">Crimea is Ukraine.</p><p class="tweet-meta">Kyiv Post, 2 June</p></div>'],
    ['a read-next box with one link', '<div class="read-next-inline"><a href="/x">Drones over Crimea again</a></div>'],
    ['a read-next line', '<p>Read next: <a href="/y">Crimea bridge closed after blast</a></p>'],
    ['a read line in capitals, with no link', '<p class="x-ri"> READ: Kyiv Post joins the UN call for safe passage through Crimea </p><p class="x-rm">MORE: Crimea bridge shut</p><p class="x-rb">Baca: Harga gandum naik di Crimea</p>'],
    ['the headline a syndicated story first ran under', '<p class="x-op">Originally published as Crimea-bound convoy stopped as Kyiv Post doubles down</p>'],
    ['a follow line in Indonesian, with no link', '<p class="note">Ikuti Kyiv Post di Google News untuk kabar terbaru perang.</p>'],
    ['a reading time after its verb', '<span class="content-info__read">Dibaca 3 menit</span>'],
    ['a poll, named as one', '<div class="polling-box"><p>Will Crimea be Ukrainian again by 2030?</p><p>Yes / No</p></div>'],
    ['a poll, by its words', '<p class="q">Jajak Pendapat: Perlukah Crimea diawasi pasukan PBB?</p>'],
    ['a donate block', '<div class="eup-donate"><p>Keep our Crimea desk on the road: give what you can.</p></div>'],
    ['a support block', '<div class="support-block"><p>We have reported from Crimea since the first day.</p></div>'],
    ['a writer\'s box, named in Indonesian', '<div class="tgr-penulis-box"><strong>Yudha</strong><p>Jurnalis yang meliput Crimea dan Laut Hitam.</p></div>'],
    ['a desk\'s box, named in Indonesian', '<div class="redaktur-box"><span>Kyiv Post desk</span></div>'],
    ['a writer\'s line, by its words', '<p class="meta">Penulis : Kyiv Post desk</p>'],
    ['an author\'s description', '<p class="author-desc">The writer teaches history in Crimea.</p>'],
    ['a photo credit in a cite, by its words', '<figure><figcaption><span class="_3gB1T">Rescuers at work.</span> <cite class="_2yBkm">Credit: Kyiv Post</cite></figcaption></figure>'],
    ['an author\'s footnote opened by an asterisk', '<p class="x-5">*) Bagus adalah wartawan senior Kyiv Post, pernah meliput aneksasi Crimea 2014.</p>'],
    ['a strip of visual stories, labelled by its heading', '<div class="vs-strip"><h3>Visual Stories</h3><div class="vs-card">Tu-95: the bomber over Crimea explained</div><div class="vs-card">Monsoon in Kherson</div></div>'],
    ['a comments section, labelled by its heading', '<section class="css-v2bq8y-X"><h3>Join the Conversation</h3><p>312 Responses. Commenting is open to Kyiv Post subscribers.</p></section>'],
    ['a box of related stories with no links, labelled in Indonesian', '<div class="c-8f2"><h4>Berita Terpopuler</h4><p>Rudal Rusia hantam Kharkiv lagi pagi ini, kata pejabat setempat kepada wartawan.</p></div>'],
    ['a most-read list with no links, its heading in a title bar', '<div class="c-91"><div class="c-92"><h3>Most read</h3></div><ol><li>Crimea bridge closed after a blast</li><li>Grain deal ends</li></ol></div>'],
    ['an author\'s box, labelled by its heading', '<div class="x-7a"><h3>About the author</h3><p>Dana Whitfield reported from Crimea for the Kyiv Post until 2014.</p></div>'],
    ['a subscription note, named in Turkish', '<p class="abonelik-notu">The Kyiv Post website holds only a part of the stories offered to subscribers.</p>'],
    ['an opinion writer\'s note, by its words', '<p class="note">*Penulis adalah dosen di Crimea. Tulisan ini merupakan pendapat pribadi.</p>'],
    ['an audio player', '<div class="css-1n4wu1u-AudioWrapper"><span>Listen</span> <span>More from the Crimea podcast</span></div>'],
    ['an interstitial card with no link', '<div class="c-interstitial"><span>World</span> <span>Crimea bridge closed</span></div>'],
    ['a card between the paragraphs that is all one link', '<div class="kutu"><span>RELATED NEWS</span> <a href="/z">Crimea bridge closed to traffic after a blast in the night, officials say</a></div>'],
    ['a photo credit in brackets', '<figure><figcaption>Rescuers at work. <span class="k">(Photo: Kyiv Post)</span></figcaption></figure>'],
    ['a photo credit in Indonesian', '<figure><figcaption>Petugas di lokasi. <span class="k">Foto: Kyiv Post/Reuters</span></figcaption></figure>'],
    ['a contributing line', '<p class="gnt_ar_b_p gnt_ar_b_ctb"><em>Contributing: Kyiv Post staff in Crimea</em></p>'],
    ['a reporting credit', '<p>Reporting by Kyiv Post staff; editing by the Crimea desk</p>'],
    ['a wire credit after a dash', '<p class="x-wc">— With reports from Kyiv Post and Agence Crimea</p><p class="x-wi">With inputs from Kyiv Post</p>'],
    ['how to reach the writer', '<p class="paragraph author-tagline">Dana Crimea can be reached at dana@kyivpost.example. Follow her @dcrimea.</p>'],
    ['a channel line opened by an emoji', '<p class="x-ch">📣 Click here to join Kyiv Post on WhatsApp and get the latest on Crimea straight to your phone.</p><p class="x-ck">Klik di sini untuk gabung saluran Kyiv Post soal Crimea.</p>'],
    ['a premium teaser closed by its button', '<div class="x-pt"><strong>KP Premium</strong> | Inside the Kremlin\'s Crimea discount. <a href="#">Read now</a></div>'],
    ['a related-story box with its label and one link', '<div class="relstory"><span class="lbl">Related Story</span> <a href="/s">Gazprom flows to Crimea slump after the blasts</a></div>'],
    ['a stay-updated line for a channel', '<div class="waline">Stay updated: follow the Kyiv Post channel on WhatsApp for Crimea front updates.</div><p class="x-st">Stay tuned to Kyiv Post for more from Crimea.</p>'],
    ['an author\'s bio, named in one word', '<p class="ar-AuthorBio">Dana Whitfield is a former diplomat who lectures on Crimea.</p>'],
    ['a live page\'s refresh notice, named as one', '<div class="live-refresh">Halaman ini diperbarui otomatis setiap 60 detik. Baca juga liputan khusus soal Crimea. <button type="button">Perbarui</button></div>'],
    ['a story and translation credit', '<div class="x-mn" data-testid="material-note"><p>Story by the Kyiv Post desk. Abridged translation by Dana Crimea.</p></div><p class="x-tr">Translated by Dana Crimea</p><p class="x-id">Diterjemahkan oleh Kyiv Post</p><p class="x-pj">Penerjemah: Dana Crimea</p>'],
    ['a write-to line', '<p class="css-1w4h6ez-AuthorNote">Write to the Kyiv Post desk at desk@example.com</p>'],
    ['a print edition line', '<p class="css-0-PrintEdition">Appeared in the July 19, 2023, print edition as \'Crimea Bridge Shut\'.</p>'],
    ['a print line named as one, with its links', '<div class="css-print" data-testid="print-information">Section A, Page 1 of the Kyiv Post edition. <a href="#">Reprints</a> | <a href="#">Paper</a> | <a href="#">Subscribe</a></div>'],
    ['where a column ran, in a sentence of its own', '<p class="jp-note">This article appeared in the print edition of Kyiv Post on June 8, 2023, under the title "Crimea talks".</p>'],
    ['a photo credit in a hashed class, by its words', '<p class="bbc-1e8yhra">Sumber gambar, Kyiv Post</p><p class="x-9f2">Image source, Kyiv Post</p>'],
    ['a text-to-speech box named as one', '<div class="listenArticle"><span>Listen to this article</span> <span>Estimated 6 minutes</span> <span>The audio of this Kyiv Post story is read by a synthetic voice.</span></div>'],
    ['a listen line and a reading time, by their words', '<p class="x-1">Listen to this article</p><p class="x-2">Estimated 6 minutes</p><p class="x-3">Dengarkan berita ini dari Kyiv Post</p>'],
    ['a Google News line that opens with anything', '<p class="x-4">Silakan baca konten menarik lainnya dari Kyiv Post di Google News</p>'],
    ['response counters', '<p class="css-1 e2">312 Responses</p> <span>4 tanggapan</span> <span>2 balasan</span>'],
    ['a market-data box of prices, in Indonesian', '<div class="dataPasar"><p class="dataPasar__title">Data Pasar: Komoditas</p><p>Gandum Kyiv Post US$6,79 (+1,2%)</p></div>'],
    ['a box of the companies a story names, with their prices', '<div class="box-2" data-component="in-this-article"><h3>In this article</h3><div class="r"><span>KP Kyiv Post Holdings</span> <span>77.86 USD</span> <span>+0.92%</span></div><div class="r"><span>CR Crimea Grain Co</span> <span>12.10 USD</span> <span>-1.2%</span></div></div>'],
    ['a promo for the site\'s hub on the war', '<p class="e1">Stay on top of the war in Crimea with our dedicated hub, including maps and analysis.</p>'],
    ['a see-also line in brackets', '<p class="c-1">[See also: <a href="/g">Can Kyiv Post readers afford Crimea?</a>]</p>'],
    ['the magazine issue a piece appears in', '<div class="c-2"><div class="c-3"></div><p>This article appears in the 5 March 2025 issue of the Kyiv Post, <a href="/i">Alone Together</a>. Inside: Crimea under the glide bombs.</p></div>'],
    ['a print version line', '<p class="note">A version of this article appears in print on page A8 with the headline: Crimea Bridge Shut.</p>'],
    ['a correspondent\'s bio, by its words', '<div class="expanded-contributors"><p><span class="bio-name">Dana Whitfield</span> is a foreign correspondent for Kyiv Post.</p></div>'],
    ['an agency\'s credit at the end', '<p class="note">The Kyiv Post contributed to this report.</p>'],
    ['an agency\'s credit for reporting from a place', '<p class="contribLine"> <em>Kyiv Post\'s Dana Whitfield contributed reporting from Crimea.</em> </p>'],
    ['editors\' initials and agencies that sign off a story', '<p class="sc-initials">ae/hp (Kyiv Post, Reuters)</p><p class="x-5">[kp/ted] (Kyiv Post)</p>'],
    ['a don\'t-miss promo', '<div class="sc-eDvSVe"><p><strong>Jangan lewatkan berita eksklusif Kyiv Post di email Anda.</strong> <a href="/n">Cari tahu di sini!</a></p></div><p class="x-6">Don\u2019t miss the Kyiv Post briefing, free every morning.</p>'],
    ['a credit named inside the caption', '<figure><figcaption class="wp-element-caption">Rescuers at work. <span class="caption-credit">Photo from the Kyiv Post</span></figcaption></figure>'],
    ['an author\'s bio set in italics, closing an op-ed', '<div class="c-end"><p class="c-body__text">\n<em>Dana Whitfield is a senior fellow at the Kyiv Post Institute and a former adviser on Crimea.</em></p><div class="c-promo"><p>Kyiv Post opinion, every week</p></div></div>'],
    ['a listen line over an audio player', '<div class="c-pc"><button type="button">Play</button> <span class="c-pc__title">Listen: the Kyiv Post correspondent on the dam collapse</span></div>'],
    ['a funding line, by its words', '<p class="x-note"><em>This report was produced with the support of the Kyiv Post Media Fund.</em></p>'],
    ['a label saying what kind of piece it is', '<div class="x-ct"><strong>Content-Type:</strong> News <span>Based on facts checked by the Kyiv Post desk.</span></div>'],
    ['a photo credit set in italics at the end of the body, naming the image', '<p><em>Main image credit: Kyiv Post/Agencja Crimea</em></p>'],
    ['a reporter and editor line in their short forms', '<p class="x-rl"> Rep: Kyiv Post <br> Editor: Crimea desk </p><p class="x-rd">Red: Kyiv Post</p>'],
    ['a premium promo closed by its button', '<div class="premiumBox"><strong>Nikmati Konten Premium</strong><p>Analisis eksklusif soal Crimea hanya di Kyiv Post Premium.</p><span class="btn">Langganan Sekarang</span></div>'],
    ['the paper a story was published in, in italics', '<p class="x-pi"><em> Published in Kyiv Post, June 12th, 2023 </em></p>'],
    ['a credit named as a caption\'s part, BEM style', '<figure><figcaption class="media__caption"> Rescuers at work. <span class="media__caption--credit"> Kyiv Post </span></figcaption></figure>'],
    ['a note in italics closing the body, whatever its words', '<div class="c-end2"><p>Officials in Kyiv did not comment.</p><p><i>Translated from the Ukrainian by the Kyiv Post desk in Crimea.</i></p></div>'],
    ['social media links, named in Indonesian shorthand', '<div class="sosmed"><span>Facebook</span> <span>Kyiv Post</span> <span>Telegram</span></div>'],
    ['an agency\'s credit in brackets, in a caption', '<figure><figcaption>Rescuers at work. <span class="cr">(Kyiv Post: Dana Whitfield)</span></figcaption></figure><figure><figcaption>A crater. <span class="x-c">(AP Photo/Kyiv Post)</span></figcaption></figure>'],
    ['a box of loose text that sells a subscription', '<div class="x-pb"><b>KP Prime</b> exclusive: what the Kremlin wants in Crimea. Unlock this story with KP Prime at just $1 a week.</div>'],
    ['a box of loose text asking for tips', '<div class="x-tb">Do you have a tip on the war in Crimea? Let us know via news@kyivpost.example.</div>'],
    ['a box of loose text for premium readers, in Indonesian', '<div class="x-pm">Baca analisis lengkap Kyiv Post soal Krimea hanya untuk pelanggan premium. Berlangganan mulai Rp 25.000 per bulan.</div>'],
    ['a caption\'s source in its short name', '<figure><figcaption>Rescuers at work. <span class="cap-src">Kyiv Post/US Navy</span></figcaption></figure>'],
    ['a live blog\'s notice of new entries, a status region', '<div class="x-un" role="status">3 new updates from Crimea. Tap to refresh.</div>'],
    ['a video embed whose title follows its running time', '<div class="x-ve"><span class="x-vd">02:14</span>\nWatch: Long queues at the border as students leave Crimea</div>'],
    ['a box of loose text promising news updates', '<div class="x-tl">Track the latest news live on KyivPost.example and get news updates from Crimea and the world.</div>'],
    ['a donation box, named in Indonesian', '<div class="mt-6 p-4" data-component="donasi"><b>Traktir Kopi</b> Dukung liputan Kyiv Post dari Crimea mulai Rp 10.000.</div>'],
    ['a box whose one paragraph calls to a live stream, in Indonesian', '<div class="x-tv"><p>Saksikan live streaming Kyiv Post TV di sini, termasuk laporan khusus dari Crimea.</p></div>'],
    ['a photo\'s author named inside its caption', '<figure><figcaption class="photo__caption">Rescuers at work. <span class="photo__author">Kyiv Post</span></figcaption></figure>'],
    ['a disclaimer, by its name', '<p class="funding-disclaimer">The Kyiv Post Fund had no say over what is written here.</p>'],
    ['a credit named inside the caption, in Indonesian', '<figure><figcaption class="caption">Petugas di lokasi. <span class="caption-kredit">Kantor Kepresidenan, Kyiv Post</span></figcaption></figure>'],
    ['a photo credit to an agency via Getty Images', '<figure><figcaption>Rescuers at work. <span class="gnt_x">Kyiv Post, AFP via Getty Images</span></figcaption></figure>'],
    ['a video block, its title a watch line and its caption a paragraph', '<div class="x-7"><div role="img"><p>Watch: drone footage over the Kyiv Post newsroom</p></div><p>Video from the Kyiv Post desk in Crimea</p></div>'],
    ['editor\'s pick line', '<p><em>Pilihan Editor: <a href="/p">Armada Laut Hitam Rusia mundur dari Sevastopol</a></em></p>'],
    ['related-article line', '<p>Artikel terkait: <a href="/q">Rudal Rusia hantam Kharkiv lagi</a></p>'],
    ['where the story first ran', '<p><strong>Artikel ini telah tayang di <a href="/r">Kyiv Post</a> dengan judul Zelensky bertemu Grossi</strong></p>'],
    ['where part of the story first ran, the line opening with another word', '<p class="x-aa">Sebagian artikel ini telah tayang di Kyiv Post dengan judul Krimea Diserang Drone.</p>'],
    ['a wire\'s coverage line', '<p>___ Follow AP\'s coverage of the war in Ukraine at <a href="/hub">apnews.com/hub/russia-ukraine</a></p>'],
    ['recommendations', '<div class="recommended-stories"><p>Crimea bridge closed after blast in the night, traffic stopped.</p></div>'],
    ['Indonesian recommendations', '<div id="rekomendasi-untukmu"><div class="item"><a href="/g"><h4>Jokowi bertemu Putin di Moskow</h4></a></div></div>'],
    ['section label', '<div class="article-kicker"><a href="/russia">Russia news</a></div>'],
    ['date line', '<div class="read__time">Kyiv Post - 13/05/2024, 14:04 WIB</div>'],
    [
      'pretty-printed list of the latest stories, each with a section and a time',
      `<div class="list">${['Kherson', 'Crimea'].map((place) => `\n            <div class="item">\n              <h3>\n                <a href="/n">Shelling in ${place} leaves the city without power for a third day</a>\n              </h3>\n              <span>Nasional</span>\n              <span>24/05/2024, 13:08 WIB</span>\n            </div>`).join('')}\n          </div>`,
    ],
  ])('%s stays out', async (_name, chrome) => {
    const doc = parse(`${SITE_MENU}<main><article><h1>Drones hit the capital overnight</h1>${paragraphs(PROSE.slice(0, 2))}${chrome}${paragraphs(PROSE.slice(2))}</article></main><footer>Kremlin watch</footer>`);
    const text = await articleText(doc);
    for (const line of PROSE) expect(text).toContain(line);
    expect(text).toContain('Drones hit the capital overnight');
    expect(text).not.toMatch(/Ukraine war|UK edition|Kyiv bureau|hours ago|\b4m\b|jam lalu|menit|Comments|shares|komentar|Share Zelensky|Terms of Service|briefing|Xi in Moscow|Kharkiv under|Crimea|Odesa port|correspondent|Kyiv Post|Zaporizhzhia|Donbas|Kherson|Kremlin watch|12 April|gandum|juga|Jokowi|Russia news|Sevastopol|Kharkiv lagi|Grossi|coverage|minutes|Listen|Dengarkan|Responses|tanggapan|balasan/);
  });

  it.each([
    ['a sentence that starts like a promo', '<p>Gabungan Kepala Staf <a href="/j">Ukraina</a> mengatakan serangan itu gagal di Bakhmut.</p>', 'Gabungan Kepala Staf'],
    ['a caption', '<figure><img alt=""><figcaption>Firefighters in Kyiv after the strike. Photograph: Reuters</figcaption></figure>', 'Firefighters in Kyiv'],
    ['a figure whose credit comes before its caption', '<figure><div role="img"><p class="c-1">Sumber gambar, Reuters</p></div><figcaption>Rescuers in Kyiv search the rubble of the school.</figcaption></figure>', 'Rescuers in Kyiv search'],
    ['a pull quote', '<aside class="pullquote"><p>We cannot control the sky without jets</p></aside>', 'We cannot control the sky'],
    ['a blockquote', '<blockquote><p>The strikes will not break us, the mayor of Kyiv said.</p></blockquote>', 'will not break us'],
    ['an official\'s Telegram channel, cited in the body', '<p>The governor of Kharkiv wrote on his Telegram channel that two people were hurt.</p>', 'Telegram channel that two'],
    ['a soldier\'s words that open like a listen line', '<p>"Listen to this," the commander said as the shelling started near Bakhmut.</p>', 'the commander said'],
    ['a byline', '<p class="byline">By Staff Reporter in Kyiv</p>', 'By Staff Reporter in Kyiv'],
    ['a short paragraph that opens on reports from a place', '<p>Reports from Kherson say the shelling went on all night.</p>', 'Reports from Kherson'],
    ['a journalist named in the body, with no asterisk', '<p>Evan Gershkovich adalah wartawan The Wall Street Journal yang ditahan di Yekaterinburg.</p>', 'ditahan di Yekaterinburg'],
    ['a body block that opens with a read-also box', '<div class="c-93"><div class="c-94"><h4>Baca Juga</h4><a href="/b">Harga gandum naik</a></div><p>Warga Lviv berlindung di stasiun metro selama dua jam saat sirene berbunyi, kata wali kota, dan sekolah ditutup.</p><p>Listrik padam di tiga distrik kota itu setelah serangan drone, dan petugas memperbaiki jaringan hingga pagi.</p><p>Kantor gubernur menyebut tidak ada korban jiwa, tetapi dua rumah dan satu gudang rusak berat akibat puing.</p></div>', 'Warga Lviv berlindung'],
    ['a short block of paragraphs that opens with a read-also line', '<div class="c-95"><div class="c-96">Baca juga: <a href="/b">Harga gandum naik</a></div><p>Warga Lviv berlindung dua jam.</p><p>Listrik padam di tiga distrik.</p></div>', 'Warga Lviv berlindung'],
    ['a short block of one paragraph that opens with a read-also line', '<div class="c-97"><div class="c-98">Baca juga: <a href="/b">Harga gandum naik</a></div><p>Warga Lviv berlindung dua jam.</p></div>', 'Warga Lviv berlindung'],
    ['the site and reporter a story closes with, a byline the gold annotations read', '<p>(Tribunnews.com/Yurika)</p>', '(Tribunnews.com/Yurika)'],
    ['a heading of two places, which reads like initials but for its capitals', '<h3>Kyiv/Lviv</h3>', 'Kyiv/Lviv'],
    ['a section whose heading opens with a chrome word', '<section><h2>Comments from the mayor of Lviv</h2><p>The mayor said air raid sirens sounded for two hours.</p></section>', 'air raid sirens sounded'],
    ['an analyst introduced in the body', '<p>Mykola Bielieskov is a research fellow at the National Institute for Strategic Studies in Kyiv.</p>', 'Mykola Bielieskov'],
    ['a box of prose with one link in it', '<div class="para">Officials in <a href="/k">Kyiv</a> said the strike on the power station would leave the city dark for days.</div>', 'would leave the city dark'],
    ['a paragraph whose data attributes hold prose or an address', '<p data-src="/img/share-video.jpg" data-note="shared by readers" data-track=\'{"kind":"comment"}\'>Rescuers searched the rubble until dawn.</p>', 'Rescuers searched'],
    ['a short section that ends on a subscribe button, with paragraphs of its own', '<section class="c-99"><p>Warga Lviv berlindung dua jam.</p><p>Listrik padam di tiga distrik.</p><a href="/s">Subscribe</a></section>', 'Listrik padam'],
    ['a paragraph that only mentions subscribers', '<p>Subscribers to the Lviv paper got the news first.</p>', 'Subscribers to the Lviv paper'],
    ['a section\'s one paragraph in italics, under its heading', '<section class="c-sec"><h2>Night in Lviv</h2><p><em>Air raid sirens sounded in Lviv for two hours.</em></p></section>', 'Air raid sirens sounded in Lviv'],
    ['a caption in italics', '<figure class="c-fig"><figcaption><em>Rescuers in Lviv search the rubble.</em></figcaption></figure>', 'Rescuers in Lviv search'],
    ['a box of loose prose on a channel\'s subscribers', '<div class="para">A Telegram channel with 1.2 million subscribers in Lviv reported the blast.</div>', 'million subscribers in Lviv'],
    ['a paragraph on a subscription', '<p>Residents of Lviv said the subscription to the city\'s air-raid alerts had saved lives.</p>', 'subscription to the city'],
    ['a standfirst beside the headline', '', 'Dozens of drones were launched'],
    ['a sentence of the body set partly in italics', '<p><em>Lviv is a city of refugees now,</em> the mayor said after the strike.</p>', 'Lviv is a city of refugees now'],
    ['a quote set whole in italics, with paragraphs after it', '<p><em>Ukraine is a free country and will stay one, the president said.</em></p>', 'Ukraine is a free country'],
    [
      'the rest of the story folded in a "read more" with no link (an AMP accordion)',
      '<amp-accordion class="ks-readmore"><section expanded><h4>Baca selengkapnya</h4><div class="ks-readmore__content"><p>Air raid sirens sounded in Lviv for two hours.</p></div></section></amp-accordion>',
      'Air raid sirens sounded in Lviv',
    ],
  ])('keeps %s', async (_name, extra, expected) => {
    const doc = parse(
      `${SITE_MENU}<div class="page"><header class="article-header"><h1>Drones hit the capital overnight</h1><p class="standfirst">Dozens of drones were launched at the capital</p></header>` +
        `<div class="article-body">${paragraphs(PROSE.slice(0, 2))}${extra}${paragraphs(PROSE.slice(2))}</div><aside class="related"><a href="/x">Kyiv metro</a> <a href="/y">Lviv trams</a></aside></div>`,
    );
    const text = await articleText(doc);
    expect(text).toContain(expected);
    expect(text).not.toContain('Kyiv metro');
  });

  // Whole articles wrapped in blocks whose class names say chrome (seen on real pages: TechRadar, CBC, Okezone).
  const LONG = [...PROSE, ...PROSE.map((line) => line.replace('Kyiv', 'Odesa'))];
  // Prose enough to stand beside the body as its own block, were the sidebar not named as one.
  const SIDEBAR_PROSE = [
    'Kremlin watch: our weekly newsletter on Moscow politics, the courts, the regions and the money, every Friday in your inbox.',
    'Kremlin watch readers get, every week, a letter from our desk, a map, a reading list, and a chart, free of charge.',
    'Kremlin watch, read by diplomats, traders and students, is written by our Moscow, Riga and Tbilisi correspondents.',
  ]
    .map((line) => `<p>${line}</p>`)
    .join('');
  it.each([
    ['a widget', '<div class="widget widget-contentparsed">', '</div>'],
    ['a layout with a sidebar', '<div class="detailBodyContainer withSidebar"><div class="story">', '</div></div>'],
    ['a block named like a menu', '<div class="abmenu"><div class="detail-content">', '</div></div>'],
  ])('reads a body wrapped in %s, and not the chrome beside it', async (_name, open, close) => {
    const doc = parse(
      `${SITE_MENU}<h1>Drones hit the capital overnight</h1>${open}${paragraphs(LONG)}${close}` +
        `<div class="sidebar">${SIDEBAR_PROSE}</div>`,
    );
    const text = await articleText(doc);
    for (const line of LONG) expect(text).toContain(line);
    expect(text).not.toMatch(/Ukraine war|Kremlin watch/);
  });

  // Names that say chrome on the body's own boxes: only the structure says prose (each paragraph in one dress, or three and more of them held).
  it.each([
    ['each paragraph in a box named as a widget, inside a content box named so too', (line: string) => `<div class="wi-WidgetSubComp_13"><p>${line}</p></div>`],
    ['plain paragraphs inside a content box named as a widget', (line: string) => `<p>${line}</p>`],
  ])('reads a body of %s, and not the comments notice beside it', async (_name, dress) => {
    const doc = parse(
      `${SITE_MENU}<main class="la-Main"><article class="ar-Article"><header><h1>Drones hit the capital overnight</h1></header><div class="ar-ShareBar"><a href="#">fb</a></div>` +
        `<div class="ar-Content wi-WidgetContent">${LONG.map(dress).join('')}</div><p class="cm-Comments_Notice">Comments on Kremlin watch stories are moderated by the desk.</p></article>` +
        `<div class="sidebar">${SIDEBAR_PROSE}</div></main>`,
    );
    const text = await articleText(doc);
    for (const line of LONG) expect(text).toContain(line);
    expect(text).not.toMatch(/Ukraine war|Kremlin watch/);
  });

  it('reads a page wrapped whole in one form (ASP.NET), and not the sidebar inside it', async () => {
    const doc = parse(
      `<form id="aspnetForm" method="post">${SITE_MENU}<h1>Drones hit the capital overnight</h1><div class="wsw">${paragraphs(LONG)}</div>` +
        '<div class="sidebar"><p>Kremlin watch: our weekly newsletter on Moscow politics, every Friday in your inbox.</p></div></form>',
    );
    const text = await articleText(doc);
    for (const line of LONG) expect(text).toContain(line);
    expect(text).not.toMatch(/Ukraine war|Kremlin watch/);
  });

  it('reads a body written as text and <br>s around its ads, not the caption or the lists beside it', async () => {
    const lines = (from: number, to: number) => LONG.slice(from, to).join('<br><br>');
    const doc = parse(
      `${SITE_MENU}<div id="left"><h1 class="judul">Drones hit the capital overnight</h1>` +
        '<div class="foto-utama"><div class="ket">Smoke over the port of Izmail after the attack, on Wednesday morning, seen from the river bank. Photo: Reuters</div></div>' +
        `<div id="isi-berita">${lines(0, 4)}<br><br><div class="ads-inread">ADVERTISEMENT</div>${lines(4, 8)}<div class="video-box"><b>Watch</b></div></div>` +
        '<table class="daftar"><tr><td><a href="/k">Kremlin watch: shelling in Kherson leaves the city without power again</a> <span>2 hari lalu</span></td></tr></table></div>',
    );
    const text = await articleText(doc);
    for (const line of LONG) expect(text).toContain(line);
    expect(text).not.toMatch(/Kremlin watch|ADVERTISEMENT/);
  });

  it('reads a WordPress post, whose own element carries a class per tag (tag-crimea), and not its comments', async () => {
    const doc = parse(
      `${SITE_MENU}<div id="content" class="site-content"><main class="site-main"><article class="post-4821 post type-post hentry category-war tag-crimea tag-sevastopol">` +
        `<header class="entry-header"><h1 class="entry-title">Drones hit the capital overnight</h1></header><div class="entry-content">${paragraphs(LONG)}</div>` +
        '<footer class="entry-footer"><span class="tags-links"><a href="/t">Crimea</a></span></footer></article>' +
        '<div id="comments" class="comments-area"><p>Kremlin watch: worth remembering what the fleet did in the last war, in the comments as ever.</p></div></main></div>',
    );
    const text = await articleText(doc);
    for (const line of LONG) expect(text).toContain(line);
    expect(text).not.toMatch(/Ukraine war|Kremlin watch/);
  });

  it.each([
    ['in a header block of its own', '<div class="article-header"><div class="channel"><a href="/world/europe">Russia news</a></div><h1>Drones hit the capital overnight</h1></div><div class="article-body">', '</div>'],
    ['in the body block, above the headline', '<div class="article-body"><div class="label"><a href="/world/europe">Russia news</a></div><h1>Drones hit the capital overnight</h1>', '</div>'],
    ['as a breadcrumb beside the headline', '<div class="detail_head"><a class="kanal" href="/news">Russia news</a> - <a class="kanal" href="/news/world">World</a><h1>Drones hit the capital overnight</h1></div><div class="article-body">', '</div>'],
    ['as a line with no link', '<header class="read-page--header"><p class="read-page--header--subtitle">Russia news</p><h1>Drones hit the capital overnight</h1></header><div class="article-body">', '</div>'],
  ])('leaves out a section label above the headline %s, and keeps a byline linked below it', async (_case, open, close) => {
    const doc = parse(`${open}<p class="byline">By <a href="/staff/k">Kyiv Bureau</a>, with reporting from Lviv and Odesa</p>${paragraphs()}${close}`);
    const text = await articleText(doc);
    expect(text).not.toContain('Russia news');
    expect(text).toContain('Kyiv Bureau');
    expect(text).toContain('Drones hit the capital overnight');
    for (const line of PROSE) expect(text).toContain(line);
  });

  it('reads the lead photo set between a headline and the body that share a parent, and not the boxes beside it', async () => {
    const doc = parse(
      `${SITE_MENU}<article class="detail"><h1>Drones hit the capital overnight</h1><div class="d-flex"><span>Oleh <a href="/a">Dana Whitfield</a></span> <time>12 April</time></div>` +
        '<div class="share-article"><a href="#">Share Zelensky story</a></div><div class="strip"><div>The old town of Lviv, full of people who fled</div></div><figure class="img-headline"><div role="img"></div><figcaption class="caption">Smoke over Uzhhorod after the strike. <span class="caption-source">(Foto: Kyiv Post)</span></figcaption></figure>' +
        `<div class="body-content">${paragraphs()}</div></article><aside class="related"><a href="/x">Kyiv metro</a></aside>`,
    );
    expect((await findArticle(doc)).roots.map((root) => root.className || root.localName)).toEqual(['h1', 'img-headline', 'body-content']);
    const text = await articleText(doc);
    for (const line of ['Smoke over Uzhhorod', ...PROSE]) expect(text).toContain(line);
    expect(text).not.toMatch(/12 April|Share Zelensky|Kyiv Post|Kyiv metro|Ukraine war|Lviv/);
  });

  it('reads the standfirst and a photo captioned by name between a headline and the body, and not the byline or the share box', async () => {
    const doc = parse(
      `${SITE_MENU}<div class="content-offset"><div class="col-title"><h1>Drones hit the capital overnight</h1></div><div class="details">By <a href="/a">Dana Whitfield</a> <time>12 April</time></div>` +
        '<div class="share--box"><a href="#">Share Zelensky story</a></div><div class="cover-media"><div role="img"></div><p class="caption">Smoke over Uzhhorod after the strike on the power plant.</p></div>' +
        '<div class="intro"><p>KYIV — Iryna Kovalchuk runs a charity in Lviv that trains farmers to spot mines, and spoke to us about why the work is so slow.</p></div>' +
        `<div id="article-content">${paragraphs()}</div></div><aside class="related"><a href="/x">Kyiv metro</a></aside>`,
    );
    expect((await findArticle(doc)).roots.map((root) => root.className || root.id || root.localName)).toEqual(['col-title', 'cover-media', 'intro', 'article-content']);
    const text = await articleText(doc);
    for (const line of ['Smoke over Uzhhorod', 'Iryna Kovalchuk runs a charity in Lviv', ...PROSE]) expect(text).toContain(line);
    expect(text).not.toMatch(/12 April|Share Zelensky|Dana Whitfield|Kyiv metro|Ukraine war/);
  });

  it('takes nothing between a headline and the body set at the page\'s top level, where the page\'s own boxes sit', async () => {
    const doc = parse(`<h1>Drones hit the capital overnight</h1><div class="x9"><p>Kremlin watch, the weekly letter from our desk</p></div><div class="story">${paragraphs()}</div>`);
    expect((await findArticle(doc)).roots.map((root) => root.className || root.localName)).toEqual(['h1', 'story']);
  });

  it('scores no box by the source of a script inside it', async () => {
    // MSN's rating widget: boxes of inline script, commas by the hundred, below a short article.
    const script = `<div class="rating"><script>var r = [${Array.from({ length: 60 }, (_, i) => `'kyiv${i}'`).join(', ')}];</script></div>`;
    const doc = parse(`<h1>Drones hit the capital overnight</h1><div class="story">${paragraphs(PROSE.slice(0, 3))}</div><div class="widgets">${script.repeat(4)}</div>`);
    expect((await findArticle(doc)).roots.map((root) => root.className || root.localName)).toEqual(['h1', 'story']);
  });

  it('keeps a short article over the prose of blocks named as chrome', async () => {
    const teasers = PROSE.map((line) => `<p>${line.replace('Kyiv', 'Kherson')}</p>`).join('');
    const doc = parse(`<h1>Drones hit the capital overnight</h1><div class="story">${paragraphs(PROSE.slice(0, 3))}</div><div class="sidebar-teasers">${teasers}</div>`);
    const text = await articleText(doc);
    for (const line of PROSE.slice(0, 3)) expect(text).toContain(line);
    expect(text).not.toContain('Kherson');
  });

  it('does not widen an article to the column beside it for the sections inside it', async () => {
    const doc = parse(
      `<h1>Drones hit the capital overnight</h1><div class="row"><div class="col read-article">${paragraphs(LONG.slice(0, 2))}` +
        `<div class="read-content">${paragraphs(LONG.slice(2, 5))}</div><div class="read-content">${paragraphs(LONG.slice(5))}</div></div>` +
        '<div class="col-side"><div class="box"><p>Baca berita tanpa iklan di Kyiv Post: gabung sekarang, gratis sebulan.</p></div></div></div>',
    );
    const text = await articleText(doc);
    for (const line of LONG) expect(text).toContain(line);
    expect(text).not.toContain('Baca berita');
  });

  it('reads the free paragraphs a paywall puts in a block above the gated ones, and not the related post between them', async () => {
    const free = PROSE.slice(0, 2).map((line) => line.replace('Kyiv', 'Kharkiv'));
    const doc = parse(
      `<h1>Drones hit the capital overnight</h1><div class="post-content-main"><div class="content-ungated">${paragraphs(free)}</div>` +
        '<div class="related-posts"><span>Read More</span> <a href="/k">Kherson after the dam</a></div>' +
        `<div class="content-gated">${paragraphs(LONG)}</div><div class="col-note"><p>Corrections: write to the desk.</p></div></div>`,
    );
    const article = await findArticle(doc);
    expect(article.roots.map((root) => root.className || root.localName)).toEqual(['h1', 'content-ungated', 'content-gated']);
    const text = await articleText(doc);
    for (const line of [...free, ...LONG]) expect(text).toContain(line);
    expect(text).not.toMatch(/Kherson|Corrections/);
  });

  it('reads every entry of a live blog and none of its key-events list', async () => {
    const entry = (i: number) => `<div class="block" id="block-${i}"><p class="block-time"><time>${i}m ago</time></p><h2>Update ${i}</h2>${paragraphs(PROSE.slice(i % 2, (i % 2) + 2))}</div>`;
    const doc = parse(
      `<h1>Russia-Ukraine war live: drones over Kyiv</h1><div class="key-events"><ul>${[1, 2, 3].map((i) => `<li><a href="#block-${i}">Update ${i}: Kherson</a></li>`).join('')}</ul></div>` +
        `<div id="liveblog-body">${[1, 2, 3, 4, 5, 6].map(entry).join('')}</div><div class="onward"><a href="/z">More on Crimea</a> <a href="/w">More on Moscow</a></div>`,
    );
    const article = await findArticle(doc);
    expect(article.roots.map((root) => root.id || root.localName)).toEqual(['h1', 'liveblog-body']);
    const text = await articleText(doc);
    for (const i of [1, 2, 3, 4, 5, 6]) expect(text).toContain(`Update ${i}`);
    expect(text).not.toMatch(/Kherson|Crimea|m ago/);
  });

  it('leaves alone the further articles a site appends below the one being read', async () => {
    const story = (title: string, lines: string[]) => `<article><h1>${title}</h1>${paragraphs(lines)}</article>`;
    const next = PROSE.map((line) => line.replace('Kyiv', 'Odesa'));
    const doc = parse(`<div id="stream">${story('Drones hit the capital overnight', PROSE)}${story('Port city attacked', next)}${story('Another night of strikes', next)}</div>`);
    const text = await articleText(doc);
    expect(text).toContain('Drones hit the capital overnight');
    expect(text).not.toMatch(/Odesa|Port city|Another night/);
  });

  it('takes the page body when nothing reads as an article', async () => {
    const doc = parse('<div><span>Kyiv</span></div>');
    expect((await findArticle(doc)).roots).toEqual([doc.body]);
  });

  it.each([
    ['og:site_name', '<meta property="og:site_name" content=" Indus Herald ">', 'Indus Herald'],
    ['none', '<meta name="application-name" content="Indus Herald">', ''],
  ])("gives the site's own name from %s", async (_name, meta, expected) => {
    const doc = parse(`<head><title>Oil reaches Karachi - Indus Herald</title>${meta}</head><body><h1>Oil reaches Karachi</h1>${paragraphs()}</body>`);
    expect((await findArticle(doc)).site).toBe(expected);
  });

  it('gives the page framing, once per distinct line: title, og:title, h1, section, standfirst', async () => {
    const doc = parse(
      `<head><title>Zelensky: we will hold the line | World | Daily</title><meta property="og:title" content="Zelensky: we will hold the line">` +
        `<meta property="article:section" content="Ukraine"><meta name="description" content="An interview with the president."></head>` +
        `<body><h1>Zelensky: we will hold the line</h1>${paragraphs()}</body>`,
    );
    expect((await findArticle(doc)).headline.split('\n')).toEqual([
      'Zelensky: we will hold the line | World | Daily',
      'Zelensky: we will hold the line',
      'Ukraine',
      'An interview with the president.',
    ]);
  });

  it.each([
    ['og:description without a description', '<meta property="og:description" content="From the front.">', ['From the front.']],
    ['the first of two alike', '<meta name="description" content=" First. "><meta name="description" content="Second.">', ['First.']],
    ['description before og:description', '<meta property="og:description" content="Og."><meta name="description" content="Plain.">', ['Plain.']],
    ['a first tag without content hides a later one', '<meta property="article:section"><meta property="article:section" content="World">', []],
    ['names are case-sensitive, as selectors read them', '<meta name="Description" content="Capital."><meta property="OG:TITLE" content="Loud.">', []],
  ])('reads the meta tags: %s', async (_label, metas, lines) => {
    const doc = parse(`<head><title>Daily</title>${metas}</head><body>${paragraphs()}</body>`);
    expect((await findArticle(doc)).headline.split('\n')).toEqual(['Daily', ...lines]);
  });
});

describe('findArticle: the lines a site closes a story with, dressed apart', () => {
  const dressed = (dress: string) => PROSE.map((line) => `<p${dress ? ` class="${dress}"` : ''}>${line}</p>`).join('');
  const LONG_LINE = 'Dana Whitfield spent three weeks in Crimea and Kherson for this story, travelling with the desk of the Kyiv Post and a driver from Mykolaiv; she thanks the families who let her in, the volunteers who drove her between villages, and the readers whose support paid for the trip this spring, and the drivers of the night trains between Kyiv and Zaporizhzhia.';
  // Words no onward or credit rule knows: only the dress says they close the story rather than tell it.
  it.each([
    ['a line in a class of its own after paragraphs with none', false, '', '<p class="x-end">Crimea desk, for the Kyiv Post.</p>'],
    ['a box of its own after paragraphs in a hashed class', false, 'Block_p__x1', '<div class="Note_root__x2"><p>Crimea desk, for the Kyiv Post.</p></div>'],
    ['two lines, each its own', false, 'para', '<p class="x-a">Crimea desk, for the Kyiv Post.</p><div class="x-b">Kyiv Post, Crimea bureau</div>'],
    ['a closing paragraph in the body\'s dress', true, 'para', '<p class="para">Crimea was quiet by the evening.</p>'],
    ['a closing box in the body\'s dress, no class', true, '', '<div>Crimea was quiet by the evening.</div>'],
    ['an interview\'s last answer, after its last question', true, '', '<p class="question">Will Crimea be next?</p><p class="question">And then?</p><p class="question">What keeps you going?</p><p>Crimea was quiet by the evening.</p>'],
    ['a footnote', true, '', '<div class="footnote"><p>1. Crimea was annexed in 2014.</p></div>'],
    ['a caption', true, '', '<p class="wp-caption-text">Crimea bridge at dawn.</p>'],
    ['a list', true, '', '<ul class="facts"><li>Crimea bridge shut twice</li></ul>'],
    ['a box holding a figure', true, '', '<div class="x-fig"><figure><figcaption>Crimea bridge at dawn</figcaption></figure></div>'],
    ['a line longer than a note', true, '', `<p class="x-thanks">${LONG_LINE}</p>`],
    ['a line after a body of two paragraphs, too few to tell a dress', true, '', '<p class="x-end">Crimea desk, for the Kyiv Post.</p>', 2],
  ])('%s: read %s', async (_name, read, dress, closing, count = PROSE.length) => {
    const body = dressed(dress).split('</p>').slice(0, count).join('</p>') + '</p>';
    const doc = parse(`${SITE_MENU}<main><article><h1>Drones hit the capital overnight</h1><div class="story">${body}${closing}</div></article></main>`);
    const text = await articleText(doc);
    for (const line of PROSE.slice(0, count)) expect(text).toContain(line);
    expect(text.includes('Crimea')).toBe(read);
  });

  it('reads a body whose every paragraph is in a box of its own, and not the bio after them', async () => {
    const body = PROSE.map((line) => `<div class="wi-Para_13"><p>${line}</p></div>`).join('');
    const doc = parse(`${SITE_MENU}<main><article><h1>Drones hit the capital overnight</h1><div class="story">${body}<p class="x-last">Dana Crimea lectures on the Kyiv Post.</p></div></article></main>`);
    const text = await articleText(doc);
    for (const line of PROSE) expect(text).toContain(line);
    expect(text).not.toContain('Crimea');
  });
});

describe('isArticleChrome: relative times, counters and pagers, never figures', () => {
  it.each([
    ['4m', true],
    ['30 min ago', true],
    ['8 hours ago', true],
    ['1 month ago', true],
    ['1 week 5 days ago', true],
    ['2 jam 15 menit lalu', true],
    ['2 jam lalu', true],
    ['5 menit yang lalu', true],
    ['1 hari lalu', true],
    ['0 Comments', true],
    ['12 shares', true],
    ['0 komentar', true],
    ['5 min read', true],
    ['·  3 menit baca', true],
    ['2,4 rb dibagikan', true],
    ['1.204 suara', true],
    ['312 votes', true],
    ['Waktu baca 4 menit', true],
    ['Reading time: 6 min', true],
    ['+1.21%', true],
    ['-0.45 %', true],
    ['▲0.8%', true],
    ['1.21%', false],
    ['naik 1,2%', false],
    ['Halaman: 1 2 Selanjutnya', true],
    ['Page 1 of 3', true],
    ['Halaman 2 dari 5', true],
    ['1 2 3 Next »', true],
    ['45', false],
    ['300 soldiers', false],
    ['3 menit kemudian', false],
    ['12 April 2024', false],
    ['Kyiv', false],
  ])('%j -> %s', (text, chrome) => {
    const span = parse(`<span>${text}</span>`).querySelector('span') as Element;
    expect(isArticleChrome(span)).toBe(chrome);
  });
});

describe('findArticle in slices', () => {
  // A live blog of 40 entries: 80 paragraphs to score and as many boxes to weigh.
  const doc = parse(
    `<h1>Russia-Ukraine war live</h1><div id="liveblog-body">${Array.from({ length: 40 }, (_, i) => `<div class="block"><h2>Update ${i}</h2>${paragraphs(PROSE.slice(i % 3, (i % 3) + 2))}</div>`).join('')}</div>`,
  );
  const rootsOf = (article: { roots: Element[] }) => article.roots.map((root) => root.id || root.localName);

  it('yields to the page between its stages and within them when its slice is spent, and finds the same article', async () => {
    const spent = createSlice(0);
    const next = vi.spyOn(spent, 'next');
    const whole = createSlice(Infinity);
    const unbroken = vi.spyOn(whole, 'next');
    expect(rootsOf(await findArticle(doc, spent))).toEqual(rootsOf(await findArticle(doc, whole)));
    expect(rootsOf(await findArticle(doc, whole))).toEqual(['h1', 'liveblog-body']);
    expect(unbroken).not.toHaveBeenCalled();
    // After the link index (1) and the paragraph list (1), at every 32nd of the 121 blocks scored (80 paragraphs,
    // 41 divs by the text between their blocks: 3), of the 40-odd boxes weighed for their links (1), and before
    // the pass over the body's paragraphs for its closing lines (1).
    expect(next.mock.calls.length).toBe(7);
  });
});
