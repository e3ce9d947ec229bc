import { readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createDispatcher } from '../../../../src/main/ipc/ipc-dispatcher';
import { createReaderHandlers } from '../../../../src/main/ipc/reader-handlers';
import { createUserHandlers, appOnlyChannelsUnavailable } from '../../../../src/main/ipc/user-handlers';
import { locateParagraph } from '../../../../src/main/corpus/citation-source';
import { MAX_COPY_LENGTH, type Citation, type TextSelection } from '../../../../src/shared/contract';
import { APP_INFO, openTestReader, TRUSTED_SENDER } from '../../../support/reader-services';
import { tempDir } from '../../../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const MECHANISMS = 'cooperation-with-the-human-rights-council-mechanisms';
const DIALOGUES = 'bilateral-human-rights-dialogues';
const ISSUER_AND_TITLE =
  '— Ministry of Foreign Affairs of the Republic of Belarus, [Statement of the Republic of Belarus on cooperation with the UN human rights system] (headed “The United Nations High Commissioner for Human Rights”)';

function paragraph(sectionId: string, paragraphId: string) {
  const reader = openTestReader();
  return locateParagraph(reader.services.store, DOC, sectionId, paragraphId)!.paragraph;
}

describe('copy with citation', () => {
  it('puts the paragraph, verbatim and quoted, with its citation on the clipboard as text and HTML', async () => {
    const reader = openTestReader();
    const result = await reader.api.copyCitation({ documentId: DOC, sectionId: DIALOGUES, partId: 'p2' });
    expect(result.ok).toBe(true);
    const text = paragraph(DIALOGUES, 'p2').text;
    expect(reader.clipboard.writes).toHaveLength(1);
    const [written] = reader.clipboard.writes as [Citation];
    expect(written.text).toBe(
      `“${text}”\n${ISSUER_AND_TITLE}, section 5 “Bilateral human rights dialogues.”, paragraph 2.`,
    );
    expect(written.html).toContain('<cite>The United Nations High Commissioner for Human Rights</cite>');
    expect(result.ok && result.value).toEqual(written);
  });

  it('cites a list item by paragraph and item number', async () => {
    const reader = openTestReader();
    await reader.api.copyCitation({ documentId: DOC, sectionId: MECHANISMS, partId: 'p6-i4' });
    expect(reader.clipboard.writes[0]!.text).toBe(
      `“Special rapporteur on the human rights of migrants;”\n${ISSUER_AND_TITLE}, section 4 “Cooperation with the Human Rights Council’s mechanisms”, paragraph 6, item 4.`,
    );
  });

  it('refuses unknown parts and malformed requests, and writes nothing', async () => {
    const reader = openTestReader();
    const unknown = await reader.api.copyCitation({ documentId: DOC, sectionId: DIALOGUES, partId: 'p99' });
    expect(unknown).toEqual({ ok: false, error: { code: 'not-found', message: expect.stringContaining("'p99'") } });
    const malformed = await reader.dispatch(TRUSTED_SENDER, 'citation:copy', {
      documentId: DOC,
      sectionId: DIALOGUES,
      partId: 'p1',
      text: 'forged',
    });
    expect(malformed.ok || malformed.error.code).toBe('invalid-request');
    expect(reader.clipboard.writes).toEqual([]);
  });

  it('says so when the clipboard cannot be written', async () => {
    const reader = openTestReader();
    const user = createUserHandlers(reader.services, {
      userData: reader.userData,
      events: reader.events,
      clipboard: { write: async () => Promise.reject(new Error('clipboard busy')) },
      saveDialog: reader.saveDialog,
      app: APP_INFO,
    });
    const result = await user['citation:copy']({ documentId: DOC, sectionId: DIALOGUES, partId: 'p1' });
    expect(result).toEqual({
      ok: false,
      error: { code: 'io-failed', message: 'The citation could not be put on the clipboard (clipboard busy).' },
    });
  });
});

