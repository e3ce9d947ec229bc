import { readFileSync } from 'node:fs';
import { SEED_FILE } from './paths';

/** Collapses every run of whitespace (NBSP included) to one space: "verbatim, whitespace aside". */
export function normalizeSpace(text: string): string {
  return text.replace(/[\s\u00a0]+/gu, ' ').trim();
}

/** The statement as published, read independently of our parser: headings, paragraphs, list items. */
export interface SeedText {
  title: string;
  headings: string[];
  /** Every paragraph and list item, in order, whitespace-normalised, without the bullet. */
  passages: string[];
}

/** The navigation trailer of the web page (test/fixtures/README.md): not part of the statement. */
export const SEED_NAVIGATION = ['Belarusian Diplomatic Missions', "All Missions Belarus' Foreign Ministry", 'Go to'];

/** Reads the seed file the way test/fixtures/README.md describes it. */
export function readSeed(): SeedText {
  const lines = readFileSync(SEED_FILE, 'utf8').split('\n');
  const headings: string[] = [];
  const passages: string[] = [];
  for (const line of lines.slice(1)) {
    if (line.trim() === '' || SEED_NAVIGATION.includes(line.trim())) continue;
    if (/^[\s\u00a0]/u.test(line)) passages.push(normalizeSpace(line.trim().replace(/^•\s*/u, '')));
    else headings.push(normalizeSpace(line));
  }
  return { title: normalizeSpace(lines[0]!), headings, passages };
}
