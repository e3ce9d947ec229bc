/**
 * Queries a reader would type over the bundled library (the statement and the Universal Declaration
 * in its languages), each with the passage a reader would want first, judged by hand by reading the
 * documents (the reason is written beside each). Searched through the real services built from
 * resources/documents, with the default ranking weights, then with each weight set to 0: the
 * queries marked as needing a weight must rank differently without it, so removing a boost fails
 * this file.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCorpus } from '../../../../scripts/corpus-files';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { DEFAULT_RANKING_WEIGHTS, type RankingWeights } from '../../../../src/main/search/ranking-weights';
import { SearchService } from '../../../../src/main/search/search-service';
import type { SearchHit } from '../../../../src/shared/contract';
import { DOCUMENTS_DIR, STATEMENT_ID } from '../../../support/paths';
import { removeTempDirs, tempDir } from '../../../support/temp-folders';

/** A ranking signal a judged query depends on: without it, its first hit is not the one judged best. */
type Weight = keyof RankingWeights;

/** A hand-judged query: the passage (document, section, and paragraph when one is clearly the answer) a reader wants first. */
interface Judged {
  query: string;
  /** Only the statement (by default the whole library is searched). */
  statementOnly?: boolean;
  first: { documentId: string; sectionId: string; paragraphId?: string };
  /** The weights this query needs (it ranks another passage first without them). */
  needs: Weight[];
  why: string;
}

const TREATY_BODIES = 'cooperation-with-human-rights-treaty-bodies';
const OFFICE = 'cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
const COUNCIL = 'cooperation-with-the-human-rights-council-mechanisms';
const BILATERAL = 'bilateral-human-rights-dialogues';
const OPENING = 'opening-statement';
const statement = (sectionId: string, paragraphId?: string) => ({ documentId: STATEMENT_ID, sectionId, paragraphId });
const udhr = (language: string, sectionId: string) => ({ documentId: `udhr-${language}`, sectionId });

const JUDGED: Judged[] = [
  {
    query: 'treaty bodies',
    first: statement(TREATY_BODIES, 'p1'),
    needs: [],
    why: 'the section about the treaty bodies, not the training course "on reporting to treaty bodies"',
  },
  {
    query: 'human rights council',
    first: statement(COUNCIL),
    needs: ['sectionTitle'],
    why: 'the section headed "…Human Rights Council’s mechanisms", before the opening statement that names the Council once',
  },
  {
    query: 'dialogue',
    first: statement(BILATERAL, 'p1'),
    needs: ['sectionTitle'],
    why: 'the section headed "Bilateral human rights dialogues", before "dialogue platforms" mentioned in passing',
  },
  {
    query: 'mechanisms',
    first: statement(COUNCIL),
    needs: ['sectionTitle'],
    why: 'the section about the Council’s mechanisms, before the opening statement’s "cooperative mechanisms"',
  },
  {
    query: 'council mechanisms',
    first: statement(COUNCIL),
    needs: [],
    why: 'both words of the heading, before the opening statement’s "cooperative mechanisms … in the Human Rights Council"',
  },
  {
    query: 'office of the high commissioner',
    first: statement(OFFICE, 'p2'),
    needs: ['sectionTitle'],
    why: 'the section headed "…Office of the UN High Commissioner…", though none of its passages holds every word, before the opening statement’s mention of the Office',
  },
  {
    query: 'cooperation with the council',
    first: statement(COUNCIL),
    needs: ['sectionTitle'],
    why: 'the section headed "Cooperation with the Human Rights Council’s mechanisms", before "cooperative mechanisms … in the Human Rights Council"',
  },
  {
    query: 'high commissioner visit',
    first: statement(OFFICE, 'p2'),
    needs: [],
    why: '"invited the High Commissioner to pay a visit"',
  },
  {
    query: 'special rapporteur',
    first: statement(COUNCIL, 'p6'),
    needs: [],
    why: 'the list of the nine special rapporteurs invited',
  },
  {
    query: 'universal periodic review',
    first: statement(COUNCIL, 'p1'),
    needs: [],
    why: 'the passage about the UPR, before the opening statement that names it in a list',
  },
  {
    query: 'training course',
    first: statement(OFFICE, 'p5'),
    needs: [],
    why: '"a training course for state authorities", the passage about one course',
  },
  {
    query: 'human development',
    first: statement(OPENING, 'p5'),
    needs: ['proximity'],
    why: '"Human Development Report", "Human Development Index", before the Declaration’s "full development of the human personality"',
  },
  {
    query: 'have not visited',
    first: statement(COUNCIL, 'p5'),
    needs: ['stopWord'],
    why: '"have not visited such problematic countries", before "invited the High Commissioner to pay a visit"',
  },
  {
    query: 'on human rights',
    statementOnly: true,
    first: statement(OPENING, 'p3'),
    needs: ['stopWord'],
    why: '"statements on human rights issues", the words as typed',
  },
  {
    query: 'freedom of movement',
    first: udhr('eng', 'article-13'),
    needs: [],
    why: 'Article 13: "the right to freedom of movement and residence"',
  },
  {
    query: 'right to education',
    first: udhr('eng', 'article-26'),
    needs: [],
    why: 'Article 26: "Everyone has the right to education", before the statement’s rapporteur on the right to education',
  },
  {
    query: 'cultural rights',
    first: udhr('eng', 'article-22'),
    needs: ['proximity'],
    why: 'Article 22: "economic, social and cultural rights", before Article 27’s "cultural life" and "rights" sentences apart',
  },
  {
    query: 'human dignity',
    first: udhr('eng', 'article-23'),
    needs: ['proximity'],
    why: 'Article 23: "an existence worthy of human dignity", before Article 1’s "human beings … equal in dignity"',
  },
  {
    query: 'arbitrary arrest',
    first: udhr('eng', 'article-9'),
    needs: [],
    why: 'Article 9: "No one shall be subjected to arbitrary arrest"',
  },
  {
    query: 'свобода мысли',
    first: udhr('rus', 'article-18'),
    needs: [],
    why: 'Article 18 in Russian: "право на свободу мысли"',
  },
  {
    query: 'droit à l’éducation',
    first: udhr('fra', 'article-26'),
    needs: [],
    why: 'Article 26 in French: "Toute personne a droit à l’éducation"',
  },
];

