import type { Observed } from '../dns/resolve-hosts.js';
import type { LockResult } from '../engine.js';
import type { GitHubRepository } from '../github/repository.js';
import { renderMarkdown } from '../report/markdown.js';
import type { Settings } from '../settings.js';
import type { ExportCheck } from './exports.js';
import { lockOutputs, lookupFailures, type RunOutcome } from './outcome.js';

/** What the pull-request and issue modes need besides the settings. */
export interface GitHubRunContext {
  repository: GitHubRepository;
  /** e.g. https://github.com, or a GitHub Enterprise Server's address. */
  serverUrl: string;
  /** What DNS says, asked for at the start of the run: GitHub is read during the round trip. */
  observed: Promise<Observed>;
  now: Date;
  log: RunLog;
}

/** The log a GitHub mode writes to; the action groups each phase, tests may leave `phase` out. */
export interface RunLog {
  info(message: string): void;
  warning(message: string): void;
  /** Runs `fn` as one phase of the run, its lines in one log group (runner.ts). */
  phase?<T>(name: string, fn: () => Promise<T>, describe?: (value: T) => string): Promise<T>;
}

/** `fn` as a phase of the log, when the log groups phases. */
export function inPhase<T>(log: RunLog, name: string, fn: () => Promise<T>, describe?: (value: T) => string): Promise<T> {
  return log.phase ? log.phase(name, fn, describe) : fn();
}

export type Operation = 'created' | 'updated' | 'closed' | 'none';

/** Runs writes, or in a dry run only notes what they would have been. */
export class Writes {
  readonly planned: string[] = [];
  constructor(
    private readonly dryRun: boolean,
    private readonly log?: RunLog,
  ) {}

  /** Each write is a phase of the log: its requests show under it, with its time. */
  async run(description: string, action: () => Promise<void>): Promise<void> {
    this.planned.push(description);
    if (this.dryRun) return;
    const name = `${description[0]?.toUpperCase() ?? ''}${description.slice(1)}`;
    await (this.log ? inPhase(this.log, name, action) : action());
  }

  /** A sentence for the summary: what was done to the pull request or issue at `url`. */
  advice(operation: Operation, url: string | undefined): string[] {
    if (this.dryRun)
      return [this.planned.length ? `**Dry run**: would ${this.planned.join(', then ')}. Nothing was written.` : '**Dry run**: nothing to write.'];
    if (operation === 'created') return [`Opened ${url}.`];
    if (operation === 'updated') return [`Updated ${url}.`];
    if (operation === 'closed') return [`Closed ${url}: DNS matches the lock again.`];
    return url ? [`${url} is up to date.`] : [];
  }
}

/** The outcome of a pull-request or issue run: the lock outputs plus `<kind>-number`, `-url` and `-operation`. */
export function githubOutcome(
  settings: Settings,
  run: {
    result: LockResult;
    exports: ExportCheck;
    kind: 'pull-request' | 'issue';
    target: { number: number; url: string } | undefined;
    operation: Operation;
    advice: string[];
  },
): RunOutcome {
  const failures = lookupFailures(run.result, settings);
  const shown = settings.dryRun ? undefined : run.target;
  return {
    result: run.result,
    exports: run.exports,
    outputs: {
      ...lockOutputs(run.result, run.exports),
      [`${run.kind}-number`]: shown ? String(shown.number) : '',
      [`${run.kind}-url`]: shown ? shown.url : '',
      [`${run.kind}-operation`]: settings.dryRun ? 'none' : run.operation,
    },
    summary: renderMarkdown(run.result, { lockFile: settings.lockFile, advice: run.advice }),
    warnings: failures.warnings,
    ...(failures.failure ? { failure: failures.failure } : {}),
  };
}
