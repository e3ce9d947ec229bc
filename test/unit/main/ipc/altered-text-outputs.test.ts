// @vitest-environment jsdom
// (jsdom only parses the composed print document so that assertions can query it.)
/**
 * Every output tells the truth about the text it holds: with a corpus changed after it was built,
 * the citation, the Markdown export, About and the print document name the hash of the text as
 * loaded (never the stamped one) and say that it does not match the published document. The
 * pages of a real PDF are read back in test/e2e/export-cli.test.ts.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ALTERED_TEXT_LINE } from '../../../../src/main/corpus/altered-text-notice';
import { shortFingerprint } from '../../../../src/shared/fingerprint';
import type { ExportPorts } from '../../../../src/main/export/export-ports';
import type { PrintSettings } from '../../../../src/main/export/print-settings';
import type { CorpusCatalog } from '../../../../src/shared/corpus-types';
import { documentPath } from '../../../../src/main/corpus/corpus-loader';
import { openTestReader } from '../../../support/reader-services';
import { copyOfCorpus } from '../../../support/temp-corpus';
import { tempDir } from '../../../support/temp-folders';

const DOC = 'belarus-un-human-rights-cooperation';
const DIALOGUES = 'bilateral-human-rights-dialogues';

/**
 * A copy of the corpus where "officially invited" became "never invited" in the statement's file,
 * the catalog (its hash of the statement, and its stamp) left as built.
 */
function alteredCorpus(): { dir: string; stampedHash: string } {
  const dir = copyOfCorpus();
  const path = documentPath(dir, DOC);
  const original = readFileSync(path, 'utf8');
  expect(original).toContain('officially invited');
  writeFileSync(path, original.replace('officially invited', 'never invited'));
  const catalog = JSON.parse(readFileSync(join(dir, 'corpus.json'), 'utf8')) as CorpusCatalog;
  return { dir, stampedHash: catalog.stamp.contentHash };
}

/** Export ports that keep the composed document (what the PDF renderer and the printer receive). */
function recordingPorts(): { ports: ExportPorts; printed: { html: string; settings: PrintSettings }[] } {
  const printed: { html: string; settings: PrintSettings }[] = [];
  const folder = tempDir();
  return {
    printed,
    ports: {
      renderer: { renderPdf: async () => new Uint8Array() },
      printer: {
        print: async (html, settings) => {
          printed.push({ html, settings });
          return 'printed';
        },
      },
      savePath: { chooseSavePath: async (name) => join(folder, name) },
    },
  };
}

describe('outputs of a text that does not match the published document', () => {
  it('are made from the text as loaded, named by its own hash, and say so on every page', async () => {
    const { dir, stampedHash } = alteredCorpus();
    const { ports, printed } = recordingPorts();
    const reader = openTestReader(dir, { exporter: ports });
    const { integrity } = reader.services.status;
    expect(integrity.verified).toBe(false);
    expect(integrity.actualHash).not.toBe(stampedHash);
    const printing = await reader.api.printExport({
      documentId: DOC,
      sectionIds: 'all',
      options: { paper: 'A4', tableOfContents: true, paragraphNumbers: false },
    });
    expect(printing.ok).toBe(true);
    const [{ html, settings }] = printed as [{ html: string; settings: PrintSettings }];
    expect(html).toContain('never invited');
    expect(html).toContain(integrity.actualHash);
    expect(settings.shortContentHash).toBe(shortFingerprint(integrity.actualHash));
    expect(settings.running.contentNote).toBe(`Content ${shortFingerprint(integrity.actualHash)}`);
    const dom = new DOMParser().parseFromString(html, 'text/html');
    // The stamped hash appears only where the notice names it as the published document's.
    expect(dom.querySelector('.title-block .citation')!.textContent).toContain(integrity.actualHash);
    expect(html.split(stampedHash.slice(0, 12)).length).toBe(2);
    expect(dom.querySelector('.title-block .altered-text')!.textContent).toBe(
      `${ALTERED_TEXT_LINE}: its fingerprint is ${shortFingerprint(integrity.actualHash)}, the published document's is ${shortFingerprint(stampedHash)}.`,
    );
    // The running header of every page (the default @page rule; named pages only change the footer).
    const header = /@page \{[^@]*@top-left \{\s*content: "([^"]*)"/.exec(dom.querySelector('style')!.textContent);
    expect(header![1]!.replace(/\\([0-9a-f]{6}) /g, (_m, hex: string) => String.fromCodePoint(parseInt(hex, 16)))).toBe(
      ALTERED_TEXT_LINE,
    );
  });

  it('cite with the notice, export Markdown with the hash of the text as loaded, and About names that hash', async () => {
    const { dir, stampedHash } = alteredCorpus();
    const reader = openTestReader(dir);
    const { integrity } = reader.services.status;
    const cited = await reader.api.copyCitation({ documentId: DOC, sectionId: DIALOGUES, partId: 'p1' });
    expect(cited.ok).toBe(true);
    const [citation] = reader.clipboard.writes;
    expect(citation!.text.split('\n').at(-1)).toMatch(
      new RegExp(`^${ALTERED_TEXT_LINE}: its fingerprint is ${shortFingerprint(integrity.actualHash)}`),
    );
    expect(citation!.html).toContain(`<strong>${ALTERED_TEXT_LINE}`);
    // A selection's citation carries it too.
    const selected = await reader.api.copyCitation({
      documentId: DOC,
      sectionId: DIALOGUES,
      partId: 'p1',
      selection: { startPart: 'p1', startOffset: 0, endPart: 'p1', endOffset: 7 },
    });
    expect(selected.ok && selected.value.text.split('\n').at(-1)).toMatch(new RegExp(`^${ALTERED_TEXT_LINE}`));

    await reader.api.addBookmark({ documentId: DOC, sectionId: DIALOGUES, paragraphId: 'p1' });
    reader.saveDialog.answer = join(tempDir(), 'notes.md');
    expect((await reader.api.exportBookmarks()).ok).toBe(true);
    const markdown = readFileSync(reader.saveDialog.answer, 'utf8');
    expect(markdown).toContain(`Document content ${shortFingerprint(integrity.actualHash)}`);
    expect(markdown).toContain(`**${ALTERED_TEXT_LINE}: its fingerprint is`);
    expect(markdown.split(stampedHash.slice(0, 12)).length).toBe(2);

    const about = await reader.api.getAbout();
    expect(about.ok && about.value.stamp.contentHash).toBe(integrity.actualHash);
  });

  it('of the published text carry no notice, and the same hash as the stamp', async () => {
    const { ports, printed } = recordingPorts();
    const reader = openTestReader(undefined, { exporter: ports });
    const { stamp } = reader.services.status;
    await reader.api.copyCitation({ documentId: DOC, sectionId: DIALOGUES, partId: 'p1' });
    expect(reader.clipboard.writes[0]!.text).not.toContain(ALTERED_TEXT_LINE);
    await reader.api.printExport({
      documentId: DOC,
      sectionIds: [DIALOGUES],
      options: { paper: 'A4', tableOfContents: false, paragraphNumbers: false },
    });
    expect(printed[0]!.html).not.toContain(ALTERED_TEXT_LINE);
    expect(printed[0]!.html).toContain(stamp.contentHash);
    const about = await reader.api.getAbout();
    expect(about.ok && about.value.stamp).toEqual(stamp);
  });
});
