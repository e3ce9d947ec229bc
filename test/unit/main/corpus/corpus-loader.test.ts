import { readFileSync, rmSync, truncateSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { hashBytes, hashShardHashes } from '../../../../src/main/corpus/content-hash';
import { CorpusLoadError, MAX_CORPUS_BYTES, readCheckedCorpus } from '../../../../src/main/corpus/corpus-loader';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { IndexEvaluator } from '../../../../src/main/search/index-evaluator';
import { shardPath } from '../../../../src/main/search/index-loader';
import type { ShardIndex } from '../../../../src/main/search/shard-index';
import type { CorpusFile, SearchShardFile } from '../../../../src/shared/corpus-types';
import { STATEMENT_ID } from '../../../support/paths';
import { copyOfCorpus } from '../../../support/temp-corpus';

/** How many paragraphs hold a term, in any field. */
const paragraphsWith = (index: ShardIndex, term: string) =>
  new IndexEvaluator(index).evaluate([{ terms: [term], fields: index.fields, presence: 'optional', boost: 1 }]).ordinals
    .length;
const readJson = <T>(path: string): T => JSON.parse(readFileSync(path, 'utf8')) as T;
/** The index shard of the statement, the document the reader opens first. */
const statementShard = (dir: string) => shardPath(dir, STATEMENT_ID);

/**
 * Writes the statement's shard and records its bytes in the corpus stamp as a build would (so that
 * the hash check passes and reading the index is what fails).
 */
function writeRecorded(dir: string, bytes: string): void {
  writeFileSync(statementShard(dir), bytes);
  const corpus = readJson<CorpusFile>(join(dir, 'corpus.json'));
  corpus.stamp.shardHashes[STATEMENT_ID] = hashBytes(Buffer.from(bytes));
  corpus.stamp.indexHash = hashShardHashes(corpus.stamp.shardHashes);
  writeFileSync(join(dir, 'corpus.json'), JSON.stringify(corpus));
}

describe('corpus loader', () => {
  it('loads the prebuilt index without rebuilding or warning', () => {
    const loaded = loadCorpus(copyOfCorpus());
    expect(loaded.indexRebuilt).toBe(false);
    expect(loaded.warnings).toEqual([]);
    expect(paragraphsWith(loaded.opening.index, 'upr')).toBe(2);
  });

  it.each([
    ['missing', (dir: string) => rmSync(statementShard(dir)), /index file is missing/],
    ['corrupt', (dir: string) => writeFileSync(statementShard(dir), '{"stamp":'), /not valid JSON/],
    ['of another shape', (dir: string) => writeFileSync(statementShard(dir), '[1,2]'), /unexpected shape/],
    [
      'built by another Lunr',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeFileSync(statementShard(dir), JSON.stringify({ ...file, stamp: { ...file.stamp, lunrVersion: '2.3.8' } }));
      },
      /built with Lunr 2\.3\.8/,
    ],
    [
      'built from other content',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeFileSync(
          statementShard(dir),
          JSON.stringify({ ...file, stamp: { ...file.stamp, contentHash: 'f'.repeat(64) } }),
        );
      },
      /built from different content/,
    ],
    [
      'of an older shard format (Lunr’s own, as an older build wrote it)',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeRecorded(dir, JSON.stringify({ ...file, index: { version: '2.3.9', fields: ['title'] } }));
      },
      /index could not be loaded \(the index has shard format none \(Lunr’s own\), not 1\)/,
    ],
    [
      'unreadable',
      (dir: string) => {
        const file = readJson<SearchShardFile>(statementShard(dir));
        writeRecorded(dir, JSON.stringify({ ...file, index: { ...file.index, offsets: 'AAAA' } }));
      },
      /index could not be loaded \(the index offsets do not match its terms\)/,
    ],
  ])('rebuilds a %s index in memory, warns, and still searches', (_case, damage, reason) => {
    const dir = copyOfCorpus();
    damage(dir);
    const loaded = loadCorpus(dir);
    expect(loaded.indexRebuilt).toBe(true);
    expect(loaded.warnings).toHaveLength(1);
    expect(loaded.warnings[0]).toMatch(/search index was rebuilt in memory/);
    expect(loaded.warnings[0]).toMatch(reason);
    expect(paragraphsWith(loaded.opening.index, 'upr')).toBe(2);
  });

  it('warns when the corpus no longer matches its content hash (tampering)', () => {
    const dir = copyOfCorpus();
    const file = readJson<CorpusFile>(join(dir, 'corpus.json'));
    file.documents[0]!.sections[0]!.paragraphs[0]!.text = 'Words that were never said.';
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(file));
    const loaded = loadCorpus(dir);
    expect(loaded.warnings.some((warning) => /does not match its stamp/.test(warning))).toBe(true);
    expect(loaded.indexRebuilt).toBe(true);
    expect(paragraphsWith(loaded.opening.index, 'never')).toBe(1);
  });

  it('hashes a canonical form: the same text with its keys in another order and other spacing still verifies', () => {
    const dir = copyOfCorpus();
    const file = readJson<CorpusFile>(join(dir, 'corpus.json'));
    const reversed = (value: unknown): unknown =>
      Array.isArray(value)
        ? value.map(reversed)
        : value !== null && typeof value === 'object'
          ? Object.fromEntries(
              Object.entries(value)
                .reverse()
                .map(([key, item]) => [key, reversed(item)]),
            )
          : value;
    const rewritten = JSON.stringify(reversed(file), null, 3);
    expect(rewritten).not.toBe(readFileSync(join(dir, 'corpus.json'), 'utf8'));
    writeFileSync(join(dir, 'corpus.json'), rewritten);
    const checked = readCheckedCorpus(dir);
    expect(checked.integrity).toMatchObject({ verified: true, warning: null, actualHash: file.stamp.contentHash });
    // One changed character is still a different text.
    file.documents[0]!.sections[1]!.paragraphs[0]!.text += ' ';
    writeFileSync(join(dir, 'corpus.json'), JSON.stringify(reversed(file)));
    expect(readCheckedCorpus(dir).integrity.verified).toBe(false);
  });

  it.each([
    ['missing', (dir: string) => rmSync(join(dir, 'corpus.json')), /is missing/],
    [
      'too large (refused before it is read)',
      (dir: string) => truncateSync(join(dir, 'corpus.json'), MAX_CORPUS_BYTES + 1),
      /too large to open \(48\.0 MB; this reader opens at most 48\.0 MB\)/,
    ],
    [
      'not JSON',
      (dir: string) => writeFileSync(join(dir, 'corpus.json'), 'garbage'),
      /damaged \(it is not valid JSON\)/,
    ],
    [
      'of another schema',
      (dir: string) => {
        const file = readJson<CorpusFile>(join(dir, 'corpus.json'));
        writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ ...file, stamp: { ...file.stamp, schema: 99 } }));
      },
      /format version 99/,
    ],
    [
      'of the wrong shape',
      (dir: string) => writeFileSync(join(dir, 'corpus.json'), JSON.stringify({ stamp: {}, documents: 'x' })),
      /damaged \(/,
    ],
  ])('refuses a %s corpus with a CorpusLoadError naming the file', (_case, damage, message) => {
    const dir = copyOfCorpus();
    damage(dir);
    let error: unknown;
    try {
      loadCorpus(dir);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(CorpusLoadError);
    expect((error as CorpusLoadError).message).toMatch(message);
    expect((error as CorpusLoadError).filePath).toBe(join(dir, 'corpus.json'));
  });
});
