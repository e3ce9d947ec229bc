/**
 * Addresses with a second language (`?beside=`): parsed and formatted both ways, and kept by
 * `useHashRoute` while the reader stays in the same document, through back and forward.
 */
import { act, renderHook, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { formatRoute, parseRoute, type Route } from '../../../src/renderer/src/app/route';
import { useHashRoute } from '../../../src/renderer/src/app/use-hash-route';

describe('routes with a document beside', () => {
  it('reads and writes ?beside= after the place, with or without a paragraph', () => {
    expect(parseRoute('#/udhr-eng/article-19?beside=udhr-arb')).toEqual({
      documentId: 'udhr-eng',
      sectionId: 'article-19',
      paragraphId: null,
      beside: 'udhr-arb',
    });
    expect(parseRoute('#/udhr-eng/article-23/p3?beside=udhr-rus')).toEqual({
      documentId: 'udhr-eng',
      sectionId: 'article-23',
      paragraphId: 'p3',
      beside: 'udhr-rus',
    });
    expect(
      formatRoute({ documentId: 'udhr-eng', sectionId: 'article-23', paragraphId: 'p3', beside: 'udhr-rus' }),
    ).toBe('#/udhr-eng/article-23/p3?beside=udhr-rus');
    for (const hash of ['#/udhr-eng/preamble?beside=udhr-arb', '#/udhr-arb/article-1/p1?beside=udhr-cmn-hans'])
      expect(formatRoute(parseRoute(hash)!)).toBe(hash);
  });

  it('has no beside without one, for an empty one, and for the document itself', () => {
    const plain = parseRoute('#/udhr-eng/article-19')!;
    expect('beside' in plain).toBe(false);
    expect(formatRoute(plain)).toBe('#/udhr-eng/article-19');
    expect('beside' in parseRoute('#/udhr-eng/article-19?beside=')!).toBe(false);
    expect('beside' in parseRoute('#/udhr-eng/article-19?beside=udhr-eng')!).toBe(false);
    expect(formatRoute({ documentId: 'd', sectionId: 's', paragraphId: null, beside: null })).toBe('#/d/s');
    expect(formatRoute({ documentId: 'd', sectionId: 's', paragraphId: null, beside: 'd' })).toBe('#/d/s');
  });

  it('encodes what it writes and still refuses a place without a section', () => {
    expect(formatRoute({ documentId: 'a b', sectionId: 's', paragraphId: null, beside: 'c&d' })).toBe(
      '#/a%20b/s?beside=c%26d',
    );
    expect(parseRoute('#/a%20b/s?beside=c%26d')!.beside).toBe('c&d');
    expect(parseRoute('#/udhr-eng?beside=udhr-arb')).toBeNull();
  });
});

describe('useHashRoute and the document beside', () => {
  const at = (route: Route | null) => route && formatRoute(route);

  it('keeps the document beside in the same document, swaps with it, drops it in another, and closes it when told', async () => {
    window.location.hash = '#/udhr-eng/article-19?beside=udhr-arb';
    const { result } = renderHook(() => useHashRoute());
    expect(result.current[0]!.beside).toBe('udhr-arb');
    const go = (route: Route) => act(() => result.current[1](route));

    go({ documentId: 'udhr-eng', sectionId: 'article-20', paragraphId: 'p1' });
    await waitFor(() => expect(at(result.current[0])).toBe('#/udhr-eng/article-20/p1?beside=udhr-arb'));
    expect(window.location.hash).toBe('#/udhr-eng/article-20/p1?beside=udhr-arb');

    go({ documentId: 'udhr-eng', sectionId: 'article-20', paragraphId: null, beside: null });
    await waitFor(() => expect(at(result.current[0])).toBe('#/udhr-eng/article-20'));

    go({ documentId: 'udhr-eng', sectionId: 'article-21', paragraphId: null, beside: 'udhr-fra' });
    await waitFor(() => expect(at(result.current[0])).toBe('#/udhr-eng/article-21?beside=udhr-fra'));
    // A move to the document beside (a search result in it) swaps the two.
    go({ documentId: 'udhr-fra', sectionId: 'article-2', paragraphId: 'p1' });
    await waitFor(() => expect(at(result.current[0])).toBe('#/udhr-fra/article-2/p1?beside=udhr-eng'));
    go({ documentId: 'udhr-rus', sectionId: 'article-1', paragraphId: null });
    await waitFor(() => expect(at(result.current[0])).toBe('#/udhr-rus/article-1'));
  });

  it('gives back, through the history, the document beside each place had', async () => {
    window.location.hash = '#/udhr-eng/article-19';
    const { result } = renderHook(() => useHashRoute());
    act(() =>
      result.current[1]({ documentId: 'udhr-eng', sectionId: 'article-19', paragraphId: null, beside: 'udhr-arb' }),
    );
    await waitFor(() => expect(result.current[0]!.beside).toBe('udhr-arb'));
    act(() => window.history.back());
    await waitFor(() => expect(at(result.current[0])).toBe('#/udhr-eng/article-19'));
    act(() => window.history.forward());
    await waitFor(() => expect(at(result.current[0])).toBe('#/udhr-eng/article-19?beside=udhr-arb'));
  });
});
