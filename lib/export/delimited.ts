// Delimited text, the RFC 4180 way, for any one-character separator: the CSV
// export uses a comma, the Anki export a tab. One writer and one reader serve
// both, so quoting rules cannot drift apart between the two formats.
//
// Writing: a field is wrapped in double quotes (its quotes doubled) when it
// holds the separator, a quote, CR or LF - what RFC 4180 requires - and also
// when it starts or ends with white space (some readers trim bare fields) or
// starts with `#` (Anki reads a line starting with `#` as a comment or header).
// Every record ends with the line end, the last one too.
//
// Lone surrogates: the text is written to a UTF-8 file, which cannot hold
// them; any encoder (Blob, TextEncoder) would turn each into U+FFFD. The
// writer replaces them itself, so the string it returns - counted, previewed
// and tested - is exactly what lands on disk. Everything else round-trips.
//
// Reading: the inverse, written as a single pass over the characters, so time
// is linear in the input whatever it holds. Outside quotes CRLF, LF and a lone
// CR all end a record; a final line end does not start an empty record. It
// never throws: a stray quote inside a bare field is kept as text, text after
// a closing quote is appended to the field.

/** What the writer needs to know about a dialect. */
export interface Dialect {
  separator: string;
  lineEnd: '\r\n' | '\n';
}

const LONE_SURROGATE = /[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** `text` with every unpaired surrogate replaced by U+FFFD, as a UTF-8 encoder would. */
export function wellFormed(text: string): string {
  return text.replace(LONE_SURROGATE, '\uFFFD');
}

const escapeForClass = (char: string) => char.replace(/[\\\]^-]/g, '\\$&');

// One regex per separator; each alternative looks at a single position, so a
// test is linear in the field's length.
const needsQuotesBySeparator = new Map<string, RegExp>();

function needsQuotes(field: string, separator: string): boolean {
  let pattern = needsQuotesBySeparator.get(separator);
  if (!pattern) {
    pattern = new RegExp(`[${escapeForClass(separator)}"\\r\\n]|^[\\s#]|\\s$`);
    needsQuotesBySeparator.set(separator, pattern);
  }
  return pattern.test(field);
}

export function formatField(field: string, separator: string): string {
  const text = wellFormed(field);
  return needsQuotes(text, separator) ? `"${text.replaceAll('"', '""')}"` : text;
}

export function formatRecords(records: ReadonlyArray<readonly string[]>, dialect: Dialect): string {
  let out = '';
  for (const record of records) {
    out += record.map((field) => formatField(field, dialect.separator)).join(dialect.separator) + dialect.lineEnd;
  }
  return out;
}

/** Records of `text`; `separator` is one UTF-16 code unit other than a quote, CR or LF. */
export function parseRecords(text: string, separator: string): string[][] {
  const records: string[][] = [];
  let record: string[] = [];
  const n = text.length;
  let i = 0;
  while (i < n) {
    // Here a field starts.
    let field = '';
    if (text[i] === '"') {
      // Quoted: read to the closing quote, "" standing for one quote.
      i += 1;
      for (;;) {
        const close = text.indexOf('"', i);
        if (close === -1) {
          field += text.slice(i); // unclosed: the rest of the text is the field
          i = n;
          break;
        }
        field += text.slice(i, close);
        i = close + 1;
        if (text[i] !== '"') break;
        field += '"';
        i += 1;
      }
    }
    // Bare text, or whatever follows a closing quote, up to the field's end.
    const start = i;
    while (i < n && text[i] !== separator && text[i] !== '\r' && text[i] !== '\n') i += 1;
    field += text.slice(start, i);
    record.push(field);

    if (i >= n) break;
    if (text[i] === separator) {
      i += 1;
      // A separator at the very end still closes a last, empty field.
      if (i === n) record.push('');
      continue;
    }
    i += text[i] === '\r' && text[i + 1] === '\n' ? 2 : 1;
    records.push(record);
    record = [];
  }
  if (record.length > 0) records.push(record);
  return records;
}
