import type { HostReport, LockResult } from '../engine.js';
import type { Lock } from '../lock/types.js';
import type { ExitCode } from './exit-codes.js';
import type { Command } from './flags.js';

// What `--json` prints: one object on stdout, the same keys for every run of a command, with real
// booleans and arrays. The README documents these shapes and a test checks each.

export interface HostJson {
  host: string;
  /** The environments and groups the host belongs to. */
  groups: string[];
  status: HostReport['status'];
  /** What DNS returned now (a failed record type adds nothing). */
  addresses: string[];
  failures: Array<{ type: string; server: string; reason: string }>;
  /** Addresses in an answer that was ignored as broken or poisoned. */
  ignored: Array<{ address: string; reason: string }>;
}

export interface ResolveJson {
  command: 'resolve';
  status: 'resolved' | 'lookup-failed';
  exitCode: ExitCode;
  /** Every address DNS gives, over all environments. */
  addresses: string[];
  hosts: HostJson[];
  /** The lock DNS gives, as `update` would write it into an empty folder. */
  lock: Lock;
  warnings: string[];
  failure: string | null;
}

export interface CompareJson {
  command: 'check' | 'update';
  status: 'up-to-date' | 'stale' | 'written' | 'lookup-failed';
  exitCode: ExitCode;
  lockFile: string;
  /** The lock or a firewall file differs from what DNS gives (or does not exist). */
  changed: boolean;
  added: string[];
  removed: string[];
  addresses: string[];
  departing: string[];
  staleExports: string[];
  /** Files update wrote; always empty for check. */
  written: string[];
  hosts: HostJson[];
  /** The lock as DNS gives it: what update writes. */
  lock: Lock;
  warnings: string[];
  failure: string | null;
}

export interface ErrorJson {
  command: Command | 'help' | null;
  status: 'bad-input' | 'error';
  exitCode: ExitCode;
  error: {
    message: string;
    /** The flag as typed, when one is at fault. */
    flag: string | null;
    /** The value at fault, when there is one. */
    value: string | null;
    /** The nearest known flag or command, for a typo. */
    suggestion: string | null;
  };
}

/** `help`, `help COMMAND` and `--help` with --json: the same text, as a string. */
export interface HelpJson {
  command: 'help';
  /** The command whose help it is; null for the general help. */
  topic: Command | null;
  exitCode: ExitCode;
  text: string;
}

export function hostsJson(result: LockResult): HostJson[] {
  return result.hosts.map((h) => ({
    host: h.host,
    groups: h.groups,
    status: h.status,
    addresses: [...new Set(Object.values(h.observation.decided).flat())],
    failures: h.observation.failures.map((f) => ({ type: f.type, server: f.server, reason: f.reason })),
    ignored: h.observation.rejected.map((r) => ({ address: r.address, reason: r.reason })),
  }));
}

export function printJson(value: ResolveJson | CompareJson | ErrorJson | HelpJson | { version: string }): string {
  return `${JSON.stringify(value, null, 2)}\n`;
}
