import { describe, expect, it } from 'vitest';
import { MAX_QUERY_LENGTH } from '../../../src/shared/contract';
import { fitQuery } from '../../../src/shared/query-limit';

describe('fitQuery: an over-long query is cut, and the reader told', () => {
  it('leaves a query within the limit alone', () => {
    const query = 'x'.repeat(MAX_QUERY_LENGTH);
    expect(fitQuery(query)).toEqual({ query, notice: null });
  });

  it('cuts at the end of the last whole word and says how much was searched', () => {
    const query = `${'treaty '.repeat(150)}bodies`; // 1,056 characters
    const fitted = fitQuery(query);
    expect(fitted.query.length).toBeLessThanOrEqual(MAX_QUERY_LENGTH);
    expect(fitted.query).toMatch(/^(treaty )+treaty$/);
    expect(fitted.notice).toBe('Only the first 1,000 characters of the query were searched (it had 1,056).');
  });

  it('keeps a word that ends exactly at the limit, and cuts a query of one long word where it must', () => {
    expect(fitQuery('abc def', 3).query).toBe('abc');
    expect(fitQuery('abcdef', 3).query).toBe('abc');
  });

  it('never leaves half of a character made of two UTF-16 units', () => {
    expect(fitQuery('ab😀c', 3).query).toBe('ab');
  });
});
