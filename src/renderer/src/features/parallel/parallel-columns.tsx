import type { CSSProperties, ReactNode } from 'react';
import type { SectionView } from '../../../../shared/contract';
import { BesideColumn } from './beside-column';
import { alignsParagraphs } from './keep-place';
import type { ParallelReading } from './use-parallel-reading';
import './parallel.css';

/**
 * The open section (`children`, the section reader) with the second language beside it, aligned
 * section by section: paragraph by paragraph in shared rows when both sections have as many
 * paragraphs, else the two sections side by side. Columns stack when the pane is narrow.
 * Without a second language, the section alone.
 */
export function ParallelColumns({
  parallel,
  view,
  children,
}: {
  parallel: ParallelReading;
  view: SectionView;
  children: ReactNode;
}): ReactNode {
  const { beside } = parallel;
  const aligned = beside?.kind === 'section' && alignsParagraphs(view.section, beside.view.section);
  // Rows: the header, one per paragraph, the pager.
  const rows = { '--parallel-rows': view.section.paragraphs.length + 2 } as CSSProperties;
  // The same elements with or without a second language, so the section reader is not remounted
  // (which would move the focus) when one opens or closes.
  return (
    <div className={beside ? 'parallel-reading with-beside' : 'parallel-reading'}>
      <div
        className={['parallel-columns', beside && 'with-beside', aligned && 'aligned'].filter(Boolean).join(' ')}
        data-alignment={beside ? (aligned ? 'paragraphs' : 'sections') : undefined}
        style={aligned ? rows : undefined}
      >
        {children}
        {beside && <BesideColumn beside={beside} />}
      </div>
    </div>
  );
}
