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
  { announce, alert }: Pick<Announcer, 'announce' | 'alert'>,
): Citing {
  const cite = useCallback(
    (part: ReadingPart) => {
      if (!view) return;
      const ref = { documentId: view.document.id, sectionId: view.section.id, partId: partId(part) };
      void readerApi()
        .copyCitation(ref)
        .then((result) =>
          result.ok ? announce(`Copied ${partName(part)} with its citation.`) : alert(result.error.message),
        );
    },
    [view, announce, alert],
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
          result.ok ? announce('Copied the selected words with their citation.') : alert(result.error.message),
        );
    },
    [view, announce, alert],
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
        .then((result) => (result.ok ? announce('Copied.') : alert(result.error.message)));
    },
    [announce, alert],
  );
  return { cite, citeSelection, citeCurrent, copyText, currentSelection };
}