const WEIGHTS: Weight[] = ['proximity', 'sectionTitle', 'stopWord'];

let corpusDir: string;
const services = new Map<string, SearchService>();
/** A search service over the library with `weights` (one per set of weights, each with its own shards). */
function serviceWith(weights: RankingWeights): SearchService {
  const key = JSON.stringify(weights);
  let service = services.get(key);
  if (!service) {
    const { corpus, shards } = loadCorpus(corpusDir);
    service = new SearchService(shards, new CorpusStore(corpus), {}, weights);
    services.set(key, service);
  }
  return service;
}

beforeAll(() => {
  corpusDir = tempDir('reader-ranking-');
  buildCorpus(DOCUMENTS_DIR, corpusDir);
});
afterAll(removeTempDirs);

/** The first hit of a judged query. */
function firstHit(service: SearchService, judged: Judged): SearchHit | undefined {
  const result = service.search(judged.query, judged.statementOnly ? { documentId: STATEMENT_ID } : {});
  if (!result.ok) throw new Error(`${judged.query}: ${result.error.message}`);
  return result.value.hits[0];
}

/** True when the first hit is the passage judged best. */
function ranksAsJudged(service: SearchService, judged: Judged): boolean {
  const hit = firstHit(service, judged);
  const { documentId, sectionId, paragraphId } = judged.first;
  return (
    hit?.documentId === documentId &&
    hit.sectionId === sectionId &&
    (paragraphId === undefined || hit.paragraphId === paragraphId)
  );
}

describe('hand-judged queries over the statement and the bundled library', () => {
  it.each(JUDGED)('ranks first what a reader wants for $query: $why', (judged) => {
    const hit = firstHit(serviceWith(DEFAULT_RANKING_WEIGHTS), judged);
    expect({ documentId: hit?.documentId, sectionId: hit?.sectionId, paragraphId: hit?.paragraphId }).toEqual({
      ...judged.first,
      paragraphId: judged.first.paragraphId ?? hit?.paragraphId,
    });
  });

  it.each(WEIGHTS)('ranks some of them differently with the %s weight at 0: each boost matters', (weight) => {
    const without = serviceWith({ ...DEFAULT_RANKING_WEIGHTS, [weight]: 0 });
    const needing = JUDGED.filter((judged) => judged.needs.includes(weight)).map((judged) => judged.query);
    const failing = JUDGED.filter((judged) => !ranksAsJudged(without, judged)).map((judged) => judged.query);
    expect(needing.length).toBeGreaterThan(0);
    expect(failing).toEqual(expect.arrayContaining(needing));
  });
});
