import { useCallback } from 'react';
import type { SectionView } from '../../../../shared/contract';
import type { Announcer } from '../notices/use-announcer';
import { readerApi } from '../../reader-api';
import { noPartMessage, partId, partInFocus, partName, type ReadingPart } from './reading-part';

/** Copy with citation: of a given part (its button, the context menu) or of the part the reader is in (the command). */
export interface Citing {
  cite: (part: ReadingPart) => void;
  citeCurrent: () => void;
}

/**
 * Copies a part with its citation through main (`citation:copy` writes text and HTML to the
 * clipboard; the renderer never touches the clipboard itself) and tells the reader what was copied.
 */
export function useCitation(
  view: SectionView | null,
  targetParagraphId: string | null,
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
  const citeCurrent = useCallback(() => {
    const part = view && partInFocus(view.section, targetParagraphId);
    if (part) cite(part);
    else announce(noPartMessage('copy-citation'));
  }, [view, targetParagraphId, cite, announce]);
  return { cite, citeCurrent };
}
