/**
 * What `--sections` accepts: section numbers, section ids and ranges of numbers, separated by
 * commas (`1,3-4`, `2, bilateral-human-rights-dialogues`), or `all`. Letter case does not matter;
 * spaces around commas and dashes, and a dash typed as – or —, are fine; a range written backwards
 * (`4-2`) means the same sections as `2-4`. Pure: the command line resolves the spec against the
 * document's table of contents before it asks for an export.
 */

/** A section as `--sections` can name it. */
export interface NamedSection {
  id: string;
  number: number;
}

/** The sections a spec names (ids in document order, each once, or `all`), or why it names none. */
export type SectionSpecResult = { ok: true; sectionIds: string[] | 'all' } | { ok: false; message: string };

/** Resolves `spec` against `sections` (in document order) of the document `documentId`. */
export function parseSectionSpec(
  spec: string,
  sections: readonly NamedSection[],
  documentId: string,
): SectionSpecResult {
  const hint = `Name sections by number (${numberRange(sections)}), by id, or as a range such as 1,3-4; \`reader sections\` lists them.`;
  const tokens = spec
    .replace(/\s*[-–—]\s*/gu, '-')
    .split(/[\s,]+/u)
    .filter(Boolean);
  if (tokens.length === 0) return { ok: false, message: `--sections names no section. ${hint}` };
  if (tokens.some((token) => token.toLowerCase() === 'all')) return { ok: true, sectionIds: 'all' };
  const byId = new Map(sections.map((section) => [section.id.toLowerCase(), section]));
  const byNumber = new Map(sections.map((section) => [section.number, section]));
  const wanted = new Set<string>();
  const unknown: string[] = [];
  for (const token of tokens) {
    const named = sectionsOf(token, byId, byNumber);
    if (named === null) unknown.push(`'${token}'`);
    else for (const section of named) wanted.add(section.id);
  }
  if (unknown.length > 0) {
    const noun = unknown.length === 1 ? 'section' : 'sections';
    return { ok: false, message: `Document '${documentId}' has no ${noun} ${unknown.join(', ')}. ${hint}` };
  }
  return { ok: true, sectionIds: sections.filter((section) => wanted.has(section.id)).map((section) => section.id) };
}

/** The sections one token names (a number, a range of numbers or an id), or null when it names none that exist. */
function sectionsOf(
  token: string,
  byId: ReadonlyMap<string, NamedSection>,
  byNumber: ReadonlyMap<number, NamedSection>,
): NamedSection[] | null {
  const range = /^(\d+)(?:-(\d+))?$/u.exec(token);
  const numbered = range && numberedSections(Number(range[1]), Number(range[2] ?? range[1]), byNumber);
  if (numbered) return numbered;
  // Not numbers of this document: perhaps an id made of digits (a heading such as "2015-2020").
  const section = byId.get(token.toLowerCase());
  return section ? [section] : null;
}

/** The sections numbered from `first` to `last` (either way round), or null when one of them does not exist. */
function numberedSections(
  first: number,
  last: number,
  byNumber: ReadonlyMap<number, NamedSection>,
): NamedSection[] | null {
  const named: NamedSection[] = [];
  for (let number = Math.min(first, last); number <= Math.max(first, last); number++) {
    const section = byNumber.get(number);
    if (!section) return null;
    named.push(section);
  }
  return named;
}

function numberRange(sections: readonly NamedSection[]): string {
  const numbers = sections.map((section) => section.number);
  if (numbers.length === 0) return 'none';
  return numbers.length === 1 ? String(numbers[0]) : `${Math.min(...numbers)}–${Math.max(...numbers)}`;
}
