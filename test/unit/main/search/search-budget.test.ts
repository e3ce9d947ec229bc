/**
 * Bounded work: a search never freezes main. A prefix or fuzzy word stands for a capped number of
 * words, and a search that runs out of its time budget answers with what it found so far and says so.
 */
import { describe, expect, it } from 'vitest';
import { CorpusStore } from '../../../../src/main/corpus/corpus-store';
import { loadCorpus } from '../../../../src/main/library/load-library';
import { MAX_FUZZY_WORDS, MAX_PREFIX_TERMS, SearchBudget } from '../../../../src/main/search/search-budget';
import { SearchService } from '../../../../src/main/search/search-service';
import type { SearchResponse } from '../../../../src/shared/contract/search';
import { openTempReader, sourceDocument } from '../../../support/temp-corpus';

/** 676 three-letter words `xaa` … `xzz`, each alone in its own paragraph. */
const LETTERS = 'abcdefghijklmnopqrstuvwxyz';
const WORDS = [...LETTERS].flatMap((a) => [...LETTERS].map((b) => `x${a}${b}`));
const reader = openTempReader({
  'words.md': sourceDocument('words', 'Many words', [{ title: 'Words', paragraphs: WORDS.map((word) => `${word} .`) }]),
});

function answer(service: SearchService, query: string): SearchResponse {
  const result = service.search(query, { limit: 500 });
  if (!result.ok) throw new Error(result.error.message);
  return result.value;
}

describe('expansion caps', () => {
  it(`lets a prefix stand for at most ${MAX_PREFIX_TERMS} words, and says so`, () => {
    const found = answer(reader.services.search, 'x*');
    expect(WORDS.length).toBeGreaterThan(MAX_PREFIX_TERMS);
    // Some of the words share a stem, so the terms kept cover a few more paragraphs than there are terms.
    expect(found.total).toBeGreaterThanOrEqual(MAX_PREFIX_TERMS);
    expect(found.total).toBeLessThan(WORDS.length - 100);
    expect(found.notice).toMatch(/“x\*” matches too many words: only the closest were searched/);
    // A narrower prefix is not capped.
    expect(answer(reader.services.search, 'xa*')).toMatchObject({ total: 26, notice: null });
  });

  it(`lets a fuzzy word stand for at most ${MAX_FUZZY_WORDS} other words, and says so`, () => {
    const found = answer(reader.services.search, 'xaa~2');
    expect(found.total).toBe(MAX_FUZZY_WORDS + 1);
    expect(found.notice).toMatch(/“xaa~2” matches too many words/);
    expect(answer(reader.services.search, 'xaa~1').notice).toBeNull();
  });
});

describe('the time budget', () => {
  it('answers with what was found so far, and a notice, once the budget is spent', () => {
    const { shards } = loadCorpus(reader.corpusDir);
    // A clock that advances one millisecond each time it is read: the budget runs out after a few postings.
    let now = 0;
    const tight = new SearchService(shards, new CorpusStore(reader.services.store.file), {
      timeBudgetMs: 40,
      clock: () => now++,
    });
    const cut = answer(tight, 'xa* xb* xc* xd* xe* xf*');
    expect(cut.notice).toMatch(/took too long and was stopped: these are the passages found so far/);
    const whole = answer(reader.services.search, 'xa* xb* xc* xd* xe* xf*');
    expect(whole.notice).toBeNull();
    expect(cut.total).toBeGreaterThan(0);
    expect(cut.total).toBeLessThan(whole.total);
    const wholePlaces = new Set(whole.hits.map((hit) => hit.paragraphId));
    for (const hit of cut.hits) expect(wholePlaces.has(hit.paragraphId)).toBe(true);
  });

  it('shares a part of the time left with one step, whose end does not end the search', () => {
    let now = 0;
    const budget = new SearchBudget(20, () => now);
    now = 10;
    const step = budget.share(0.5); // 5 of the 10 left
    now = 14;
    expect(step.spent()).toBe(false);
    now = 15;
    expect(step.spent()).toBe(true);
    expect(budget.spent()).toBe(false);
    expect(budget.cut).toBe(false);
    now = 20;
    expect(budget.spent()).toBe(true);
    expect(budget.share(0.5).spent()).toBe(true);
  });

  it('is counted once spent: every later look says so', () => {
    let now = 0;
    const budget = new SearchBudget(3, () => now);
    expect(budget.spent()).toBe(false);
    now = 3;
    expect(budget.spent()).toBe(true);
    now = 0;
    expect(budget.spent()).toBe(true);
    expect(budget.cut).toBe(true);
  });
});
