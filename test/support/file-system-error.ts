/** The error the file system really raises for `action` (fails the test when it raises none). */
export function errorOf(action: () => void): NodeJS.ErrnoException {
  try {
    action();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
  throw new Error('expected the file system to refuse');
}
