/**
 * Unsigned LEB128 variable-length integers: the search index stores its postings this way (small
 * numbers, mostly deltas, take one byte), base64-encoded inside the index JSON.
 */

/** Appends unsigned integers to a growing byte buffer. */
export class VarintWriter {
  private bytes = new Uint8Array(1024);
  private length = 0;

  /** Number of bytes written so far (the offset of the next value). */
  get offset(): number {
    return this.length;
  }

  /** Appends one non-negative integer (at most 2^31 - 1). */
  write(value: number): void {
    if (!Number.isInteger(value) || value < 0 || value > 0x7fffffff) throw new RangeError(`varint out of range: ${value}`);
    if (this.length + 5 > this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    let rest = value;
    while (rest >= 0x80) {
      this.bytes[this.length++] = (rest & 0x7f) | 0x80;
      rest >>>= 7;
    }
    this.bytes[this.length++] = rest;
  }

  /** The bytes written, as base64. */
  toBase64(): string {
    return Buffer.from(this.bytes.buffer, this.bytes.byteOffset, this.length).toString('base64');
  }
}

/** Reads unsigned integers from bytes, starting at `offset`. */
export class VarintReader {
  constructor(
    private readonly bytes: Uint8Array,
    public offset = 0,
  ) {}

  /** Reads the next integer; throws when the bytes run out mid-value. */
  read(): number {
    let value = 0;
    let shift = 0;
    for (;;) {
      if (this.offset >= this.bytes.length) throw new RangeError('truncated varint');
      const byte = this.bytes[this.offset++]!;
      value += (byte & 0x7f) * 2 ** shift;
      if (byte < 0x80) return value;
      shift += 7;
      if (shift > 28) throw new RangeError('varint too long');
    }
  }
}

/** Decodes base64 into bytes (Node's decoder; main and the tools run on Node). */
export function fromBase64(text: string): Uint8Array {
  return Buffer.from(text, 'base64');
}
