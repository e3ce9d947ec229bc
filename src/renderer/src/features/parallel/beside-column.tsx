import type { ReactNode } from 'react';
import { languageName } from '../../../../shared/language-script';
import { languageAttributes, readerWordsIn } from '../browse/language-attributes';
import type { BesideText } from './use-parallel-reading';

/**
 * The second language's column: the same section, read only (its paragraphs carry no ids, so
 * deep links, citations and bookmarks keep addressing the document in front), in its language
 * and direction.
 */
export function BesideColumn({ beside }: { beside: BesideText }): ReactNode {
  const document = beside.kind === 'section' ? beside.view.document : beside.document;
  const language = languageAttributes(document.language);
  const own = readerWordsIn(document.language);
  const name = languageName(document.language);
  return (
    <article
      className="beside-section"
      aria-labelledby="beside-language beside-title"
      aria-busy={beside.kind === 'loading'}
      {...language}
    >
      <header className="section-header">
        <p className="section-kicker" id="beside-language" {...own}>
          {name}
        </p>
        {beside.kind === 'section' && (
          <h2 id="beside-title" className={beside.view.section.editorialTitle ? 'editorial' : undefined}>
            {beside.view.section.title}
          </h2>
        )}
        {beside.kind === 'missing' && (
          <p className="beside-missing" id="beside-title" {...own}>
            The {name} text has no section “{beside.sectionId}”.
          </p>
        )}
      </header>
      {beside.kind === 'section' &&
        beside.view.section.paragraphs.map((paragraph) => (
          <div key={paragraph.id} className="paragraph beside-paragraph" {...language}>
            <span className="paragraph-number" aria-hidden="true">
              {paragraph.number}
            </span>
            <div className="paragraph-body">
              <p className="paragraph-text" {...language}>
                {paragraph.text}
              </p>
              {paragraph.items.length > 0 && (
                <ol className="paragraph-list">
                  {paragraph.items.map((item) => (
                    <li key={item.id} value={item.number}>
                      {item.text}
                    </li>
                  ))}
                </ol>
              )}
            </div>
          </div>
        ))}
    </article>
  );
}
