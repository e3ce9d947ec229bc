/**
 * Reading and rewriting the compact index inside a shard file, for tests that alter an index
 * behind its stamp (as an attacker or a faulty disk would).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import {
  encodeShardIndex,
  parseShardIndex,
  serializeShardIndex,
  type TermPostings,
} from '../../src/main/search/shard-format';
import type { ShardIndex } from '../../src/main/search/shard-index';

/** Every term of a compact index with its postings, decoded. */
export function shardEntries(index: ShardIndex): TermPostings[] {
  return index.terms.map((term, t) => ({
    term,
    fields: index.fields.map((_, f) => {
      const posting = index.decode(t, f);
      if (!posting) return [];
      return Array.from(posting.ordinals, (ordinal, i) => ({
        ordinal,
        weight: posting.weights[i]!,
        wordNumbers: index.wordNumbers(posting, i),
      }));
    }),
  }));
}

/** Rewrites the index of the shard file at `path` through `alter`; its stamp stays as it was. */
export function alterShardFile(path: string, alter: (entries: TermPostings[]) => TermPostings[]): void {
  const file = JSON.parse(readFileSync(path, 'utf8')) as { index: unknown };
  const index = parseShardIndex(file.index);
  if (typeof index === 'string') throw new Error(index);
  file.index = serializeShardIndex(encodeShardIndex(index.fields, index.paragraphCount, alter(shardEntries(index))));
  writeFileSync(path, JSON.stringify(file));
}
