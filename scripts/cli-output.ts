/** Where the command line writes its output and its messages (the process's streams, or a test's). */
export interface CliOutput {
  stdout(text: string): void;
  stderr(text: string): void;
}
