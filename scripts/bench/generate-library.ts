/**
 * A deterministic generator of a large library in our source format, for the benchmark: documents
 * of numbered sections whose paragraphs are shuffled sentences of the bundled statement, mixed
 * with sentences drawn from a wider diplomatic vocabulary (so the vocabulary grows with the
 * library, as real collections do). Same seed, same library, byte for byte.
 */
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseSourceDocument } from '../../src/main/corpus/source-document';
import { buildCorpus, DOCUMENTS_DIR, type CorpusBuildSummary } from '../corpus-files';

/** What to generate. */
export interface LibraryOptions {
  /** Sections in the whole library (at least 10,000 for the benchmark). */
  sections: number;
  /** Sections per document. */
  sectionsPerDocument: number;
  seed: number;
}

/** Default size: 10,000 sections in 20 documents. */
export const LIBRARY_DEFAULTS: LibraryOptions = { sections: 10_000, sectionsPerDocument: 500, seed: 20_240_601 };

/** A small, fast, seedable PRNG (mulberry32). Returns floats in [0, 1). */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296;
  };
}

const TOPICS = [
  'treaty bodies',
  'special procedures',
  'universal periodic review',
  'technical cooperation',
  'national human rights institutions',
  'freedom of expression',
  'freedom of religion or belief',
  'rights of the child',
  'rights of persons with disabilities',
  'gender equality',
  'trafficking in persons',
  'migrant workers',
  'right to education',
  'right to food',
  'right to health',
  'sustainable development',
  'unilateral coercive measures',
  'humanitarian assistance',
  'climate change',
  'indigenous peoples',
  'minority rights',
  'torture prevention',
  'death penalty',
  'juvenile justice',
  'access to justice',
  'racial discrimination',
  'cultural rights',
  'labour rights',
  'social protection',
  'housing',
  'water and sanitation',
  'digital technologies',
];
const SUBJECTS = [
  'The Government',
  'The delegation',
  'The Committee',
  'The Special Rapporteur',
  'The Office of the High Commissioner',
  'The Council',
  'The Working Group',
  'The Ministry of Foreign Affairs',
  'The national mechanism',
  'The parliament',
  'The ombudsperson',
  'Civil society',
];
const VERBS = [
  'welcomed',
  'reviewed',
  'examined',
  'recommended',
  'noted with concern',
  'reaffirmed',
  'acknowledged',
  'underlined',
  'encouraged',
  'considered',
  'adopted',
  'implemented',
  'reported on',
  'discussed',
  'called for',
  'supported',
  'questioned',
  'clarified',
];
const OBJECTS = [
  'the draft resolution',
  'the periodic report',
  'the follow-up procedure',
  'the list of issues',
  'the concluding observations',
  'the national action plan',
  'the interim report',
  'the joint communication',
  'the annual consultations',
  'the country visit',
  'the mandate of the independent expert',
  'the outcome document',
  'the voluntary pledges',
  'the mid-term report',
  'the co‐operation framework',
];
const CLOSINGS = [
  'in accordance with its international obligations',
  'within the agreed timeframe',
  'with the participation of civil society',
  'on the basis of mutual respect',
  'taking into account national specificities',
  'in close co‐operation with the United Nations',
  'despite limited resources',
  'through constructive dialogue',
  'as a matter of priority',
  'in line with the recommendations received',
];
const CITIES = [
  'Geneva',
  'New York',
  'Vienna',
  'Minsk',
  'Strasbourg',
  'Brussels',
  'Nairobi',
  'Bangkok',
  'Santiago',
  'Addis Ababa',
];
const SYLLABLES = [
  'ka',
  'ra',
  'ven',
  'ko',
  'mi',
  'lo',
  'san',
  'dre',
  'ta',
  'vo',
  'bel',
  'ni',
  'gu',
  'zar',
  'ost',
  'fe',
  'li',
  'mar',
  'tsch',
  'ye',
  'du',
  'ba',
  'no',
  'ski',
  'ha',
  'ri',
  'jo',
  'quel',
  'pe',
  'sa',
];

