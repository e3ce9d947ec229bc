import type { ReactNode } from 'react';
import type { DocumentSummary } from '../../../../shared/contract';
import { displayTitle, publishedHeading } from '../../../../shared/document-title';

/**
 * The header's name of the open document: its descriptive title (or its heading, when that says
 * what the document is), and under it one compact line with the heading as published and the
 * issuer. Both lines keep to one line each (cut with an ellipsis; the whole text is their tooltip
 * and is in Document info), so the header stays one row.
 */
export function DocumentHeading({ document }: { document: DocumentSummary | null }): ReactNode {
  if (!document) return <h1>Offline Reference Reader</h1>;
  const title = displayTitle(document);
  const heading = publishedHeading(document);
  const byline = heading === null ? document.issuer : `Published as “${heading}” · ${document.issuer}`;
  return (
    <>
      <h1 lang={document.language} title={title}>
        {title}
      </h1>
      <p className="issuer" lang={document.language} title={byline}>
        {byline}
      </p>
    </>
  );
}
