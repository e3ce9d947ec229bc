import { cpSync, mkdirSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { buildCorpus } from '../../scripts/corpus-files';
import { CORPUS_DIR } from './paths';
import { openTestReader, type TestReader } from './reader-services';
import { tempDir } from './temp-folders';

/** A temporary copy of the generated corpus folder, to damage without touching the real one. */
export function copyOfCorpus(): string {
  const dir = tempDir('reader-corpus-');
  cpSync(CORPUS_DIR, dir, { recursive: true });
  return dir;
}

/** A section of a test document: a heading and its paragraphs (a paragraph may end with list items). */
export interface TestSection {
  title: string;
  paragraphs: (string | { text: string; items: string[] })[];
}

/** Writes one source document in our format (resources/documents/*.md). */
export function sourceDocument(id: string, title: string, sections: TestSection[]): string {
  const lines = [
    '---',
    `id: ${id}`,
    `title: ${JSON.stringify(title)}`,
    'issuer: Test issuer',
    'language: en',
    'provenance: Written by a test.',
    '---',
    '',
  ];
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
export function openTempReader(
  files: Record<string, string>,
): TestReader & { folder: string; corpusDir: string; remove: () => void } {
  const folder = tempDir('reader-test-');
  const documentsDir = join(folder, 'documents');
  const corpusDir = join(folder, 'corpus');
  mkdirSync(documentsDir);
  for (const [name, content] of Object.entries(files)) writeFileSync(join(documentsDir, name), content);
  buildCorpus(documentsDir, corpusDir);
  return {
    ...openTestReader(corpusDir),
    folder,
    corpusDir,
    remove: () => rmSync(folder, { recursive: true, force: true }),
  };
}
