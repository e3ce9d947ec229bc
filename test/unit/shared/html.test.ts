import { describe, expect, it } from 'vitest';
import { escapeHtml } from '../../../src/shared/html';

describe('escapeHtml', () => {
  it('turns the five characters that can end text or an attribute into character references', () => {
    expect(escapeHtml(`<b title="x" lang='y'>Ministry & Co</b>`)).toBe(
      '&#60;b title=&#34;x&#34; lang=&#39;y&#39;&#62;Ministry &#38; Co&#60;/b&#62;',
    );
  });

  it('leaves every other character as it is, curly quotes and non-Latin letters included', () => {
    const text = 'Council’s “mechanisms” — Беларусь, 人人';
    expect(escapeHtml(text)).toBe(text);
  });
});
