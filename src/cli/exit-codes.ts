/**
 * The command line's exit statuses: one per outcome, so a script or a systemd unit can act on each
 * (reload a firewall only on WRITTEN). 0, 1 and 2 keep their first meanings: up to date, stale,
 * bad input.
 */
export const EXIT = {
  /** check: the lock and every firewall file match DNS. update: nothing to write. resolve: every host answered. */
  upToDate: 0,
  /** check: the lock or a firewall file is stale or missing. */
  stale: 1,
  /** A flag, a command or the lock file cannot be used: nothing was asked or written. */
  badInput: 2,
  /** update: the lock or a firewall file changed and was written. */
  written: 3,
  /** A host could not be resolved, or does not exist: nothing was written. */
  lookupFailed: 4,
  /** Anything else, such as a file that could not be written. */
  error: 5,
} as const;

export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** What each status means, for `help` (and the README, which a test keeps in step). */
export const EXIT_MEANINGS: ReadonlyArray<readonly [ExitCode, string]> = [
  [EXIT.upToDate, 'up to date: nothing to change (update wrote nothing; resolve: every host answered)'],
  [EXIT.stale, 'stale: the lock or a firewall file does not match DNS, or is missing (check)'],
  [EXIT.badInput, 'bad input: an unknown command or flag, a bad value, or an unreadable lock file'],
  [EXIT.written, 'changed and written: update wrote the lock or a firewall file'],
  [EXIT.lookupFailed, 'lookup failed: a host could not be resolved or does not exist; nothing was written'],
  [EXIT.error, 'error: anything else, such as a file that could not be written'],
];
