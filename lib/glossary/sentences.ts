// Sentence spans for card evidence. A line break always ends a sentence
// (headlines, "Baca juga:" lines); inside a line, . ! ? end one when a space
// and a capital, digit or quote follow, except after common abbreviations.
// One forward pass: linear in the text.

export interface Span {
  start: number;
  end: number;
}

const ABBREVIATIONS = new Set(
  `mr mrs ms dr st gen maj col lt sgt capt gov sen rep jr sr no vs etc u.s u.k u.n e.g i.e jan feb mar apr jun jul aug sep sept oct nov dec`.split(' '),
);

const END = /[.!?]/;
const OPENER = /["“‘'(\p{Lu}\p{N}]/u;

/** The word just before position `i` (for the abbreviation check), lower-cased. */
function wordBefore(text: string, i: number, lineStart: number): string {
  let j = i;
  while (j > lineStart && j > i - 8 && /[\p{L}.]/u.test(text[j - 1]!)) j -= 1;
  return text.slice(j, i).toLowerCase();
}

export function splitSentences(text: string): Span[] {
  const spans: Span[] = [];
  const push = (start: number, end: number) => {
    while (start < end && /\s/.test(text[start]!)) start += 1;
    while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
    if (end > start) spans.push({ start, end });
  };
  let start = 0;
  let lineStart = 0;
  for (let i = 0; i < text.length; i++) {
    const ch = text[i]!;
    if (ch === '\n') {
      push(start, i);
      start = i + 1;
      lineStart = i + 1;
      continue;
    }
    if (!END.test(ch)) continue;
    // Closing quotes and brackets stay with the sentence they close.
    let end = i + 1;
    while (end < text.length && /["”’')\]]/.test(text[end]!)) end += 1;
    if (text[end] !== ' ' || !OPENER.test(text[end + 1] ?? '')) continue;
    if (ch === '.' && ABBREVIATIONS.has(wordBefore(text, i, lineStart))) continue;
    push(start, end);
    start = end;
    i = end - 1;
  }
  push(start, text.length);
  return spans;
}
