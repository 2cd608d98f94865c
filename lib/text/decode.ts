// Bytes from a file or stdin to article text, or a reason it is not one.
// Shared by the CLI and the glossary builder so both refuse the same inputs.

export type Decoded = { ok: true; text: string } | { ok: false; reason: string };

const BOM = '\uFEFF';

export function decodeArticle(bytes: Uint8Array): Decoded {
  // A NUL in the first 8 KB: a binary file (images, archives, UTF-16), not an article.
  if (bytes.subarray(0, 8192).includes(0)) return { ok: false, reason: 'binary file (NUL bytes)' };
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return { ok: false, reason: 'not valid UTF-8' };
  }
  if (text.startsWith(BOM)) text = text.slice(1);
  // One line-break convention, so offsets mean the same on every platform.
  return { ok: true, text: text.replace(/\r\n?/g, '\n') };
}
