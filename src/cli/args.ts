import { UserError } from '../errors.js';
import { COMMANDS, type Command, FLAGS, type FlagSpec } from './flags.js';
import { nearest, partialMatches } from './suggest.js';

/** A mistake on the command line: names what was typed, and the nearest known word when there is one. */
export class UsageError extends UserError {
  override name = 'UsageError';
  constructor(
    message: string,
    readonly flag?: string,
    readonly suggestion?: string,
  ) {
    super(message);
  }
}

export interface ParsedArgs {
  /** undefined: no command was given. */
  command: Command | 'help' | undefined;
  /** `help COMMAND`: the command to show help for. */
  topic: Command | undefined;
  help: boolean;
  version: boolean;
  json: boolean;
  /** Values of the flags that fill settings, by flag name, in the order given. */
  values: Map<string, string[]>;
}

const WORDS = [...COMMANDS, 'help'] as const;

/**
 * Reads the arguments without Node's parseArgs, whose messages speak of its own rules: every
 * mistake here names the flag or word as typed, and suggests the nearest known one.
 */
export function parseArgs(argv: readonly string[]): ParsedArgs {
  const parsed: ParsedArgs = { command: undefined, topic: undefined, help: false, version: false, json: false, values: new Map() };
  const positionals: string[] = [];
  const flags: Array<{ spec: FlagSpec; typed: string }> = [];
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    if (arg === '--') {
      positionals.push(...argv.slice(i + 1));
      break;
    }
    if (arg === '-h') {
      parsed.help = true;
      continue;
    }
    if (arg === '--version' || arg === '-V') {
      parsed.version = true;
      continue;
    }
    if (!arg.startsWith('-') || arg === '-') {
      positionals.push(arg);
      continue;
    }
    const [typed, inline] = splitInline(arg);
    const spec = FLAGS.find((f) => `--${f.name}` === typed);
    if (!spec) throw unknownFlag(typed);
    if (spec.value === undefined) {
      if (inline !== undefined) throw new UsageError(`${typed} takes no value (given "${inline}").`, typed);
      if (spec.name === 'json') parsed.json = true;
      else parsed.help = true;
      flags.push({ spec, typed });
      continue;
    }
    let value = inline;
    if (value === undefined) {
      const next = argv[i + 1];
      if (next === undefined || (next.startsWith('--') && next.length > 2)) {
        throw new UsageError(`${typed} needs a value: ${typed} ${spec.value}.`, typed);
      }
      value = next;
      i++;
    }
    const values = parsed.values.get(spec.name) ?? [];
    if (values.length > 0 && !spec.join) throw new UsageError(`${typed} is given twice; give it once.`, typed);
    parsed.values.set(spec.name, [...values, value]);
    flags.push({ spec, typed });
  }

  const [first, ...rest] = positionals;
  if (first !== undefined) parsed.command = commandOf(first);
  if (parsed.command === 'help') {
    const [topic, ...extra] = rest;
    if (topic !== undefined) parsed.topic = commandOf(topic, COMMANDS) as Command;
    if (extra.length > 0) throw unexpected(extra[0] as string);
  } else if (rest.length > 0) throw unexpected(rest[0] as string);

  const command = parsed.command === 'help' ? undefined : parsed.command;
  if (command) {
    for (const { spec, typed } of flags) {
      if (!spec.commands.includes(command)) {
        const why = command === 'resolve' ? ' (resolve reads no lock file and writes nothing)' : '';
        throw new UsageError(`${typed} is not a flag of ${command}${why}; it is one of ${spec.commands.join(' and ')}.`, typed);
      }
    }
  }
  return parsed;
}

function splitInline(arg: string): [string, string | undefined] {
  const equals = arg.indexOf('=');
  return equals === -1 ? [arg, undefined] : [arg.slice(0, equals), arg.slice(equals + 1)];
}

function commandOf(word: string, known: readonly string[] = WORDS): Command | 'help' {
  if (known.includes(word)) return word as Command | 'help';
  const suggestion = nearest(word, known);
  const hint = suggestion ? ` Did you mean "${suggestion}"?` : '';
  throw new UsageError(`Unknown command "${word}".${hint} The commands are ${COMMANDS.join(', ')} and help.`, undefined, suggestion);
}

function unknownFlag(typed: string): UsageError {
  const known = [...FLAGS.map((f) => `--${f.name}`), '--version'];
  const long = typed.startsWith('--') ? typed : `-${typed}`;
  // -v is --version in many tools; here it is not a flag of its own, so that it never means verbose.
  const suggestion = typed === '-v' ? '--version' : nearest(long, known);
  const several = suggestion ? [] : partialMatches(long, known);
  const hint = suggestion ? ` Did you mean ${suggestion}?` : several.length > 1 ? ` Did you mean ${several.slice(0, -1).join(', ')} or ${several.at(-1)}?` : '';
  return new UsageError(`Unknown flag ${typed}.${hint} See vipps-ip-lock help.`, typed, suggestion);
}

function unexpected(word: string): UsageError {
  return new UsageError(`Unexpected argument "${word}": give one command, then flags (values with spaces in quotes).`);
}
