import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { describeWriteFailure, writeAtomically } from '../../../../src/main/files/atomic-write';
import { tempDir } from '../../../support/temp-folders';

const folder = () => tempDir('atomic-write-');

/** The error the file system really raises for `action`. */
function errorOf(action: () => void): NodeJS.ErrnoException {
  try {
    action();
  } catch (error) {
    return error as NodeJS.ErrnoException;
  }
  throw new Error('expected the file system to refuse');
}

describe('writeAtomically', () => {
  it('writes the file and replaces an older version, leaving no temporary file', () => {
    const dir = folder();
    const target = join(dir, 'out.pdf');
    writeAtomically(target, 'first');
    writeAtomically(target, new Uint8Array([37, 80, 68, 70]));
    expect(readFileSync(target, 'latin1')).toBe('%PDF');
    expect(readdirSync(dir)).toEqual(['out.pdf']);
  });

  it('leaves nothing behind and the target untouched when the rename fails', () => {
    const dir = folder();
    const target = join(dir, 'taken');
    mkdirSync(target);
    writeFileSync(join(target, 'keep.txt'), 'kept');
    const error = errorOf(() => writeAtomically(target, 'x'.repeat(1000)));
    expect(['EISDIR', 'ENOTEMPTY', 'EEXIST']).toContain(error.code);
    expect(readdirSync(dir)).toEqual(['taken']);
    expect(readFileSync(join(target, 'keep.txt'), 'utf8')).toBe('kept');
  });

  it('removes the half-written temporary file when the disk refuses more bytes', () => {
    // A real mid-write failure: a child process whose file size limit (ulimit -f, in KiB) is 4 KiB.
    const dir = folder();
    const target = join(dir, 'big.pdf');
    const script = `const { writeAtomically, describeWriteFailure } = require(${JSON.stringify(resolve(__dirname, '../../../../src/main/files/atomic-write.ts'))});
try { writeAtomically(${JSON.stringify(target)}, Buffer.alloc(64 * 1024, 65)); console.log('written'); }
catch (error) { console.log(JSON.stringify(describeWriteFailure(error, ${JSON.stringify(target)}))); }`;
    const tsx = resolve(__dirname, '../../../../node_modules/.bin/tsx');
    const run = spawnSync('bash', ['-c', `ulimit -f 4 && exec "$0" -e "$1"`, tsx, script], { encoding: 'utf8' });
    expect(run.stderr).toBe('');
    const failure = JSON.parse(run.stdout) as { code: string; message: string };
    expect(failure.code).toBe('disk-full');
    expect(failure.message).toContain('big.pdf');
    expect(readdirSync(dir)).toEqual([]);
  }, 30_000); // starts a TypeScript child process
});

describe('describeWriteFailure', () => {
  it('tells a full disk from a place that cannot be written, from the real errors of the file system', () => {
    const full = errorOf(() => writeFileSync('/dev/full', 'x'));
    expect(full.code).toBe('ENOSPC');
    expect(describeWriteFailure(full, '/media/usb/report.pdf')).toEqual({
      code: 'disk-full',
      message:
        'There is not enough room on the disk to save “report.pdf” in /media/usb. Nothing was saved. Free some space or choose another disk.',
    });
    const missing = errorOf(() => writeAtomically('/no/such/folder/x.pdf', 'x'));
    expect(describeWriteFailure(missing, '/no/such/folder/x.pdf')).toEqual({
      code: 'unwritable',
      message: 'The folder /no/such/folder does not exist. Nothing was saved. Choose another folder.',
    });
    const file = join(folder(), 'plain.txt');
    writeFileSync(file, '');
    const notFolder = errorOf(() => writeAtomically(join(file, 'x.pdf'), 'x'));
    expect(describeWriteFailure(notFolder, join(file, 'x.pdf'))).toMatchObject({
      code: 'unwritable',
      message: `${file} is not a folder. Nothing was saved. Choose another folder.`,
    });
  });

  it.each([
    ['EACCES', 'unwritable', /cannot be written to \(permission denied\)/],
    ['EPERM', 'unwritable', /cannot be written to \(permission denied\)/],
    ['EROFS', 'unwritable', /is on a read-only disk/],
    ['EDQUOT', 'disk-full', /not enough room/],
    ['EIO', 'unwritable', /could not be saved in \/docs \(EIO: i\/o error\)/],
  ])('reports %s as %s', (code, expected, message) => {
    const error = Object.assign(new Error(`${code}: i/o error`), { code });
    const failure = describeWriteFailure(error, '/docs/a.pdf');
    expect(failure.code).toBe(expected);
    expect(failure.message).toMatch(message);
    expect(failure.message).toContain('Nothing was saved.');
  });
});