describe('copy with citation of a selection', () => {
  const TREATY = 'cooperation-with-human-rights-treaty-bodies';
  const OFFICE = 'cooperation-with-the-office-of-the-un-high-commissioner-for-human-rights';
  const cite = async (sectionId: string, selection: TextSelection) => {
    const reader = openTestReader();
    const result = await reader.api.copyCitation({
      documentId: DOC,
      sectionId,
      partId: selection.startPart,
      selection,
    });
    return { result, written: reader.clipboard.writes };
  };

  it('quotes the selected words verbatim, with an ellipsis where they start or end inside a sentence', async () => {
    // "Belarus is a party to almost all the core international human rights treaties and strives…"
    const text = paragraph(TREATY, 'p1').text;
    const from = text.indexOf('almost all');
    const { written } = await cite(TREATY, {
      startPart: 'p1',
      startOffset: from,
      endPart: 'p1',
      endOffset: text.indexOf(' and strives'),
    });
    expect(written[0]!.text).toBe(
      `“…almost all the core international human rights treaties…”\n${ISSUER_AND_TITLE}, section 2 “Cooperation with human rights treaty bodies”, paragraph 1.`,
    );
  });

  it('quotes a whole sentence without ellipses, and widens a selection cut inside a word to the whole word', async () => {
    const text = paragraph(OFFICE, 'p4').text;
    const sentence = 'In October 2017 a needs-assessment mission of OHCHR visited Minsk.';
    const from = text.indexOf(sentence);
    const whole = await cite(OFFICE, {
      startPart: 'p4',
      startOffset: from,
      endPart: 'p4',
      endOffset: from + sentence.length,
    });
    expect(whole.written[0]!.text.split('\n')[0]).toBe(`“${sentence}”`);
    // "ctober 2017 a nee" → "…October 2017 a needs…"
    const cut = await cite(OFFICE, { startPart: 'p4', startOffset: from + 4, endPart: 'p4', endOffset: from + 20 });
    expect(cut.written[0]!.text.split('\n')[0]).toBe('“…October 2017 a needs…”');
  });

  it('cites a selection across paragraphs as the range “paragraphs 3–4”, each paragraph on a line of its own', async () => {
    const third = paragraph(TREATY, 'p3').text;
    const { written } = await cite(TREATY, {
      startPart: 'p2',
      startOffset: 0,
      endPart: 'p3',
      endOffset: third.indexOf(' in October 2016'),
    });
    const lines = written[0]!.text.split('\n');
    expect(lines[0]).toBe('“Currently, Belarus has no delays in reporting.');
    expect(lines[1]).toBe(`${third.slice(0, third.indexOf(' in October 2016'))}…”`);
    expect(lines[2]).toMatch(/, section 2 “Cooperation with human rights treaty bodies”, paragraphs 2–3\.$/);
    expect(written[0]!.html).toContain('<p>“Currently, Belarus has no delays in reporting.</p><p>From 2016');
  });

  it('cites list items by their numbers: “paragraph 6, items 2–3”', async () => {
    const { written } = await cite(MECHANISMS, {
      startPart: 'p6-i2',
      startOffset: 0,
      endPart: 'p6-i3',
      endOffset: 'Special rapporteur on violence against women'.length,
    });
    expect(written[0]!.text.split('\n')).toEqual([
      '• “Special rapporteur on the right of everyone to the enjoyment of the highest attainable standard of physical and mental health;',
      '• Special rapporteur on violence against women…”',
      expect.stringMatching(/, paragraph 6, items 2–3\.$/),
    ]);
  });

  it('refuses a selection that does not fit the text, and writes nothing', async () => {
    const reader = openTestReader();
    const base = { documentId: DOC, sectionId: TREATY, partId: 'p1' };
    const cases: [TextSelection, RegExp][] = [
      [{ startPart: 'p1', startOffset: 0, endPart: 'p9', endOffset: 3 }, /'p9'/],
      [{ startPart: 'p1', startOffset: 0, endPart: 'p1', endOffset: 10_000 }, /past the end/],
      [{ startPart: 'p1', startOffset: 20, endPart: 'p1', endOffset: 10 }, /end after it starts/],
      [{ startPart: 'p2', startOffset: 0, endPart: 'p1', endOffset: 10 }, /start in the part it cites/],
      [{ startPart: 'p1', startOffset: 7, endPart: 'p1', endOffset: 8 }, /no words/],
    ];
    for (const [selection, message] of cases) {
      const result = await reader.api.copyCitation({ ...base, selection });
      expect(result.ok || result.error.message).toMatch(message);
    }
    const forged = await reader.dispatch(TRUSTED_SENDER, 'citation:copy', {
      ...base,
      selection: { startPart: 'p1', startOffset: 0, endPart: 'p1', endOffset: 5, text: 'forged words' },
    });
    expect(forged.ok || forged.error.code).toBe('invalid-request');
    const negative = await reader.dispatch(TRUSTED_SENDER, 'citation:copy', {
      ...base,
      selection: { startPart: 'p1', startOffset: -1, endPart: 'p1', endOffset: 5.5 },
    });
    expect(negative.ok || negative.error.code).toBe('invalid-request');
    expect(reader.clipboard.writes).toEqual([]);
  });
});

