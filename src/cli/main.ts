import { askDns, type Observed } from '../dns/resolve-hosts.js';
import { lockFromObservations } from '../engine.js';
import { InputError, messageOf, UserError } from '../errors.js';
import { type GateSources, gitRevision, readGateSources } from '../modes/gate-sources.js';
import { runLocal } from '../modes/local.js';
import { lookupFailures } from '../modes/outcome.js';
import { readSettings, type Settings } from '../settings.js';
import { writeTextFiles } from '../text-file.js';
import { VERSION } from '../version.js';
import { type ParsedArgs, parseArgs, UsageError } from './args.js';
import { EXIT, type ExitCode } from './exit-codes.js';
import { type Command, FLAGS, flagOfInput } from './flags.js';
import { commandHelp, generalHelp } from './help.js';
import { type CompareJson, type ErrorJson, hostsJson, printJson, type ResolveJson } from './json.js';
import { renderCompared, renderResolved } from './render.js';

/** Where the command line prints; the tests pass their own. */
export interface Streams {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

const PROCESS_STREAMS: Streams = {
  stdout: (text) => void process.stdout.write(text),
  stderr: (text) => void process.stderr.write(text),
};

const UPDATE_HINT = 'Run `vipps-ip-lock update` to write it.';

/**
 * The command line: returns the exit status and never throws. Everything goes to stdout as text,
 * or with --json as one JSON object (errors too); warnings and errors also go to stderr as text.
 */
export async function main(argv: readonly string[], streams: Streams = PROCESS_STREAMS, cwd = process.cwd()): Promise<ExitCode> {
  // Known before the arguments are read, so that a usage error is JSON too.
  let json = argv.includes('--json');
  let command: ErrorJson['command'] = null;
  try {
    const args = parseArgs(argv);
    json = args.json;
    command = args.command ?? null;
    if (args.version) {
      streams.stdout(json ? printJson({ version: VERSION }) : `${VERSION}\n`);
      return EXIT.upToDate;
    }
    if (args.command === 'help' || args.help) {
      const topic = args.command === 'help' ? args.topic : args.command;
      const text = topic ? commandHelp(topic) : generalHelp();
      streams.stdout(json ? printJson({ command: 'help', topic: topic ?? null, exitCode: EXIT.upToDate, text }) : text);
      return EXIT.upToDate;
    }
    if (!args.command) {
      streams.stderr(generalHelp());
      throw new UsageError('No command given: use resolve, check or update.');
    }
    const settings = settingsOf(args.command, args);
    // The queries leave first; the lock is read during the round trip.
    const dns = askDns(settings);
    try {
      await dns.sent;
      return await runCommand(args.command, settings, dns.observed, { streams, json, cwd, base: args.values.get('base')?.[0] });
    } finally {
      // A command that failed early does not wait for answers it will not use.
      dns.cancel();
    }
  } catch (error) {
    const failure = describeError(error, command);
    streams.stderr(`error: ${failure.error.message}\n`);
    if (json) streams.stdout(printJson(failure));
    return failure.exitCode;
  }
}

/** The settings, from flags that fill the action's inputs: one validation for both. */
function settingsOf(command: Command, args: ParsedArgs): Settings {
  const inputs: Record<string, string> = { mode: command === 'check' ? 'check' : 'report' };
  for (const flag of FLAGS) {
    const values = args.values.get(flag.name);
    if (flag.input && values) inputs[flag.input] = values.join(flag.join ?? '');
  }
  return readSettings((name) => inputs[name] ?? '');
}

interface RunContext {
  streams: Streams;
  json: boolean;
  cwd: string;
  /** `check --base REV`. */
  base?: string | undefined;
}

async function runCommand(command: Command, settings: Settings, observed: Promise<Observed>, context: RunContext): Promise<ExitCode> {
  const { streams } = context;
  const now = new Date();
  if (command === 'resolve') {
    const result = lockFromObservations({ settings, previous: undefined, now, observed: await observed });
    const lookup = lookupFailures(result, settings);
    const exitCode = lookup.failure ? EXIT.lookupFailed : EXIT.upToDate;
    // resolve reads no lock: its warnings name hosts and reasons, not what a lock keeps.
    const warnings = lookup.warnings.map((w) => inCommandLineWords(w.replace(/; its locked addresses are kept\./, '.')));
    const failure = lookup.failure === undefined ? null : inCommandLineWords(lookup.failure.replace(/ Their locked addresses were kept\./, ''));
    for (const warning of warnings) streams.stderr(`warning: ${warning}\n`);
    if (failure) streams.stderr(`error: ${failure}\n`);
    if (context.json) {
      const report: ResolveJson = {
        command,
        status: failure ? 'lookup-failed' : 'resolved',
        exitCode,
        addresses: [...new Set(Object.values(result.next.environments).flatMap((e) => e.addresses))],
        hosts: hostsJson(result),
        lock: result.next,
        warnings,
        failure,
      };
      streams.stdout(printJson(report));
    } else streams.stdout(renderResolved(result));
    return exitCode;
  }

  // A server's owner may link a firewall file to where the server reads it, such as /etc/nginx.
  // `check --base` gates a pull request's checkout: its links are untrusted and stay inside it.
  const outcome = await runLocal(settings, {
    root: context.cwd,
    observed,
    now,
    updateHint: UPDATE_HINT,
    links: context.base === undefined ? 'anywhere' : 'inside',
    gate: gateOf(context, settings, now),
  });
  const lookup = lookupFailures(outcome.result, settings);
  // The firewall files first, the lock last: if a write fails, the lock does not yet say the
  // files are in step, and the next update writes them again.
  const writes = new Map(outcome.exports.stale.map((file) => [file, outcome.exports.expected.get(file) as string]));
  if (outcome.result.lockChanged) writes.set(settings.lockFile, outcome.result.nextText);
  const failures = [...new Set([outcome.failure, lookup.failure].filter((f): f is string => f !== undefined))].map(inCommandLineWords);
  const warnings = outcome.warnings.map(inCommandLineWords);
  let status: CompareJson['status'];
  const written: string[] = [];
  if (lookup.failure) status = 'lookup-failed';
  else if (command === 'check') status = outcome.failure ? 'stale' : 'up-to-date';
  else {
    // Nothing is written while a lookup fails (above): the next run, with DNS back, writes it all.
    await writeTextFiles(context.cwd, writes, 'anywhere');
    written.push(...writes.keys());
    status = written.length > 0 ? 'written' : 'up-to-date';
  }
  const exitCode = { 'up-to-date': EXIT.upToDate, stale: EXIT.stale, written: EXIT.written, 'lookup-failed': EXIT.lookupFailed }[status];
  for (const warning of warnings) streams.stderr(`warning: ${warning}\n`);
  for (const failure of failures) streams.stderr(`error: ${failure}\n`);
  if (context.json) {
    const outputs = outcome.outputs;
    const list = (name: string): string[] => JSON.parse(outputs[name] ?? '[]') as string[];
    const report: CompareJson = {
      command,
      status,
      exitCode,
      lockFile: settings.lockFile,
      changed: outputs.changed === 'true',
      added: list('added'),
      removed: list('removed'),
      addresses: list('addresses'),
      departing: list('departing'),
      staleExports: list('stale-exports'),
      written,
      hosts: hostsJson(outcome.result),
      lock: outcome.result.next,
      warnings,
      failure: failures.length > 0 ? failures.join(' ') : null,
    };
    streams.stdout(printJson(report));
  } else {
    streams.stdout(renderCompared(outcome, settings.lockFile));
    if (command === 'update') {
      if (status === 'lookup-failed')
        streams.stdout(`nothing written: a lookup failed${writes.size > 0 ? ` (${[...writes.keys()].join(', ')} would change)` : ''}\n`);
      else streams.stdout(written.length > 0 ? `wrote ${written.join(', ')}\n` : 'nothing to write\n');
    }
  }
  return exitCode;
}

/** `check --base REV`: the check gate of the action, against a commit of the git repository here. */
function gateOf(context: RunContext, settings: Settings, now: Date): Promise<GateSources> | undefined {
  const rev = context.base;
  if (rev === undefined) return undefined;
  const root = context.cwd;
  const sources = gitRevision(root, rev).then((base) =>
    readGateSources({ name: 'check --base', base }, { settings, root, now, connect: async () => undefined }),
  );
  // Awaited by runLocal; until then a refusal must not count as an unhandled rejection.
  sources.catch(() => {});
  return sources;
}

/** The engine's messages speak of the action's inputs and runner; here, of flags and this machine. */
function inCommandLineWords(message: string): string {
  return message
    .replace('With on-lookup-failure set to warn,', 'With --on-lookup-failure warn,')
    .replace('reachable from the runner', 'reachable from this machine')
    .replace('Check its spelling in hosts.', 'Check its spelling in --hosts.')
    .replace('with add-when: all it is not added', 'with --add-when all it is not added');
}

/** Any error as the JSON object --json prints, with the exit status it means. */
function describeError(error: unknown, command: ErrorJson['command']): ErrorJson {
  if (error instanceof UsageError) {
    return failureJson(command, 'bad-input', { message: error.message, flag: error.flag ?? null, value: null, suggestion: error.suggestion ?? null });
  }
  if (error instanceof InputError) {
    // The settings speak the action's words ("Input dns-servers"); here the flag is named as typed.
    const flag = flagOfInput(error.input) ?? `--${error.input}`;
    const message = `${flag} has the value ${JSON.stringify(error.value)}, but ${error.expected}.`;
    return failureJson(command, 'bad-input', { message, flag, value: error.value, suggestion: null });
  }
  const details = { message: messageOf(error), flag: null, value: null, suggestion: null };
  return failureJson(command, error instanceof UserError ? 'bad-input' : 'error', details);
}

function failureJson(command: ErrorJson['command'], status: ErrorJson['status'], error: ErrorJson['error']): ErrorJson {
  return { command, status, exitCode: status === 'bad-input' ? EXIT.badInput : EXIT.error, error };
}
