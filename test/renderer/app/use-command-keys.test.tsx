/**
 * The page's one keyboard handler, in the DOM: every shortcut of the command registry runs its
 * command (and only once: the browser and Electron's menu do not act too), the keys text fields,
 * notes, widgets and modal dialogs keep for themselves, and the mouse's side buttons.
 */
import { fireEvent, render, screen } from '@testing-library/react';
import type { ReactNode } from 'react';
import { describe, expect, it } from 'vitest';
import { useCommandKeys } from '../../../src/renderer/src/app/use-command-keys';
import type { AppCommand } from '../../../src/shared/app-commands';
import { COMMAND_IDS, COMMANDS } from '../../../src/shared/commands';

function Harness({ onCommand }: { onCommand: (command: AppCommand) => void }): ReactNode {
  useCommandKeys(onCommand);
  return (
    <>
      <input type="search" aria-label="Search" />
      <textarea aria-label="Note" />
      <div
        role="listbox"
        tabIndex={0}
        aria-label="Results"
        // A widget that handles every key itself.
        onKeyDown={(event) => event.preventDefault()}
      />
      <dialog open aria-label="Export">
        <button type="button">Inside the dialog</button>
      </dialog>
    </>
  );
}

function renderHarness(): AppCommand[] {
  const ran: AppCommand[] = [];
  render(<Harness onCommand={(command) => ran.push(command)} />);
  return ran;
}

describe('the command keys', () => {
  it.each(COMMAND_IDS.filter((command) => COMMANDS[command].keys.other.length > 0))(
    'runs %s from its shortcut, which the browser then leaves alone',
    (command) => {
      const ran = renderHarness();
      const chord = COMMANDS[command].keys.other[0]!;
      const notPrevented = fireEvent.keyDown(document.body, {
        key: chord.key,
        ctrlKey: !!chord.mod,
        metaKey: !!chord.meta,
        altKey: !!chord.alt,
        shiftKey: !!chord.shift,
      });
      expect(ran).toEqual([command]);
      expect(notPrevented).toBe(false);
    },
  );

  it('runs Ctrl+F, F3 and Ctrl/Cmd+P as find, next hit and export', () => {
    const ran = renderHarness();
    fireEvent.keyDown(document.body, { key: 'f', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'F3' });
    fireEvent.keyDown(document.body, { key: 'F3', shiftKey: true });
    fireEvent.keyDown(document.body, { key: 'p', ctrlKey: true });
    fireEvent.keyDown(document.body, { key: 'p', metaKey: true });
    expect(ran).toEqual(['find', 'next-hit', 'previous-hit', 'export-or-print', 'export-or-print']);
  });

  it('leaves Alt+arrows to a text field and Ctrl+B and D to a note, where text size still works', () => {
    const ran = renderHarness();
    const search = screen.getByRole('searchbox', { name: 'Search' });
    search.focus();
    expect(fireEvent.keyDown(search, { key: 'ArrowLeft', altKey: true })).toBe(true);
    expect(fireEvent.keyDown(search, { key: 'b', ctrlKey: true })).toBe(false);
    const note = screen.getByRole('textbox', { name: 'Note' });
    note.focus();
    expect(fireEvent.keyDown(note, { key: 'd', ctrlKey: true })).toBe(true);
    expect(fireEvent.keyDown(note, { key: 'b', metaKey: true })).toBe(true);
    expect(fireEvent.keyDown(note, { key: '=', ctrlKey: true })).toBe(false);
    expect(ran).toEqual(['show-bookmarks', 'text-larger']);
  });

  it('leaves the keys a widget handled to the widget', () => {
    const ran = renderHarness();
    const list = screen.getByRole('listbox', { name: 'Results' });
    list.focus();
    fireEvent.keyDown(list, { key: 'ArrowLeft', altKey: true });
    fireEvent.keyDown(list, { key: 'f', ctrlKey: true });
    expect(ran).toEqual([]);
  });

  it('runs nothing from inside a modal dialog, and keeps the browser from acting on the page behind it', () => {
    const ran = renderHarness();
    const inside = screen.getByRole('button', { name: 'Inside the dialog' });
    inside.focus();
    expect(fireEvent.keyDown(inside, { key: 'd', ctrlKey: true })).toBe(false);
    expect(fireEvent.keyDown(inside, { key: 'Tab' })).toBe(true);
    expect(ran).toEqual([]);
  });

  it('goes back and forward with the mouse side buttons, and keeps the browser from navigating too', () => {
    const ran = renderHarness();
    expect(fireEvent.mouseDown(document.body, { button: 3 })).toBe(false);
    expect(fireEvent.mouseUp(document.body, { button: 3 })).toBe(false);
    fireEvent.mouseUp(document.body, { button: 4 });
    fireEvent.mouseUp(document.body, { button: 0 });
    expect(ran).toEqual(['go-back', 'go-forward']);
  });
});
