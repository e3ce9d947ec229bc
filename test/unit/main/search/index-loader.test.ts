/**
 * The search index is inside the integrity check: an index shard edited behind an intact corpus
 * stamp (the examples of the adversarial review) is noticed at load, named in a warning, and
 * replaced by an index rebuilt from the verified corpus, so search answers from the real text.
 * The shard altered is the statement's, the document the reader opens (and so loads) first.
 */
import { readFileSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBytes, hashShardHashes } from '../../../../src/main/corpus/content-hash';
import { loadReaderServices, type LibraryServices } from '../../../../src/main/library/load-library';
import { MAX_INDEX_BYTES, shardPath } from '../../../../src/main/search/index-loader';
import type { TermPostings } from '../../../../src/main/search/shard-format';
import type { CorpusCatalog } from '../../../../src/shared/corpus-types';
import { STATEMENT_ID } from '../../../support/paths';
import { alterShardFile } from '../../../support/shard-files';
import { copyOfCorpus } from '../../../support/temp-corpus';

type InvertedIndex = TermPostings[];

/** The index shard of the statement in a corpus folder. */
const statementShard = (dir: string) => shardPath(dir, STATEMENT_ID);

/** Rewrites the statement's index shard in a corpus copy, leaving its stamp (and the corpus stamp) as they are. */
function alterIndex(dir: string, alter: (invertedIndex: InvertedIndex) => InvertedIndex): void {
  alterShardFile(statementShard(dir), alter);
}

/** Where search finds a query (in a corpus folder, or loaded services): `section/paragraph` of each hit. */
function places(from: string | LibraryServices, query: string): string[] {
  const services = typeof from === 'string' ? loadReaderServices(from) : from;
  const result = services.search.search(query);
  if (!result.ok) throw new Error(result.error.message);
  return result.value.hits.map((hit) => `${hit.sectionId}/${hit.paragraphId}`);
}

const genuine = copyOfCorpus();

describe('an altered search index behind an intact stamp', () => {
  it.each([
    ['the term tortur removed', (index: InvertedIndex) => index.filter(({ term }) => term !== 'tortur'), 'torture'],
    [
      'the cedaw postings moved to another paragraph',
      (index: InvertedIndex) =>
        index.map((entry) =>
          entry.term === 'cedaw'
            ? {
                ...entry,
                fields: entry.fields.map((postings) =>
                  postings.map((posting) => ({ ...posting, ordinal: 3 })).slice(0, 1),
                ),
              }
            : entry,
        ),
      'CEDAW',
    ],
    ['an empty inverted index', () => [], 'human rights'],
  ])('is noticed (%s), and search answers from an index rebuilt from the verified corpus', (_case, alter, query) => {
    const expected = places(genuine, query);
    expect(expected.length).toBeGreaterThan(0);
    const dir = copyOfCorpus();
    alterIndex(dir, alter);
    const services = loadReaderServices(dir);
    expect(services.status.integrity.verified).toBe(true);
    expect(services.status.warnings).toHaveLength(1);
    expect(services.status.warnings[0]).toMatch(
      /search index was rebuilt in memory because the index file was changed after it was built/,
    );
    expect(services.status.warnings[0]).toContain(statementShard(dir));
    expect(places(dir, query)).toEqual(expected);
  });

  it('is noticed by the hash main was built with, even when the corpus stamp was updated to match it', () => {
    const dir = copyOfCorpus();
    const built = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusCatalog;
    alterIndex(dir, (index) => index.filter(({ term }) => term !== 'tortur'));
    const shardHashes = { ...built.stamp.shardHashes, [STATEMENT_ID]: hashBytes(readFileSync(statementShard(dir))) };
    const restamped = {
      ...built,
      stamp: { ...built.stamp, shardHashes, indexHash: hashShardHashes(shardHashes) },
    };
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(restamped));
    // The stamp alone now vouches for the altered index…
    expect(loadReaderServices(dir).status.warnings).toEqual([]);
    // …but not the hashes the app was built with.
    const services = loadReaderServices(dir, { expected: built.stamp });
    expect(services.status.warnings).toEqual([
      expect.stringMatching(/index files were changed after the build: the corpus stamp's index hashes/),
    ]);
    expect(places(services, 'torture')).toEqual(places(genuine, 'torture'));
  });

  it('is not read at all when larger than the limit: a warning, then a rebuilt index', () => {
    const dir = copyOfCorpus();
    // A sparse file: its size is what counts, nothing of it is read.
    truncateSync(statementShard(dir), MAX_INDEX_BYTES + 1);
    const services = loadReaderServices(dir);
    expect(services.status.warnings).toEqual([
      expect.stringMatching(/the index file is too large to load \(96\.0 MB; at most 96\.0 MB\)/),
    ]);
    expect(places(dir, 'torture')).toEqual(places(genuine, 'torture'));
  });
});
