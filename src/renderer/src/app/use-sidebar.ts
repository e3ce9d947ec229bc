import { useCallback, useState } from 'react';

/** The sidebar's tabs: the document's contents, the search results, the bookmarks. */
export type SidebarTab = 'contents' | 'results' | 'bookmarks';

/** The sidebar: which tab is shown, and whether it is open (beside the text, or as a drawer over it). */
export interface SidebarState {
  tab: SidebarTab;
  /** Shows a tab (and opens the sidebar if it was closed). */
  show: (tab: SidebarTab) => void;
  /** The tab's own toggle (Ctrl/Cmd+B for the bookmarks): shows it, or goes back to the contents if it showed. */
  toggleTab: (tab: SidebarTab) => void;
  open: boolean;
  /** The `toggle-sidebar` command and the header's button. */
  toggleOpen: () => void;
  /** Closes the drawer (narrow windows only: beside the text, the sidebar stays as the reader left it). */
  closeDrawer: () => void;
  /** The sidebar is a drawer over the text (a narrow window for the text size). */
  narrow: boolean;
}

/**
 * The sidebar's state. Wide windows show it beside the text (the reader may hide it); narrow
 * ones keep it closed as a drawer until asked, and close it again once the reader has chosen
 * where to go. Typing a search shows the results tab; emptying the box goes back to the contents.
 */
export function useSidebar(searching: boolean, narrow: boolean): SidebarState {
  const [tab, setTab] = useState<SidebarTab>('contents');
  const [wideOpen, setWideOpen] = useState(true);
  const [drawerOpen, setDrawerOpen] = useState(false);
  const open = narrow ? drawerOpen : wideOpen;
  const setOpen = narrow ? setDrawerOpen : setWideOpen;

  // A search begun shows its results; a search ended goes back to the contents (state adjusted while rendering).
  const [wasSearching, setWasSearching] = useState(searching);
  if (searching !== wasSearching) {
    setWasSearching(searching);
    if (searching) {
      setTab('results');
      setOpen(true);
    } else {
      if (tab === 'results') setTab('contents');
      if (narrow) setDrawerOpen(false);
    }
  }

  const show = useCallback(
    (next: SidebarTab) => {
      setTab(next);
      setOpen(true);
    },
    [setOpen],
  );
  const toggleTab = useCallback(
    (next: SidebarTab) => {
      if (open && tab === next) setTab('contents');
      else show(next);
    },
    [open, tab, show],
  );
  const toggleOpen = useCallback(() => setOpen((shown) => !shown), [setOpen]);
  const closeDrawer = useCallback(() => setDrawerOpen(false), []);
  return { tab, show, toggleTab, open, toggleOpen, closeDrawer, narrow };
}
