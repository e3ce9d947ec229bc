import { spawnSync } from 'node:child_process';
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeAtomically } from '../../../../src/main/files/atomic-write';
import { errorOf } from '../../../support/file-system-error';
import { tempDir } from '../../../support/temp-folders';

const folder = () => tempDir('atomic-write-');

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
    const script = `const { writeAtomically } = require(${JSON.stringify(resolve(__dirname, '../../../../src/main/files/atomic-write.ts'))});
const { describeWriteFailure } = require(${JSON.stringify(resolve(__dirname, '../../../../src/main/files/file-errors.ts'))});
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