describe('plain copy', () => {
  it('puts exactly the given text on the clipboard, as plain text only', async () => {
    const reader = openTestReader();
    const result = await reader.api.copyText({ text: 'Belarus holds dialogues\nwith the EU.' });
    expect(result).toEqual({ ok: true, value: null });
    expect(reader.clipboard.writes).toEqual([{ text: 'Belarus holds dialogues\nwith the EU.' }]);
  });

  it('refuses empty, over-long or malformed requests and writes nothing', async () => {
    const reader = openTestReader();
    for (const payload of [
      { text: '' },
      { text: 'x'.repeat(MAX_COPY_LENGTH + 1) },
      { text: 3 },
      { text: 'a', html: '<b>a</b>' },
    ]) {
      const answer = await reader.dispatch(TRUSTED_SENDER, 'clipboard:copy-text', payload);
      expect(answer.ok || answer.error.code).toBe('invalid-request');
    }
    expect(reader.clipboard.writes).toEqual([]);
  });

  it('says so when the clipboard cannot be written', async () => {
    const reader = openTestReader();
    const user = createUserHandlers(reader.services, {
      userData: reader.userData,
      events: reader.events,
      clipboard: { write: async () => Promise.reject(new Error('clipboard busy')) },
      saveDialog: reader.saveDialog,
      app: APP_INFO,
    });
    expect(await user['clipboard:copy-text']({ text: 'words' })).toEqual({
      ok: false,
      error: { code: 'io-failed', message: 'The text could not be put on the clipboard (clipboard busy).' },
    });
  });

  it('is not served outside the app (the command line has no clipboard)', async () => {
    expect(await appOnlyChannelsUnavailable()['clipboard:copy-text']({ text: 'words' })).toMatchObject({
      ok: false,
      error: { code: 'unavailable' },
    });
  });
});

