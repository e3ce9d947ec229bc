/** What the reader browses: the documents of the library, their tables of contents, a section to read. */
import type { Section } from '../corpus-types';

/** A document as listed in the library. */
export interface DocumentSummary {
  id: string;
  /** The heading as published. */
  title: string;
  /** What the document is, when its heading does not say it (see src/shared/document-title.ts), else null. */
  descriptiveTitle: string | null;
  issuer: string;
  language: string;
  /**
   * The work the document is one language of (`udhr`), shared by its translations, whose section
   * ids match section by section (parallel reading); null for a document that stands alone.
   */
  work: string | null;
  /** Where the text comes from and what was changed on the way in. */
  provenance: string;
  /** The source file the document was built from (e.g. `belarus-un-human-rights-cooperation.md`), or null when not recorded. */
  sourceFile: string | null;
  sectionCount: number;
}

/** One line of a table of contents. */
export interface TocEntry {
  id: string;
  number: number;
  title: string;
  editorialTitle: boolean;
  paragraphCount: number;
}

/** A document's table of contents. */
export interface TableOfContents {
  document: DocumentSummary;
  sections: TocEntry[];
}

/** A section with the document it belongs to, ready to display. */
export interface SectionView {
  document: DocumentSummary;
  section: Section;
  /** Neighbours in document order, for previous/next navigation. */
  previousSectionId: string | null;
  nextSectionId: string | null;
}
