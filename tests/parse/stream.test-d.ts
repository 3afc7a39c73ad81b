import type { ReadStream } from 'node:fs';
import type { Interface } from 'node:readline';
import { describe, expectTypeOf, it } from 'vitest';
import type { Result, Structure } from '../../src/index.js';
import { type NdjsonSource, type ParseStructureStreamOptions, parseStructureStream, type structureToNdjson } from '../../src/parse/index.js';

describe('parseStructureStream types', () => {
  it('reads node streams, readline, web streams and iterables', () => {
    expectTypeOf<ReadStream>().toMatchTypeOf<NdjsonSource>();
    expectTypeOf<Interface>().toMatchTypeOf<NdjsonSource>();
    expectTypeOf<ReadableStream<Uint8Array>>().toMatchTypeOf<NdjsonSource>();
    expectTypeOf<ReadableStream<string>>().toMatchTypeOf<NdjsonSource>();
    expectTypeOf<string[]>().toMatchTypeOf<NdjsonSource>();
    expectTypeOf<ReturnType<typeof structureToNdjson>>().toMatchTypeOf<NdjsonSource>();
    expectTypeOf<number[]>().not.toMatchTypeOf<NdjsonSource>();
  });
  it('answers a promise of a structure result', () => {
    expectTypeOf(parseStructureStream).returns.toEqualTypeOf<Promise<Result<Structure>>>();
    expectTypeOf<{ framing: 'bytes' }>().not.toMatchTypeOf<ParseStructureStreamOptions>();
  });
});
