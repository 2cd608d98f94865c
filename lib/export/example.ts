// The one corpus sentence an exported card carries, with the title of the
// article it comes from.
import type { Card, Glossary } from '../glossary/types';
import type { LanguageCode } from '../types';

export interface Example {
  text: string;
  title: string;
}

/** The card's first sentence in `language`, else its first sentence at all, else null. */
export function exampleSentence(card: Card, glossary: Glossary, language: LanguageCode): Example | null {
  const sentence = card.sentences.find((s) => s.language === language) ?? card.sentences[0];
  if (!sentence) return null;
  return { text: sentence.text, title: glossary.articles[sentence.article]?.title ?? '' };
}
