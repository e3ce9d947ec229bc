/**
 * The peers the side-by-side bench sets our engine beside, on the same texts and queries: Lunr's
 * own index of each document (built as our build step builds it, loaded with `lunr.Index.load`,
 * asked with `Index#search`), MiniSearch and FlexSearch (one index over every paragraph; dev
 * dependencies of the bench only). Each one is built, serialized, loaded from its text and asked
 * a query the way its own API reads one: the words of what the reader typed, the last one as a
 * prefix (the reader is still typing it), all of them required; misspelt queries fuzzily.
 */
import { Index as FlexIndex } from 'flexsearch';
import lunr from 'lunr';
import MiniSearch from 'minisearch';
import { buildSearchIndex } from '../../src/main/search/search-index';
import type { CorpusFile } from '../../src/shared/corpus-types';
import { DEFAULT_SEARCH_LIMIT } from '../../src/shared/contract/search';
import { scanWords } from './reader-queries';

/** How a peer is asked: the query as typed, and how many letters a word may be off (0: exact). */
export interface PeerQuery {
  text: string;
  edits: number;
}

/** A peer's index in memory, ready to answer. */
export interface PeerIndex {
  /** Answers a query; returns how many results the peer gave (it may cap them). */
  search(query: PeerQuery): number;
}

/** A search engine we compare with: built from a corpus, written as text, loaded from that text. */
export interface PeerEngine {
  name: string;
  /** Builds the index of every document and returns its serialized form (one text per file). */
  build(corpus: CorpusFile): string[];
  /** Loads an index from the texts `build` wrote (their JSON.parse included). */
  load(texts: readonly string[]): PeerIndex;
}

/** One passage per paragraph (its list items included), with its section's title. */
function passages(corpus: CorpusFile): { id: number; text: string }[] {
  return corpus.documents
    .flatMap((document) =>
      document.sections.flatMap((section) =>
        section.paragraphs.map((paragraph) => [
          section.title,
          paragraph.text,
          ...paragraph.items.map((item) => item.text),
        ]),
      ),
    )
    .map((parts, id) => ({ id, text: parts.join('\n') }));
}

/** The words of a query in Lunr's syntax: each required, the last one a prefix, `~n` when fuzzy. */
function lunrQuery({ text, edits }: PeerQuery): string {
  const words = scanWords(text);
  const typing = !/\s$/.test(text);
  return words
    .map((word, i) => `+${word}${edits > 0 ? `~${edits}` : i === words.length - 1 && typing ? '*' : ''}`)
    .join(' ');
}

const lunrEngine: PeerEngine = {
  name: 'Lunr',
  build: (corpus) => corpus.documents.map((document) => JSON.stringify(buildSearchIndex(document))),
  load(texts) {
    const indexes = texts.map((text) => lunr.Index.load(JSON.parse(text) as object));
    return {
      search(query) {
        const text = lunrQuery(query);
        if (text === '') return 0;
        let found = 0;
        for (const index of indexes) found += index.search(text).length;
        return found;
      },
    };
  },
};

const MINI_OPTIONS = { fields: ['text'] };

const miniSearchEngine: PeerEngine = {
  name: 'MiniSearch',
  build(corpus) {
    const index = new MiniSearch<{ id: number; text: string }>(MINI_OPTIONS);
    index.addAll(passages(corpus));
    return [JSON.stringify(index)];
  },
  load(texts) {
    const index = MiniSearch.loadJSON(texts[0]!, MINI_OPTIONS);
    return {
      search: ({ text, edits }) =>
        index.search(text, { prefix: true, fuzzy: edits > 1 ? edits : edits > 0 ? 0.2 : false, combineWith: 'AND' })
          .length,
    };
  },
};

const FLEX_OPTIONS = { tokenize: 'forward' } as const;

const flexSearchEngine: PeerEngine = {
  name: 'FlexSearch',
  build(corpus) {
    const index = new FlexIndex(FLEX_OPTIONS);
    for (const passage of passages(corpus)) index.add(passage.id, passage.text);
    const parts: Record<string, string> = {};
    void index.export((key: string, data: string) => {
      parts[key] = data;
    });
    return [JSON.stringify(parts)];
  },
  load(texts) {
    const index = new FlexIndex(FLEX_OPTIONS);
    for (const [key, data] of Object.entries(JSON.parse(texts[0]!) as Record<string, string>)) index.import(key, data);
    // FlexSearch has no edit distance: a misspelt query is asked with `suggest` (partial matches).
    return {
      search: ({ text, edits }) => index.search(text, { limit: DEFAULT_SEARCH_LIMIT, suggest: edits > 0 }).length,
    };
  },
};

/** Every peer, in the order the table names them. */
export const PEER_ENGINES: readonly PeerEngine[] = [lunrEngine, miniSearchEngine, flexSearchEngine];
