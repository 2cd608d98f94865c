// Bytes from a file or stdin to article text, or a reason it is not one.
// Shared by the CLI and the glossary builder so both refuse the same inputs.
// Offsets in the analysis count in the text returned here: after the byte
// order mark is dropped and line breaks are made `\n`.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const BOM = '\uFEFF';

/** UTF-16 is recognised only by its byte order mark (Notepad's "Unicode" writes one). */
function utf16Encoding(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return 'utf-16le';
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return 'utf-16be';
  return null;
}

export function decodeArticle(bytes: Uint8Array): Decoded {
  const utf16 = utf16Encoding(bytes);
  // Without a UTF-16 BOM, a NUL in the first 8 KB means a binary file
  // (images, archives, UTF-16 without a BOM), not an article.
  if (!utf16 && bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  let text: string;
  try {
    // TextDecoder drops the BOM itself unless told not to; the check below
    // also catches a second one.
    text = new TextDecoder(utf16 ?? 'utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: utf16 ? `not valid ${utf16.toUpperCase()}` : 'not valid UTF-8' };
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  // UTF-16 text holding NUL characters is binary all the same.
  if (utf16 && text.slice(0, 8192).includes('\u0000')) return { ok: false, reason: 'binary file (NUL characters)' };
  // One line-break convention, so offsets mean the same on every platform.
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
