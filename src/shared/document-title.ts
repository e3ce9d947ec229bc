/**
 * What a document is called. A document has its heading as published (`title`) and, when that
 * heading does not say what the document is (the statement bundled with the reader is headed "The
 * United Nations High Commissioner for Human Rights", the heading of the web page it was published
 * on), a descriptive title written by the editors (`descriptiveTitle`, from the source's front
 * matter). The descriptive title leads wherever one line names the document (running header, PDF
 * title, file names); the heading as published stays beside it, in quotation marks, because it is
 * the source's own wording.
 */

/** The two titles of a document. */
export interface DocumentTitles {
  /** The heading as published. */
  title: string;
  /** The editors' description, when the heading does not say what the document is. */
  descriptiveTitle?: string | null;
}

/** The one-line name of a document: its descriptive title when it has one, else its heading as published. */
export function displayTitle(document: DocumentTitles): string {
  return document.descriptiveTitle || document.title;
}

/**
 * The heading as published, when a descriptive title leads and the heading must be shown beside it
 * (`Published under the heading “…”`); null when the heading is itself the one-line name.
 */
export function publishedHeading(document: DocumentTitles): string | null {
  return document.descriptiveTitle ? document.title : null;
}
