import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../../src/main/files/atomic-write';
import { describeWriteFailure, fileErrorReason } from '../../../../src/main/files/file-errors';
import { errorOf } from '../../../support/file-system-error';
import { tempDir } from '../../../support/temp-folders';

const folder = () => tempDir('file-errors-');

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

describe('fileErrorReason', () => {
  it('gives the short reason for the real errors of the file system', () => {
    expect(fileErrorReason(errorOf(() => writeFileSync('/dev/full', 'x')))).toBe('the disk is full');
    const file = join(folder(), 'plain.txt');
    writeFileSync(file, '');
    expect(fileErrorReason(errorOf(() => writeFileSync(join(file, 'x.json'), 'x')))).toBe(
      'a file is in the way of the folder',
    );
    expect(fileErrorReason(errorOf(() => writeFileSync(folder(), 'x')))).toBe('it is a folder, not a file');
  });

  it('words a failed save with the same reason when it has no sentence of its own for the code', () => {
    const busy = Object.assign(new Error('EBUSY: resource busy or locked'), { code: 'EBUSY' });
    expect(fileErrorReason(busy)).toBe('the file is in use');
    expect(describeWriteFailure(busy, '/docs/a.pdf')).toEqual({
      code: 'unwritable',
      message: '“a.pdf” could not be saved in /docs (the file is in use). Nothing was saved.',
    });
  });

  it('falls back to the system message for a code it has no words for, and to the text of anything else', () => {
    expect(fileErrorReason(Object.assign(new Error('EIO: i/o error, write'), { code: 'EIO' }))).toBe(
      'EIO: i/o error, write',
    );
    expect(fileErrorReason(Object.assign(new Error('odd'), { code: 'constructor' }))).toBe('odd');
    expect(fileErrorReason('the clipboard is gone')).toBe('the clipboard is gone');
  });
});
