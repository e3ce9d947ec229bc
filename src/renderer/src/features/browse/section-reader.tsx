import { useEffect, useEffectEvent, useRef, type ReactNode } from 'react';
import type { HitHighlight, SectionView, TextRange } from '../../../../shared/contract';
import type { ListItem, Paragraph } from '../../../../shared/corpus-types';
import { formatRoute } from '../../app/route';
import { typingContext } from '../../app/typing-context';
import type { PassageNumbers } from '../search/passage-numbers';
import { TEXT_OF_ATTRIBUTE } from '../citation/text-selection';
import { HighlightedText } from '../search/highlighted-text';
import { languageAttributes, readerWordsIn } from './language-attributes';

interface SectionReaderProps {
  view: SectionView;
  /** Paragraph to scroll to and focus (from a deep link or a search result). */
  targetParagraphId: string | null;
  /** Search matches to highlight, by paragraph or list-item id. */
  highlights: readonly HitHighlight[];
  /** Search matches in the section title. */
  titleRanges?: readonly TextRange[];
  /** The passages with hits (next/previous passage), and the one the reader is on. */
  passages?: PassageNumbers | null;
  currentPassage?: number | null;
  /** Move the keyboard focus to the target paragraph (not when a search box keeps it). Default true. */
  focusTarget?: boolean;
  /** Commands for this section (e.g. export), shown in its header. */
  actions?: ReactNode;
  /** Extra content at the end of each paragraph (its actions, the reader's note). */
  renderParagraphExtras?: (paragraph: Paragraph) => ReactNode;
  /** Extra content at the end of each list item (its actions). */
  renderItemExtras?: (item: ListItem, paragraph: Paragraph) => ReactNode;
}

/** The reading pane: one section, its numbered paragraphs and their lists, verbatim. */
export function SectionReader({
  view,
  targetParagraphId,
  highlights,
  titleRanges = [],
  passages = null,
  currentPassage = null,
  focusTarget = true,
  actions,
  renderParagraphExtras,
  renderItemExtras,
}: SectionReaderProps): ReactNode {
  const { document, section } = view;
  // The text is labelled with its language and direction; the reader's own words inside it stay English.
  const language = languageAttributes(document.language);
  const own = readerWordsIn(document.language);
  const headingRef = useRef<HTMLHeadingElement>(null);
  const rangesOf = (partId: string) => highlights.find((highlight) => highlight.partId === partId)?.ranges ?? [];
  const link = (sectionId: string, paragraphId: string | null = null) =>
    formatRoute({ documentId: document.id, sectionId, paragraphId });

  // Each time the section or the target changes (not when only `focusTarget` does): show the target.
  const showTarget = useEffectEvent((paragraphId: string | null) => {
    const target = paragraphId ? window.document.getElementById(paragraphId) : null;
    if (target) target.scrollIntoView({ block: 'center' });
    else headingRef.current?.closest('.reading-pane')?.scrollTo?.({ top: 0 });
    // Never take the focus from a field the reader is typing in (e.g. a search started while the section loads).
    if (focusTarget && typingContext(window.document.activeElement) === 'none')
      (target ?? headingRef.current)?.focus({ preventScroll: true });
  });
  useEffect(() => {
    showTarget(targetParagraphId);
  }, [section.id, targetParagraphId]);

  return (
    <article className="section" aria-labelledby="section-title" {...language}>
      <header className="section-header">
        <p className="section-kicker" {...own}>
          Section {section.number} of {document.sectionCount}
        </p>
        <h2
          id="section-title"
          ref={headingRef}
          tabIndex={-1}
          className={section.editorialTitle ? 'editorial' : undefined}
        >
          <HighlightedText text={section.title} ranges={titleRanges} />
        </h2>
        {section.editorialTitle && (
          <p className="editorial-note" {...own}>
            This heading is an editorial label; the source has none.
          </p>
        )}
        {actions && (
          <div className="section-actions" {...own}>
            {actions}
          </div>
        )}
      </header>
      {section.paragraphs.map((paragraph) => {
        const passage = passages?.passageOf(paragraph.id) ?? null;
        const current = passage !== null && passage === currentPassage;
        const classes = ['paragraph', paragraph.id === targetParagraphId && 'target', current && 'current-passage'];
        return (
          <section
            key={paragraph.id}
            id={paragraph.id}
            tabIndex={-1}
            aria-label={`Paragraph ${paragraph.number}`}
            data-part={paragraph.id}
            data-paragraph={paragraph.id}
            aria-current={current ? 'true' : undefined}
            className={classes.filter(Boolean).join(' ')}
          >
            <a
              className="paragraph-number"
              href={link(section.id, paragraph.id)}
              aria-label={`Link to paragraph ${paragraph.number}`}
              {...own}
            >
              {paragraph.number}
            </a>
            <div className="paragraph-body">
              <p className="paragraph-text" {...language} {...{ [TEXT_OF_ATTRIBUTE]: paragraph.id }}>
                <HighlightedText
                  text={paragraph.text}
                  ranges={rangesOf(paragraph.id)}
                  passage={passage}
                  current={current}
                />
              </p>
              {paragraph.items.length > 0 && (
                // Numbered in the gutter like the paragraphs (the source has bullets): "item 3" of a citation is found at once.
                <ol className="paragraph-list">
                  {paragraph.items.map((item) => (
                    <li key={item.id} id={item.id} data-part={item.id} value={item.number}>
                      <span className="item-text" {...{ [TEXT_OF_ATTRIBUTE]: item.id }}>
                        <HighlightedText
                          text={item.text}
                          ranges={rangesOf(item.id)}
                          passage={passage}
                          current={current}
                        />
                      </span>
                      {renderItemExtras &&
                        (own.lang ? (
                          <span className="reader-words" {...own}>
                            {renderItemExtras(item, paragraph)}
                          </span>
                        ) : (
                          renderItemExtras(item, paragraph)
                        ))}
                    </li>
                  ))}
                </ol>
              )}
              {renderParagraphExtras &&
                (own.lang ? (
                  <div className="reader-words" {...own}>
                    {renderParagraphExtras(paragraph)}
                  </div>
                ) : (
                  renderParagraphExtras(paragraph)
                ))}
            </div>
          </section>
        );
      })}
      <nav className="section-pager" aria-label="Sections" {...own}>
        {view.previousSectionId ? (
          <a href={link(view.previousSectionId)} rel="prev">
            ← Previous section
          </a>
        ) : (
          <span />
        )}
        {view.nextSectionId ? (
          <a href={link(view.nextSectionId)} rel="next">
            Next section →
          </a>
        ) : (
          <span />
        )}
      </nav>
    </article>
  );
}
