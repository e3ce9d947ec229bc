/**
 * Main's side of the search host: starts it through a `HostSpawner` (the one Electron-specific
 * call), asks it the library's channels and matches each answer to its question by id. A host that
 * stops unexpectedly is an `exit` event, not a dead app: a new host is started and asked the
 * questions the stopped one had (once: a question two hosts stopped on is answered with an error);
 * after `maxFailedStarts` hosts in a row that stop before they have answered anything (before they
 * are ready, or at once after), every question is answered with a clear error instead. A new search answers the one still
 * waiting at once with `superseded` (the renderer ignores it), so keystrokes never queue up.
 */
import type { AppStatus } from '../../shared/contract/app-info';
import type { RequestOf, ResponseOf } from '../../shared/contract/channels';
import type { CorpusDocument } from '../../shared/corpus-types';
import { fail, type ReaderError, type Result } from '../../shared/result';
import type { BuiltHashes } from '../corpus/corpus-loader';
import type { CorpusLibrary, LibraryChannel } from '../library/corpus-library';
import {
  parseFromHost,
  SUPERSEDED_MESSAGE,
  WHOLE_DOCUMENTS,
  type FromHost,
  type HostKind,
  type ToHost,
} from './host-protocol';

/** A running host process, whoever started it. */
export interface HostProcess {
  postMessage(message: ToHost): void;
  onMessage(listener: (message: unknown) => void): void;
  /** Called once when the process has ended, for whatever reason. */
  onExit(listener: (code: number | null) => void): void;
  kill(): void;
}

/** Starts a host process: `utilityProcess.fork` in the app, `child_process.fork` in Node. */
export interface HostSpawner {
  spawn(): HostProcess;
}

/** Why the library cannot answer: the corpus is unusable (shown as an error page in the app). */
export interface LoadFailure {
  message: string;
  filePath: string;
}

/** What the client needs to know. */
export interface HostClientOptions {
  corpusDir: string;
  /** The hashes main was built with (the tamper check), or null to trust the corpus's own stamp. */
  expected: BuiltHashes | null;
  /** Hosts in a row that may stop without having answered anything before the client gives up (3). */
  maxFailedStarts?: number;
  /** Called each time a host is ready (after a restart too). */
  onReady?: (status: AppStatus) => void;
  /** Called when the corpus is unusable; the client then answers every question with an error. */
  onLoadFailed?: (failure: LoadFailure) => void;
  log?: (message: string) => void;
}

/** Hosts in a row that may stop without having answered anything. */
export const MAX_FAILED_STARTS = 3;

interface Question {
  id: number;
  kind: HostKind;
  request: unknown;
  resolve: (result: Result<unknown>) => void;
  /** True once the current host has been sent the question. */
  sent: boolean;
  /** True once a host stopped while it had the question (it is asked once more, never twice). */
  retried: boolean;
}

type HostState = 'starting' | 'ready' | 'failed' | 'stopped';

/** The library as main sees it: answered by a search host in its own process. */
export class HostClient implements CorpusLibrary {
  private host: HostProcess | null = null;
  private state: HostState = 'starting';
  private failure: ReaderError | null = null;
  private failedStarts = 0;
  private nextId = 1;
  private latestSearch: Question | null = null;
  private readonly questions = new Map<number, Question>();
  private readonly maxFailedStarts: number;
  private readonly log: (message: string) => void;

  constructor(
    private readonly spawner: HostSpawner,
    private readonly options: HostClientOptions,
  ) {
    this.maxFailedStarts = options.maxFailedStarts ?? MAX_FAILED_STARTS;
    this.log = options.log ?? console.error;
  }

  /** Starts the host (and returns at once: it loads the library in its own process). */
  start(): this {
    if (this.host || this.state === 'stopped') return this;
    this.state = 'starting';
    const host = this.spawner.spawn();
    this.host = host;
    host.onMessage((message) => {
      if (this.host === host) this.receive(message);
    });
    host.onExit((code) => {
      if (this.host === host) this.hostExited(code);
    });
    host.postMessage({ type: 'load', corpusDir: this.options.corpusDir, expected: this.options.expected });
    return this;
  }

