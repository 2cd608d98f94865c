// @vitest-environment happy-dom
import { describe, expect, it } from 'vitest';
import { STORY_BODY, TRANSPLANTED, transplantArticle } from './transplant';

const parse = (html: string): Document => new DOMParser().parseFromString(html, 'text/html');

const ARTICLE = { title: 'Drones hit Kyiv overnight', paragraphs: ['Russian drones struck Kyiv.', 'Air defence shot most down.'] };

const PAGE = `<html lang="de"><head><title>Gallery opens | Daily</title><meta property="og:title" content="Gallery opens"><meta name="description" content="Art."></head><body>
  <header><h1>Daily</h1><nav><p>Menu line one</p></nav></header>
  <main><h1>Gallery opens</h1><div class="story"><p>The gallery opened on Monday with a long first paragraph.</p><figure><figcaption>A photo</figcaption></figure><p>Visitors queued for hours in the rain to see it.</p></div></main>
  <aside><p>Most read: a short teaser</p></aside></body></html>`;

describe('transplantArticle', () => {
  it('puts the article in the story body and leaves the chrome as served', () => {
    const doc = parse(PAGE);
    expect(transplantArticle(doc, ARTICLE, 'en')).toBe(2);
    const story = doc.querySelector('.story') as Element;
    expect([...doc.querySelectorAll(`[${STORY_BODY}]`)]).toEqual([story]);
    expect([...story.querySelectorAll('p')].map((p) => [p.textContent, p.hasAttribute(TRANSPLANTED)])).toEqual([
      ['Russian drones struck Kyiv.', true],
      ['Air defence shot most down.', true],
    ]);
    // What is not a paragraph of the story stays: the caption, the menu, the teaser, the site's own h1.
    expect(story.querySelector('figcaption')?.textContent).toBe('A photo');
    expect(doc.querySelector('nav p')?.textContent).toBe('Menu line one');
    expect(doc.querySelector('aside p')?.textContent).toBe('Most read: a short teaser');
    expect([...doc.querySelectorAll('h1')].map((h) => [h.textContent, h.hasAttribute(TRANSPLANTED)])).toEqual([
      ['Daily', false],
      ['Drones hit Kyiv overnight', true],
    ]);
    expect(doc.title).toBe('Drones hit Kyiv overnight');
    expect(doc.querySelector('meta[property="og:title"]')?.getAttribute('content')).toBe('Drones hit Kyiv overnight');
    expect(doc.querySelector('meta[name="description"]')?.getAttribute('content')).toBe('Russian drones struck Kyiv.');
    expect(doc.documentElement.getAttribute('lang')).toBe('en');
  });

  it.each([
    ['no h1 is named by the title', 'Other'],
    ['the only h1 the title names is the site\'s name in a logo', 'Senate passes the long-delayed aid bill | Site name here'],
  ])('adds a headline above the body when %s', (_case, title) => {
    const doc = parse(`<title>${title}</title><div id="header"><h1>Site name here</h1></div><div id="b"><p>One paragraph of the story.</p></div>`);
    transplantArticle(doc, ARTICLE);
    expect(doc.querySelector('#b > h1')?.textContent).toBe('Drones hit Kyiv overnight');
    expect(doc.querySelector('#b > h1')?.hasAttribute(TRANSPLANTED)).toBe(true);
    expect(doc.querySelector('#header > h1')?.textContent).toBe('Site name here');
  });

  it('puts the paragraphs where most of the story\'s prose was, not in a widget inside the story body', () => {
    const doc = parse(
      '<title>Gallery opens</title><div class="story"><div class="share"><p>Share this story with your friends and family on all the social networks you use every day!</p></div>' +
        '<div class="text"><p>The gallery opened on Monday with a long first paragraph.</p><p>Visitors queued for hours in the rain.</p></div></div>',
    );
    expect(transplantArticle(doc, ARTICLE)).toBe(3);
    expect([...doc.querySelectorAll(`.text > p[${TRANSPLANTED}]`)].map((p) => p.textContent)).toEqual(ARTICLE.paragraphs);
    expect(doc.querySelectorAll(`.share [${TRANSPLANTED}]`)).toHaveLength(0);
  });

  it('leaves a page without paragraphs as it was', () => {
    const doc = parse('<title>Empty</title><div>No paragraphs</div>');
    expect(transplantArticle(doc, ARTICLE)).toBe(0);
    expect(doc.title).toBe('Empty');
    expect(doc.querySelectorAll(`[${TRANSPLANTED}]`)).toHaveLength(0);
  });
});
