import { useCallback, type RefObject } from 'react';
import type { SectionView } from '../../../../shared/contract';
import { MAX_COPY_LENGTH } from '../../../../shared/contract/user';
import type { Announcer } from '../notices/use-announcer';
import { PLATFORM } from '../../app/platform';
import { readerApi } from '../../reader-api';
import { noPartMessage, partId, partInFocus, partName, type ReadingPart } from './reading-part';
import { paneSelection, type PaneSelection } from './text-selection';

/** The platform's own Copy keys (the Edit menu's role, not a command of the registry). */
const COPY_KEYS = PLATFORM === 'mac' ? '⌘C' : 'Ctrl+C';

/** Copying: a part or a selection with its citation, the part or selection the reader is in (the command), plain text. */
export interface Citing {
  cite: (part: ReadingPart) => void;
  citeSelection: (selection: PaneSelection) => void;
  /** The `copy-citation` command: the selected words if there are any in the reading pane, else the part in focus. */
  citeCurrent: () => void;
  /** The context menu's plain Copy of a selection. */
  copyText: (selection: PaneSelection) => void;
  /** The reader's selection in the reading pane now, if any. */
  currentSelection: () => PaneSelection | null;
}

/**
 * Copies a part or a selection with its citation through main (`citation:copy` reads the words
 * from the corpus and writes text and HTML to the clipboard; the renderer sends places only and
 * never touches the clipboard itself), and plain text through `clipboard:copy-text`; tells the
 * reader what was copied.
 */
export function useCitation(
  view: SectionView | null,
  targetParagraphId: string | null,
  paneRef: RefObject<HTMLElement | null>,
  announce: Announcer['announce'],
): Citing {
  const cite = useCallback(
    (part: ReadingPart) => {
      if (!view) return;
      const ref = { documentId: view.document.id, sectionId: view.section.id, partId: partId(part) };
      void readerApi()
        .copyCitation(ref)
        .then((result) => announce(result.ok ? `Copied ${partName(part)} with its citation.` : result.error.message));
    },
    [view, announce],
  );
  const citeSelection = useCallback(
    ({ places }: PaneSelection) => {
      if (!view) return;
      const request = {
        documentId: view.document.id,
        sectionId: view.section.id,
        partId: places.startPart,
        selection: places,
      };
      void readerApi()
        .copyCitation(request)
        .then((result) =>
          announce(result.ok ? 'Copied the selected words with their citation.' : result.error.message),
        );
    },
    [view, announce],
  );
  const currentSelection = useCallback(() => paneSelection(paneRef.current, window.getSelection()), [paneRef]);
  const citeCurrent = useCallback(() => {
    const selected = currentSelection();
    if (selected) return citeSelection(selected);
    const part = view && partInFocus(view.section, targetParagraphId);
    if (part) cite(part);
    else announce(noPartMessage('copy-citation'));
  }, [view, targetParagraphId, cite, citeSelection, currentSelection, announce]);
  const copyText = useCallback(
    ({ text }: PaneSelection) => {
      // Longer selections go over the IPC cap: the Edit menu's Copy (Ctrl/Cmd+C) has no limit.
      if (text.length > MAX_COPY_LENGTH)
        return announce(`This selection is too long to copy from this menu: press ${COPY_KEYS} instead.`);
      void readerApi()
        .copyText({ text })
        .then((result) => announce(result.ok ? 'Copied.' : result.error.message));
    },
    [announce],
  );
  return { cite, citeSelection, citeCurrent, copyText, currentSelection };
}