  /** Asks the host one of the library's channels; never throws. */
  ask<C extends LibraryChannel>(kind: C, request: RequestOf<C>): Promise<Result<ResponseOf<C>>> {
    return this.question(kind, request) as Promise<Result<ResponseOf<C>>>;
  }

  /** Asks the host for whole documents (main's own channels read them); never throws. */
  documents(documentIds: readonly string[]): Promise<Result<CorpusDocument[]>> {
    return this.question(WHOLE_DOCUMENTS, { documentIds: [...documentIds] }) as Promise<Result<CorpusDocument[]>>;
  }

  private question(kind: HostKind, request: unknown): Promise<Result<unknown>> {
    if (this.failure) return Promise.resolve(fail(this.failure.code, this.failure.message));
    return new Promise((resolve) => {
      const question: Question = {
        id: this.nextId++,
        kind,
        request,
        resolve,
        sent: false,
        retried: false,
      };
      if (kind === 'search:query') {
        if (this.latestSearch) this.answer(this.latestSearch, fail('superseded', SUPERSEDED_MESSAGE));
        this.latestSearch = question;
      }
      this.questions.set(question.id, question);
      if (this.state === 'ready') this.send(question);
    });
  }

  /** Stops the host for good (the app is quitting): questions still waiting are answered with an error. */
  stop(): void {
    this.state = 'stopped';
    this.giveUp(fail('unavailable', 'The reader is closing.'));
  }

  private send(question: Question): void {
    question.sent = true;
    this.host?.postMessage({ type: 'request', id: question.id, kind: question.kind, request: question.request });
  }

  private answer(question: Question, result: Result<unknown>): void {
    this.questions.delete(question.id);
    if (this.latestSearch === question) this.latestSearch = null;
    question.resolve(result);
  }

  private receive(raw: unknown): void {
    const message: FromHost | null = parseFromHost(raw);
    if (!message) return this.log('[reader] the search host sent a message outside the protocol; ignored.');
    if (message.type === 'ready') {
      this.state = 'ready';
      this.options.onReady?.(message.status);
      for (const question of this.questions.values()) if (!question.sent) this.send(question);
    } else if (message.type === 'load-failed') {
      this.state = 'failed';
      this.giveUp(fail('unavailable', `The library could not be loaded: ${message.message}`));
      this.options.onLoadFailed?.({ message: message.message, filePath: message.filePath });
    } else {
      const question = this.questions.get(message.id);
      // A host that answers has started well, whatever happens to it later.
      this.failedStarts = 0;
      // No question: it was superseded (answered already) or belonged to a host that has since stopped.
      if (question?.sent) this.answer(question, message.result);
    }
  }

  private hostExited(code: number | null): void {
    this.host = null;
    if (this.state === 'stopped' || this.state === 'failed') return;
    this.log(`[reader] the search host stopped (exit code ${String(code)}); starting a new one.`);
    // The questions the stopped host had go to the next host once; a question that a second host
    // also stopped on (perhaps the one that stops it) is answered with an error instead.
    for (const question of [...this.questions.values()]) {
      if (!question.sent) continue;
      if (question.retried) {
        this.answer(question, fail('internal', 'The search stopped unexpectedly and was restarted; try again.'));
      } else {
        question.sent = false;
        question.retried = true;
      }
    }
    this.failedStarts++;
    if (this.failedStarts >= this.maxFailedStarts) {
      this.state = 'failed';
      this.giveUp(
        fail(
          'unavailable',
          `Search and the library are unavailable: their process stopped ${this.failedStarts} times in a row before it could answer. Restart the reader.`,
        ),
      );
      return;
    }
    this.start();
  }

  /** From now on every question is answered with `failure`; the host (if any) is ended. */
  private giveUp(result: Result<never>): void {
    if (!result.ok) this.failure = result.error;
    for (const question of [...this.questions.values()]) this.answer(question, result);
    const host = this.host;
    this.host = null;
    host?.kill();
  }
}
