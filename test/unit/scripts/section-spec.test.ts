import { describe, expect, it } from 'vitest';
import { parseSectionSpec } from '../../../scripts/section-spec';

const SECTIONS = [
  { number: 1, id: 'opening-statement' },
  { number: 2, id: 'treaty-bodies' },
  { number: 3, id: 'ohchr' },
  { number: 4, id: 'council-mechanisms' },
  { number: 5, id: '2015-2020' },
];
const ids = (spec: string) => parseSectionSpec(spec, SECTIONS, 'doc');

describe('parseSectionSpec: what --sections accepts', () => {
  it.each([
    ['2', ['treaty-bodies']],
    ['1,3-4', ['opening-statement', 'ohchr', 'council-mechanisms']],
    ['4-3', ['ohchr', 'council-mechanisms']],
    [' 3 – 4 , 1 ', ['opening-statement', 'ohchr', 'council-mechanisms']],
    ['council-mechanisms,1', ['opening-statement', 'council-mechanisms']],
    ['OHCHR, Opening-Statement', ['opening-statement', 'ohchr']],
    ['2,2,treaty-bodies', ['treaty-bodies']],
    ['2015-2020', ['2015-2020']],
    ['1-5', SECTIONS.map((section) => section.id)],
  ])('%j names %j, in document order, each once', (spec, expected) => {
    expect(ids(spec)).toEqual({ ok: true, sectionIds: expected });
  });

  it.each(['all', 'ALL', 'All', '1,all'])('%j is the whole document', (spec) => {
    expect(ids(spec)).toEqual({ ok: true, sectionIds: 'all' });
  });

  it('names every section it cannot find, and says how sections are named', () => {
    expect(ids('1,7,nope,3-9')).toEqual({
      ok: false,
      message:
        "Document 'doc' has no sections '7', 'nope', '3-9'. Name sections by number (1–5), by id, or as a range such as 1,3-4; `reader sections` lists them.",
    });
    expect(ids('0')).toMatchObject({
      ok: false,
      message: expect.stringMatching(/^Document 'doc' has no section '0'\./),
    });
  });

  it('refuses a spec that names nothing', () => {
    expect(ids(' , ')).toMatchObject({ ok: false, message: expect.stringMatching(/^--sections names no section\./) });
  });
});