describe('bookmarks over IPC', () => {
  it('bookmarks real paragraphs only, lists them in document order with their place', async () => {
    const reader = openTestReader();
    expect((await reader.api.addBookmark({ documentId: DOC, sectionId: DIALOGUES, paragraphId: 'p7' })).ok).toBe(false);
    await reader.api.addBookmark({ documentId: DOC, sectionId: DIALOGUES, paragraphId: 'p2', note: 'ask the desk' });
    await reader.api.addBookmark({ documentId: DOC, sectionId: MECHANISMS, paragraphId: 'p6' });
    const list = await reader.api.listBookmarks();
    expect(
      list.ok &&
        list.value.map((entry) => [entry.place?.sectionNumber, entry.place?.paragraphNumber, entry.bookmark.note]),
    ).toEqual([
      [4, 6, ''],
      [5, 2, 'ask the desk'],
    ]);
  });

  it('keeps a bookmark whose paragraph has left the document, note included, last in the list', async () => {
    const dir = tempDir('reader-orphan-');
    const orphan = {
      id: 'old',
      documentId: DOC,
      sectionId: 'a-removed-section',
      paragraphId: 'p1',
      note: 'still mine',
      createdAt: 'x',
      updatedAt: 'x',
    };
    writeFileSync(
      join(dir, 'bookmarks.json'),
      JSON.stringify({ kind: 'bookmarks', version: 1, data: { bookmarks: [orphan] } }),
    );
    const reader = openTestReader(undefined, { userDataDir: dir });
    await reader.api.addBookmark({ documentId: DOC, sectionId: DIALOGUES, paragraphId: 'p1' });
    const list = await reader.api.listBookmarks();
    expect(list.ok && list.value.map((entry) => [entry.bookmark.note, entry.place === null])).toEqual([
      ['', false],
      ['still mine', true],
    ]);
  });

  it('rejects a note longer than the limit with a message, and keeps the old note', async () => {
    const reader = openTestReader();
    const added = await reader.api.addBookmark({
      documentId: DOC,
      sectionId: DIALOGUES,
      paragraphId: 'p1',
      note: 'short',
    });
    const id = added.ok ? added.value.bookmark.id : '';
    const tooLong = await reader.api.setBookmarkNote({ id, note: 'x'.repeat(4001) });
    expect(tooLong.ok || tooLong.error.message).toMatch(/at most 4000 characters/);
    const list = await reader.api.listBookmarks();
    expect(list.ok && list.value[0]!.bookmark.note).toBe('short');
  });

  it('exports bookmarks and notes as Markdown where the reader chose, and does nothing on Cancel', async () => {
    const reader = openTestReader(undefined, { now: () => new Date('2026-03-04T05:06:07Z') });
    await reader.api.addBookmark({
      documentId: DOC,
      sectionId: MECHANISMS,
      paragraphId: 'p6',
      note: 'Nine mandate holders:\n- check the list',
    });
    await reader.api.addBookmark({ documentId: DOC, sectionId: DIALOGUES, paragraphId: 'p1' });
    expect(await reader.api.exportBookmarks()).toEqual({ ok: true, value: { saved: false } });
    expect(reader.saveDialog.suggested).toEqual(['bookmarks-2026-03-04.md']);
    const target = join(tempDir('reader-export-'), 'my notes.md');
    reader.saveDialog.answer = target;
    expect(await reader.api.exportBookmarks()).toEqual({
      ok: true,
      value: { saved: true, fileName: 'my notes.md', count: 2 },
    });
    const markdown = readFileSync(target, 'utf8');
    const [, first, second] = markdown.split(/^## /m);
    expect(first).toMatch(/^1\. Section 4 Cooperation with the Human Rights Council’s mechanisms, paragraph 6\n/);
    expect(first).toContain('> “As a sign of its openness, Belarus has issued the invitation to nine mandate holders');
    expect(first).toContain('> • Special rapporteur on the right to education;');
    // Markdown shows the square brackets of the descriptive title only when they are escaped.
    expect(first).toContain(
      `> ${ISSUER_AND_TITLE.replace('[', '\\[').replace(']', '\\]')}, section 4 “Cooperation with the Human Rights Council’s mechanisms”, paragraph 6.`,
    );
    expect(first).toContain('**Note:**\n\nNine mandate holders:\n- check the list\n');
    expect(second).toMatch(/^2\. Section 5 Bilateral human rights dialogues\., paragraph 1\n/);
    expect(markdown).toContain(reader.services.status.stamp.contentHash.slice(0, 12));
  });

  it('reports an export that cannot be written, naming the file', async () => {
    const reader = openTestReader();
    reader.saveDialog.answer = join(tmpdir(), 'no-such-folder-for-reader', 'bookmarks.md');
    const result = await reader.api.exportBookmarks();
    expect(result).toEqual({
      ok: false,
      error: { code: 'io-failed', message: expect.stringContaining('could not be saved as bookmarks.md') },
    });
  });
});

describe('settings and reading position', () => {
  it('keep the reader’s choices across a restart', async () => {
    const first = openTestReader();
    expect(await first.api.getSettings()).toEqual({ ok: true, value: { theme: 'system', textScale: 1 } });
    await first.api.updateSettings({ theme: 'dark' });
    await first.api.updateSettings({ textScale: 1.25 });
    await first.api.saveReadingPosition({ documentId: DOC, sectionId: DIALOGUES, paragraphId: 'p2' });
    const again = openTestReader(undefined, { userDataDir: first.userDataDir });
    expect(await again.api.getSettings()).toEqual({ ok: true, value: { theme: 'dark', textScale: 1.25 } });
    expect(await again.api.getReadingPosition()).toEqual({
      ok: true,
      value: { documentId: DOC, sectionId: DIALOGUES, paragraphId: 'p2' },
    });
  });

  it('refuse values outside the contract and positions outside the document', async () => {
    const reader = openTestReader();
    const scale = await reader.dispatch(TRUSTED_SENDER, 'settings:update', { textScale: 7 });
    expect(scale.ok || scale.error.message).toMatch(/textScale' must be one of 0\.8, 0\.9, 1/);
    const theme = await reader.dispatch(TRUSTED_SENDER, 'settings:update', { theme: 'sepia' });
    expect(theme.ok || theme.error.code).toBe('invalid-request');
    const nowhere = await reader.api.saveReadingPosition({ documentId: DOC, sectionId: 'nowhere', paragraphId: null });
    expect(nowhere.ok || nowhere.error.code).toBe('not-found');
    expect(await reader.api.getReadingPosition()).toEqual({ ok: true, value: null });
  });

  it('tell the window once, through the event stream, that a corrupt settings file was set aside', async () => {
    const dir = tempDir('reader-notice-');
    writeFileSync(join(dir, 'settings.json'), '{"kind":"settings","version":1,"data":{"theme":"dar');
    const reader = openTestReader(undefined, { userDataDir: dir });
    const event = await reader.api.nextEvent();
    expect(event.ok && event.value).toEqual({
      kind: 'notice',
      message: expect.stringMatching(
        /^Your settings file could not be used .* the reader started with the default settings\.$/,
      ),
    });
    expect(await reader.api.getSettings()).toEqual({ ok: true, value: { theme: 'system', textScale: 1 } });
  });
});

describe('without reader data (the command-line companion)', () => {
  it('every user channel answers that it is unavailable', async () => {
    const reader = openTestReader();
    const dispatch = createDispatcher(createReaderHandlers(reader.services, appOnlyChannelsUnavailable()), () => true);
    const result = await dispatch(TRUSTED_SENDER, 'bookmarks:list', undefined);
    expect(result).toEqual({
      ok: false,
      error: { code: 'unavailable', message: expect.stringContaining('only available in the reader app') },
    });
    expect((await dispatch(TRUSTED_SENDER, 'search:query', { query: 'treaty' })).ok).toBe(true);
  });

  it('the about facts name the app, its version, the content stamp and the data folder', async () => {
    const dir = tempDir('reader-about-');
    const reader = openTestReader(undefined, { userDataDir: dir });
    expect(await reader.api.getAbout()).toEqual({
      ok: true,
      value: { ...APP_INFO, stamp: reader.services.status.stamp, userDataDir: dir },
    });
  });
});
