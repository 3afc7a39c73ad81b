/**
 * A web `ReadableStream` as {@link parseStructureStream} reads it: only `getReader()`, so a
 * browser's `fetch(…).body`, a `Blob`'s `stream()` and node's `ReadableStream` all fit, with no
 * DOM or node types needed by the library.
 *
 * @example
 * ```ts
 * const body: NdjsonReadableStream = new Blob(['{"unit":{…}}\n']).stream();
 * ```
 * @category Parse
 */
export interface NdjsonReadableStream {
  /** Locks the stream to a reader, which {@link parseStructureStream} releases when done. */
  getReader(): NdjsonStreamReader;
}

/**
 * The reader of an {@link NdjsonReadableStream}, as {@link parseStructureStream} uses it (a web
 * `ReadableStreamDefaultReader` fits).
 *
 * @example
 * ```ts
 * const reader: NdjsonStreamReader = new Blob(['{"unit":{…}}\n']).stream().getReader();
 * ```
 * @category Parse
 */
export interface NdjsonStreamReader {
  /** The next chunk, or `done` at the end of the stream. */
  read(): PromiseLike<{ readonly done: boolean; readonly value?: string | Uint8Array }>;
  /** Frees the stream for another reader. */
  releaseLock(): void;
}

/**
 * Where NDJSON text comes from: chunks of text or of UTF-8 bytes, in any size (a line or a
 * character may be split between chunks). An async iterable (node's `fs.createReadStream`, a
 * `readline` interface with `framing: 'lines'`), a plain iterable (the generator
 * {@link structureToNdjson}, an array of strings) or a web `ReadableStream`.
 *
 * @example
 * ```ts
 * // an array of lines here; in node, `createReadStream('structure.ndjson')` (node:fs) as well
 * const source: NdjsonSource = ['{"person":{"id":"p1","name":"Nguyễn Văn A"}}\n'];
 * (await parseStructureStream(source)).ok; //=> true
 * ```
 * @category Parse
 */
export type NdjsonSource = AsyncIterable<string | Uint8Array> | Iterable<string | Uint8Array> | NdjsonReadableStream;
