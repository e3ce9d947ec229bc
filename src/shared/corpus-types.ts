/**
 * The shape of the generated corpus: documents → sections → paragraphs (with optional list items).
 * Produced by `scripts/build-corpus.ts`, read by main and the command-line companion.
 */

/**
 * Bumped whenever the corpus or index layout changes; a mismatch makes main rebuild or refuse.
 * 3: the index keeps each term's word numbers (phrases are checked from the index).
 * 4: one index shard per document, analysed as its language; numbered paragraphs.
 *    The content hash is over canonical JSON (RFC 8785), and the stamp holds each shard's hash
 *    and one hash over them all.
 */
export const CORPUS_SCHEMA_VERSION = 5;

/** One item of a bulleted list that belongs to the paragraph before it. */
export interface ListItem {
  /** Stable id, unique within its section, e.g. `p4-i2`. */
  id: string;
  /** 1-based position in its list. */
  number: number;
  /** Verbatim text of the item, without the bullet. */
  text: string;
}

/** A numbered paragraph of a section, verbatim, with the list that follows it (if any). */
export interface Paragraph {
  /** Stable id, unique within its section, e.g. `p3`. */
  id: string;
  /**
   * Paragraph number within the section (what a citation quotes): 1-based position, or, for an
   * item of a numbered list, the number the source gives it (rising, not always consecutive).
   */
  number: number;
  /**
   * True when the source numbers the paragraph as an item of a numbered list (`1. …`): its number
   * is part of the text's structure, shown even where paragraph numbers are not. Absent otherwise.
   */
  numbered?: boolean;
  text: string;
  items: ListItem[];
}

/** A section of a document: one heading and its paragraphs. */
export interface Section {
  /** Stable id, unique within its document: explicit in the source, else a slug of the heading or `section-N`. */
  id: string;
  /** 1-based position in the document. */
  number: number;
  title: string;
  /** True when the title is an editorial label, not text of the source. */
  editorialTitle: boolean;
  paragraphs: Paragraph[];
}

/** A bundled document with its descriptive metadata. */
export interface CorpusDocument {
  id: string;
  /** The heading as published. */
  title: string;
  /**
   * What the document is, in the editors' words, when its heading does not say it (front matter
   * `descriptiveTitle`); absent otherwise. See src/shared/document-title.ts.
   */
  descriptiveTitle?: string;
  issuer: string;
  /** BCP 47 language tag of the text. */
  language: string;
  /**
   * The work this document is one language of (front matter `work`, e.g. `udhr`): documents with
   * the same work are translations of one another, with the same section ids. Absent otherwise.
   */
  work?: string;
  /** Where the text comes from and what was changed on the way in. */
  provenance: string;
  /**
   * The name of the source file the document was built from (`resources/documents/<name>`), so a
   * reader can find the text the app shows; absent in a corpus built before it was recorded.
   */
  sourceFile?: string;
  sections: Section[];
}

/** Identifies what a corpus or index file was built from; checked by main at startup. */
export interface ContentStamp {
  schema: number;
  lunrVersion: string;
  /**
   * The library's content hash: sha256 (hex) of the canonical JSON (RFC 8785) of the catalog's
   * entries (each document's metadata, section count and own content hash, in corpus order), so it
   * binds every document's text; ties index, corpus and printouts together.
   */
  contentHash: string;
  /** sha256 (hex) of the bytes of each document's index shard, by document id. */
  shardHashes: Record<string, string>;
  /** sha256 (hex) of the canonical JSON of `shardHashes`: one hash covering every shard (main embeds it). */
  indexHash: string;
  /** sha256 (hex) of the source files the corpus was built from: detects a stale build. */
  sourceHash: string;
  /** ISO 8601 time of the build. */
  builtAt: string;
}

/** A corpus as the reader holds it: the stamp and every document (in the app, read on first use). */
export interface CorpusFile {
  stamp: ContentStamp;
  documents: CorpusDocument[];
}

/** One document as the catalog lists it: its metadata, section count and own content hash. */
export interface CatalogEntry extends Omit<CorpusDocument, 'sections'> {
  sectionCount: number;
  /** sha256 (hex) of the canonical JSON of the whole document (its `documents/<id>.json` file). */
  contentHash: string;
}

/** The `corpus.json` file: the stamp and the catalog; each document's text is in `documents/<id>.json`. */
export interface CorpusCatalog {
  stamp: ContentStamp;
  documents: CatalogEntry[];
}

/** The stamp inside an index shard: the corpus stamp without the shard hashes (which cover these bytes). */
export type IndexStamp = Omit<ContentStamp, 'indexHash' | 'shardHashes'>;

/**
 * An `index/<documentId>.json` file: one document's index (its shard, built by Lunr with the
 * document's language analysis, kept in a compact form) plus the stamp of the corpus it belongs to.
 */
export interface SearchShardFile {
  stamp: IndexStamp;
  documentId: string;
  /** The document's BCP 47 tag, whose analysis built the shard. */
  language: string;
  /** The text-analysis rules' version (src/main/text/text-analysis.ts `ANALYSIS_VERSION`). */
  analysisVersion: number;
  /** The compact index (src/main/search/shard-format.ts `ShardIndexData`), not Lunr's own form. */
  index: object;
  /** The document's words as written with their stems (see src/main/search/vocabulary.ts). */
  vocabulary: { words: string[]; stems: string[] };
}
