// What the action reads from the runner before anything else: its inputs and whether debug logging
// is on. Apart from runner.ts so that the action's entry, which sends the queries first, loads
// nothing more (runner.ts loads node:async_hooks for the log's groups).

/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as underscores, hyphens kept. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/**
 * Whether the run has debug logging on (re-run with debug logging, or ACTIONS_STEP_DEBUG): the
 * runner then sets RUNNER_DEBUG=1, as @actions/core's isDebug reads it. Otherwise the runner would
 * hide debug lines anyway, and the run spends no time formatting them.
 */
export function isDebug(): boolean {
  return process.env.RUNNER_DEBUG === '1';
}