/** The bundled statement's sentences, the realistic core of every generated paragraph. */
export function seedSentences(documentsDir = DOCUMENTS_DIR): string[] {
  const source = readFileSync(join(documentsDir, 'belarus-un-human-rights-cooperation.md'), 'utf8');
  const document = parseSourceDocument('belarus-un-human-rights-cooperation.md', source);
  const texts = document.sections.flatMap((section) =>
    section.paragraphs.flatMap((paragraph) => [paragraph.text, ...paragraph.items.map((item) => item.text)]),
  );
  return texts
    .flatMap((text) => text.split(/(?<=[.;])\s+(?=[A-Z])/u))
    .map((sentence) => sentence.trim())
    .filter((sentence) => sentence.length > 20);
}

/** Writes the library's source files (`*.md`) into `documentsDir`. Returns how many documents. */
export function writeLibrarySources(documentsDir: string, options: LibraryOptions = LIBRARY_DEFAULTS): number {
  const random = seededRandom(options.seed);
  const pick = <T>(list: readonly T[]): T => list[Math.floor(random() * list.length)]!;
  const sentences = seedSentences();
  const year = (): number => 1990 + Math.floor(random() * 35);
  // Names of people and places: a long tail of rare words, as real collections have.
  const names = Array.from({ length: 40_000 }, () => {
    let name = '';
    for (let i = 1 + Math.floor(random() * 3); i >= 0; i--) name += pick(SYLLABLES);
    return capitalize(name);
  });
  const name = (): string => names[Math.floor(names.length * random() ** 2)]!;
  const generated = (): string =>
    `${pick(SUBJECTS)} ${pick(VERBS)} ${pick(OBJECTS)} on ${pick(TOPICS)} ${pick(CLOSINGS)} in ${pick(CITIES)} in ${year()}, ` +
    `with ${name()} ${name()} of ${name()} (document A/HRC/${40 + Math.floor(random() * 20)}/${1 + Math.floor(random() * 90)}).`;
  const paragraph = (): string => {
    const parts: string[] = [];
    const count = 2 + Math.floor(random() * 3);
    for (let i = 0; i < count; i++) parts.push(random() < 0.6 ? pick(sentences) : generated());
    return parts.join(' ');
  };
  mkdirSync(documentsDir, { recursive: true });
  const documents = Math.ceil(options.sections / options.sectionsPerDocument);
  for (let d = 0; d < documents; d++) {
    const sectionCount = Math.min(options.sectionsPerDocument, options.sections - d * options.sectionsPerDocument);
    const lines = [
      '---',
      `id: library-document-${d + 1}`,
      `title: "Report on ${pick(TOPICS)}, volume ${d + 1}"`,
      `issuer: ${pick(SUBJECTS).replace(/^The /, '')}`,
      'language: en',
      'provenance: Generated for the benchmark from shuffled sentences of the bundled statement (not a real document).',
      '---',
      '',
    ];
    for (let s = 0; s < sectionCount; s++) {
      lines.push(`## ${s + 1}. ${capitalize(pick(TOPICS))} in ${pick(CITIES)}, ${year()}`, '');
      const paragraphs = 2 + Math.floor(random() * 3);
      for (let p = 0; p < paragraphs; p++) {
        lines.push(paragraph(), '');
        if (random() < 0.1) {
          lines.push(`${pick(SUBJECTS)} ${pick(VERBS)}:`, '');
          for (let i = 0; i < 3; i++) lines.push(`- ${pick(OBJECTS)} on ${pick(TOPICS)};`);
          lines.push('');
        }
      }
    }
    writeFileSync(join(documentsDir, `library-document-${String(d + 1).padStart(3, '0')}.md`), lines.join('\n'));
  }
  return documents;
}

/** Generates the library's sources in `folder/documents` and builds its corpus into `folder/corpus`. */
export function generateLibrary(
  folder: string,
  options: LibraryOptions = LIBRARY_DEFAULTS,
): CorpusBuildSummary & { documentsDir: string; corpusDir: string } {
  const documentsDir = join(folder, 'documents');
  const corpusDir = join(folder, 'corpus');
  writeLibrarySources(documentsDir, options);
  return { ...buildCorpus(documentsDir, corpusDir), documentsDir, corpusDir };
}

function capitalize(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
