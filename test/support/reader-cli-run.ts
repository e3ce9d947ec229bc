/**
 * The command-line companion run inside the test process: the same `main` the script runs, with
 * its output collected instead of written to the process's streams (one process for every case;
 * test/unit/scripts/reader-cli.test.ts keeps one real process for what only a process shows).
 */
import { main } from '../../scripts/reader-cli';

/** What a run of the companion gave: its exit code and everything it wrote. */
export interface CliRun {
  code: number;
  stdout: string;
  stderr: string;
}

/** Runs `reader <args…>` in this process. */
export async function runReaderCli(...args: string[]): Promise<CliRun> {
  let stdout = '';
  let stderr = '';
  const code = await main(args, {
    stdout: (text) => {
      stdout += text;
    },
    stderr: (text) => {
      stderr += text;
    },
  });
  return { code, stdout, stderr };
}
