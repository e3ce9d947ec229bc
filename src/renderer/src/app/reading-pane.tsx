import type { MouseEvent, ReactNode, RefObject } from 'react';
import type { BookmarkEntry, SectionView } from '../../../shared/contract';
import type { Paragraph } from '../../../shared/corpus-types';
import type { ReaderError } from '../../../shared/result';
import { SectionReader } from '../features/browse/section-reader';
import { ItemActions, ParagraphActions } from '../features/citation/part-actions';
import type { ReadingPart } from '../features/citation/reading-part';
import { LanguageBar } from '../features/parallel/language-bar';
import { ParallelColumns } from '../features/parallel/parallel-columns';
import type { ParallelReading } from '../features/parallel/use-parallel-reading';
import { HitNavigator } from '../features/search/hit-navigator';
import type { SearchSession } from '../features/search/use-search-session';
import type { Route } from './route';

interface ReadingPaneProps {
  paneRef: RefObject<HTMLElement | null>;
  view: SectionView | null;
  error: ReaderError | null;
  /** Where the address points (the section, and the paragraph if any). */
  route: Route | null;
  search: SearchSession;
  /** Commands for the section, in its header (export). */
  sectionActions: ReactNode;
  bookmarkOf: (paragraph: Paragraph) => BookmarkEntry | undefined;
  onCite: (part: ReadingPart) => void;
  onToggleBookmark: (paragraph: Paragraph) => void;
  onContextMenu: (event: MouseEvent) => void;
  /** The open context menu, if any. */
  menu: ReactNode;
  /** The document's other languages and the one read beside it (the Languages bar, a second column). */
  parallel: ParallelReading;
}

/** The reading pane: the section (or why it cannot be shown), its search hits, and each paragraph's actions. */
export function ReadingPane({
  paneRef,
  view,
  error,
  route,
  search,
  sectionActions,
  bookmarkOf,
  onCite,
  onToggleBookmark,
  onContextMenu,
  menu,
  parallel,
}: ReadingPaneProps): ReactNode {
  const targetParagraphId = route?.paragraphId ?? null;
  const keepFocus = search.keepFocusAt;
  // A result opened from the search box leaves the focus in the box.
  const focusTarget = !(
    keepFocus !== null &&
    keepFocus.sectionId === route?.sectionId &&
    keepFocus.paragraphId === targetParagraphId
  );
  return (
    <main className="reading-pane" ref={paneRef} onContextMenu={onContextMenu}>
      <LanguageBar parallel={parallel} />
      {error && (
        <div className="error" role="alert">
          <h2>This passage cannot be shown</h2>
          <p>{error.message}</p>
        </div>
      )}
      {view && !error && search.opened && (
        <HitNavigator
          total={search.highlights ? search.highlights.passages.total : null}
          current={search.currentPassage}
          onPrevious={search.previousHit}
          onNext={search.nextHit}
          onBack={search.origin ? search.backToOrigin : null}
        />
      )}
      {view && !error && (
        <ParallelColumns parallel={parallel} view={view}>
          <SectionReader
            view={view}
            targetParagraphId={targetParagraphId}
            highlights={search.highlights?.parts ?? []}
            titleRanges={search.highlights?.titleRanges}
            passages={search.highlights?.passages}
            currentPassage={search.currentPassage}
            focusTarget={focusTarget}
            actions={sectionActions}
            renderParagraphExtras={(paragraph) => {
              const entry = bookmarkOf(paragraph);
              return (
                <ParagraphActions
                  paragraph={paragraph}
                  bookmarked={entry !== undefined}
                  note={entry?.bookmark.note || null}
                  onCite={() => onCite({ paragraph, item: null })}
                  onToggleBookmark={() => onToggleBookmark(paragraph)}
                />
              );
            }}
            renderItemExtras={(item, paragraph) => (
              <ItemActions item={item} paragraph={paragraph} onCite={() => onCite({ paragraph, item })} />
            )}
          />
        </ParallelColumns>
      )}
      {menu}
    </main>
  );
}
