import { describe, expect, it } from 'vitest';
import { AppEventQueue } from '../../../../src/main/ipc/app-events';

describe('the event queue from main to the window', () => {
  it('keeps events posted while nobody listens, in order, and tells each notice once', async () => {
    const queue = new AppEventQueue();
    queue.tell('your bookmarks file was set aside');
    queue.command('show-about');
    queue.tell('your bookmarks file was set aside');
    expect(await queue.next()).toEqual({ kind: 'notice', message: 'your bookmarks file was set aside' });
    expect(await queue.next()).toEqual({ kind: 'command', command: 'show-about' });
    let answered = false;
    void queue.next().then(() => (answered = true));
    await Promise.resolve();
    expect(answered).toBe(false);
  });

  it('answers a waiting request as soon as something happens', async () => {
    const queue = new AppEventQueue();
    const waiting = queue.next();
    queue.command('text-larger');
    expect(await waiting).toEqual({ kind: 'command', command: 'text-larger' });
  });

  it('answers an older waiting request null when a newer one arrives (a reloaded page)', async () => {
    const queue = new AppEventQueue();
    const old = queue.next();
    const fresh = queue.next();
    expect(await old).toBeNull();
    queue.command('go-back');
    expect(await fresh).toEqual({ kind: 'command', command: 'go-back' });
  });

  it('keeps every notice when too much piles up, dropping the oldest commands instead', async () => {
    const queue = new AppEventQueue();
    queue.tell('kept notice');
    for (let i = 0; i < 60; i++) queue.command(i % 2 === 0 ? 'text-larger' : 'text-smaller');
    const events = [];
    for (let i = 0; i < 50; i++) events.push(await queue.next());
    expect(events[0]).toEqual({ kind: 'notice', message: 'kept notice' });
    expect(events.filter((event) => event?.kind === 'command')).toHaveLength(49);
  });
});
