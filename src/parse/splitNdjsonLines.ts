import { describeType } from '../core/assertOptions.js';
import type { NdjsonReadableStream, NdjsonSource } from './NdjsonSource.js';

/**
 * What the line splitter hands on, line by line, numbered from 1 (every `\n` ends a line; a
 * closing `\r` is dropped; a byte-order mark at the start is dropped).
 * @internal
 */
export interface LineSink {
  /** A line of at most `maxLineLength` characters, without its line ending. */
  line(text: string, lineNumber: number): void;
  /** A line longer than `maxLineLength`: skipped without being held, `length` characters long. */
  tooLong(lineNumber: number, length: number): void;
}

/** How the chunks of a source are framed. @internal */
export type Framing = 'chunks' | 'lines';

const BOM = 0xfeff;

function isReadableStream(source: unknown): source is NdjsonReadableStream {
  return typeof (source as NdjsonReadableStream).getReader === 'function';
}

function isIterable(source: unknown): source is AsyncIterable<unknown> | Iterable<unknown> {
  return (
    typeof (source as AsyncIterable<unknown>)[Symbol.asyncIterator] === 'function' ||
    typeof (source as Iterable<unknown>)[Symbol.iterator] === 'function'
  );
}

/**
 * Throws unless `source` is something {@link splitNdjsonLines} can read.
 * @internal
 */
export function assertNdjsonSource(source: unknown, functionName: string): asserts source is NdjsonSource {
  const readable = typeof source === 'string' || (typeof source === 'object' && source !== null && (isReadableStream(source) || isIterable(source)));
  if (!readable) {
    throw new TypeError(
      `[tinh-gon] ${functionName}: source must be an async iterable, an iterable or a ReadableStream of strings or bytes, received ${describeType(source)}`,
    );
  }
}

/** The chunks of a web stream, as an async iterable (browsers' streams are not all iterable). */
async function* readStream(stream: NdjsonReadableStream): AsyncGenerator<unknown> {
  const reader = stream.getReader();
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) return;
      yield value;
    }
  } finally {
    reader.releaseLock();
  }
}

/**
 * Splits NDJSON text into lines with bounded memory: besides the chunk being read, it holds at
 * most one partial line of `maxLineLength` characters; a longer line is counted and skipped, never
 * held. Bytes are decoded as UTF-8 in streaming mode, so a character split between two chunks is
 * whole again. A string source is one chunk.
 *
 * @param source - The chunks.
 * @param maxLineLength - The longest line kept, in characters (UTF-16 code units).
 * @param framing - `chunks` (any size) or `lines` (each item is one line, as `readline` gives).
 * @param sink - Receives the lines.
 * @throws {TypeError} When a chunk is neither a string nor a `Uint8Array` (the promise rejects).
 * @internal
 */
export async function splitNdjsonLines(source: NdjsonSource | string, maxLineLength: number, framing: Framing, sink: LineSink): Promise<void> {
  const chunks: AsyncIterable<unknown> | Iterable<unknown> = typeof source === 'string' ? [source] : isReadableStream(source) ? readStream(source) : source;
  let decoder: { decode(input?: Uint8Array, options?: { stream?: boolean }): string } | undefined;
  let started = false;
  let lineNumber = 1;
  /** The start of the current line, when it is not over-long. */
  let pending = '';
  /** Characters of the current line so far, once it is over-long (-1 while it is not). */
  let skipped = -1;
  /** Whether the last character counted in `skipped` is a \r, which a line's length leaves out if it is the last. */
  let skippedEndsInCr = false;
  /** Counts `text[from..to)` into the over-long line. */
  const skip = (text: string, from: number, to: number): void => {
    if (to === from) return;
    skipped += to - from;
    skippedEndsInCr = text.charCodeAt(to - 1) === 0x0d;
  };
  /** Reports the over-long line, measured without its ending (\r\n or \n), however the chunks broke it. */
  const endSkipped = (): void => {
    sink.tooLong(lineNumber, skippedEndsInCr ? skipped - 1 : skipped);
    lineNumber += 1;
    skipped = -1;
    skippedEndsInCr = false;
  };

  const end = (text: string): void => {
    const length = text.length > 0 && text.charCodeAt(text.length - 1) === 0x0d ? text.length - 1 : text.length;
    if (length > maxLineLength) sink.tooLong(lineNumber, length);
    else sink.line(length === text.length ? text : text.slice(0, length), lineNumber);
    lineNumber += 1;
  };

  const take = (input: string): void => {
    let text = input;
    if (!started && text.length > 0) {
      started = true;
      if (text.charCodeAt(0) === BOM) text = text.slice(1);
    }
    if (framing === 'lines') {
      end(text.endsWith('\n') ? text.slice(0, -1) : text);
      return;
    }
    let start = 0;
    for (;;) {
      const newline = text.indexOf('\n', start);
      if (newline === -1) break;
      if (skipped >= 0) {
        skip(text, start, newline);
        endSkipped();
      } else {
        end(pending === '' ? text.slice(start, newline) : pending + text.slice(start, newline));
        pending = '';
      }
      start = newline + 1;
    }
    const rest = text.length - start;
    if (rest === 0) return;
    if (skipped >= 0) skip(text, start, text.length);
    // one more character than the cap may be a closing \r
    else if (pending.length + rest > maxLineLength + 1) {
      skipped = pending.length;
      pending = '';
      skip(text, start, text.length);
    } else pending += start === 0 ? text : text.slice(start);
  };

  for await (const chunk of chunks) {
    if (typeof chunk === 'string') {
      if (decoder !== undefined) take(decoder.decode());
      take(chunk);
    } else if (chunk instanceof Uint8Array) {
      decoder ??= new TextDecoder('utf-8', { ignoreBOM: true });
      take(decoder.decode(chunk, { stream: true }));
    } else {
      throw new TypeError(`[tinh-gon] parseStructureStream: every chunk must be a string or a Uint8Array, received ${describeType(chunk)}`);
    }
  }
  if (decoder !== undefined) take(decoder.decode());
  if (skipped >= 0) endSkipped();
  else if (pending !== '') end(pending);
}
