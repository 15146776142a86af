/** One line of a streamed input: its bytes, or null when it was over the cap (its length is kept). */
export interface Line {
  readonly number: number;
  readonly bytes: Buffer | null;
  readonly length: number;
}

/**
 * Splits a byte stream into lines (LF or CRLF) without holding more than `max` bytes of one
 * line: longer lines are skipped to their end and yielded with `bytes: null`.
 */
export async function* splitLines(chunks: AsyncIterable<Buffer>, max: number): AsyncGenerator<Line> {
  let parts: Buffer[] = [];
  let held = 0;
  let length = 0;
  let number = 1;
  const take = (): Line => {
    let bytes: Buffer | null = length > max ? null : Buffer.concat(parts, held);
    if (bytes && bytes[bytes.length - 1] === 0x0d) bytes = bytes.subarray(0, -1);
    const line = { number: number++, bytes, length };
    parts = []; held = 0; length = 0;
    return line;
  };
  for await (const chunk of chunks) {
    let start = 0;
    for (let nl = chunk.indexOf(0x0a, start); nl !== -1; nl = chunk.indexOf(0x0a, start)) {
      add(chunk.subarray(start, nl));
      yield take();
      start = nl + 1;
    }
    add(chunk.subarray(start));
  }
  if (length > 0) yield take();

  function add(piece: Buffer): void {
    length += piece.length;
    if (length <= max && piece.length) { parts.push(Buffer.from(piece)); held += piece.length; }
    else if (length > max && parts.length) { parts = []; held = 0; }
  }
}
