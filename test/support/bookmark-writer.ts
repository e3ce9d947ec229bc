/**
 * A child process for the kill -9 test (test/unit/main/user-data/kill-during-write.test.ts): adds
 * bookmarks with long notes and removes the oldest, as fast as the store writes, and prints each
 * change once the store says it is on disk (`+id` added, `-id` removed). Run with tsx: `bookmark-writer.ts DIR`.
 */
import { join } from 'node:path';
import { BookmarkStore } from '../../src/main/user-data/bookmark-store';

async function main(folder: string): Promise<void> {
  const store = new BookmarkStore(join(folder, 'bookmarks.json'), (message) => process.stderr.write(`${message}\n`));
  for (let n = 0; ; n++) {
    const added = store.add({
      documentId: 'doc',
      sectionId: `s-${process.pid}-${n}`,
      paragraphId: 'p1',
      note: `${n} `.repeat(700),
    });
    const oldest = store.list().length > 60 ? store.remove(store.list()[0]!.id) : undefined;
    if (!(await store.saved())) throw new Error('a write failed');
    process.stdout.write(`+${added.id}\n${oldest ? `-${oldest.id}\n` : ''}`);
  }
}

void main(process.argv[2]!);
