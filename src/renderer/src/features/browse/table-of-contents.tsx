import type { ReactNode } from 'react';
import type { TableOfContents as Toc } from '../../../../shared/contract';
import { formatRoute } from '../../app/route';
import { languageAttributes } from './language-attributes';

/** The document's sections as links; the open one is marked as the current page. */
export function TableOfContents({ toc, currentSectionId }: { toc: Toc; currentSectionId: string | null }): ReactNode {
  // Titles are in the document's language; an editorial label is the reader's own (English).
  const language = languageAttributes(toc.document.language);
  const english = languageAttributes('en');
  return (
    <nav className="toc" aria-label="Table of contents">
      <h2 className="sidebar-heading">Contents</h2>
      <ol className="toc-list">
        {toc.sections.map((section) => (
          <li key={section.id}>
            <a
              href={formatRoute({ documentId: toc.document.id, sectionId: section.id, paragraphId: null })}
              aria-current={section.id === currentSectionId ? 'page' : undefined}
              className={section.editorialTitle ? 'toc-link editorial' : 'toc-link'}
            >
              <span className="toc-number">{section.number}</span>
              <span className="toc-title" {...(section.editorialTitle ? english : language)}>
                {section.title}
              </span>
            </a>
          </li>
        ))}
      </ol>
    </nav>
  );
}
