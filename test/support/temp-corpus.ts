/**
 * Builds a small corpus from Markdown written by a test, in a temporary folder, with the real
 * corpus build (scripts/corpus-files.ts): for behaviour the bundled statement does not show
 * (Unicode hyphens, other scripts, many sections).
 */
import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { buildCorpus } from '../../scripts/corpus-files';
import { openTestReader, type TestReader } from './reader-services';

/** A section of a test document: a heading and its paragraphs (a paragraph may end with list items). */
export interface TestSection {
  title: string;
  paragraphs: (string | { text: string; items: string[] })[];
}

/** Writes one source document in our format (resources/documents/*.md). */
export function sourceDocument(id: string, title: string, sections: TestSection[]): string {
  const lines = ['---', `id: ${id}`, `title: ${JSON.stringify(title)}`, 'issuer: Test issuer', 'language: en', 'provenance: Written by a test.', '---', ''];
  for (const section of sections) {
    lines.push(`## ${section.title}`, '');
    for (const paragraph of section.paragraphs) {
      if (typeof paragraph === 'string') lines.push(paragraph, '');
      else lines.push(paragraph.text, ...paragraph.items.map((item) => `- ${item}`), '');
    }
  }
  return lines.join('\n');
}

/** A reader over a corpus built from `files` (name → Markdown); `remove` deletes the folder. */
export function openTempReader(files: Record<string, string>): TestReader & { folder: string; corpusDir: string; remove: () => void } {
  const folder = mkdtempSync(join(tmpdir(), 'reader-test-'));
  const documentsDir = join(folder, 'documents');
  const corpusDir = join(folder, 'corpus');
  mkdirSync(documentsDir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(documentsDir, name), content);
  buildCorpus(documentsDir, corpusDir);
  return { ...openTestReader(corpusDir), folder, corpusDir, remove: () => rmSync(folder, { recursive: true, force: true }) };
}
