import { isIPv6, sortAddresses } from './addresses.js';
import type { RecordType } from './dns/types.js';
import { failedServers, type HostObservation, type LookupFailure } from './observation.js';

/** When an address returned by DNS may enter the lock. */
export type AddWhen = 'any' | 'all';

/** An address some answering servers returned for a host and others did not. */
export interface Disputed {
  host: string;
  type: RecordType;
  address: string;
  /** The servers whose answer held it. */
  from: string[];
  /** The servers that answered without it (other addresses, no records, or no such host). */
  notFrom: string[];
}

/**
 * The addresses of one record type that every configured server returned. Under `add-when: all`
 * only these may enter the lock: one forged or broken path cannot add an address on its own, and
 * a server that failed has agreed to nothing (an attacker who forges one path and blocks the
 * other must not get the forged address in), so while one failed nothing is agreed.
 */
export function agreedAddresses(observation: HostObservation, type: RecordType): Set<string> {
  if (failedServers(observation, type).length > 0) return new Set();
  const answers = observation.answers.filter((answer) => answer.type === type);
  const [first, ...rest] = answers;
  return new Set((first?.addresses ?? []).filter((address) => rest.every((answer) => answer.addresses.includes(address))));
}

/** Every address of a host that the servers that answered do not all agree on. */
export function disputedAddresses(observation: HostObservation): Disputed[] {
  const disputed: Disputed[] = [];
  for (const type of ['A', 'AAAA'] as const) {
    const answers = observation.answers.filter((answer) => answer.type === type);
    for (const address of sortAddresses(new Set(answers.flatMap((answer) => answer.addresses)))) {
      const from = answers.filter((answer) => answer.addresses.includes(address)).map((answer) => answer.server);
      if (from.length === answers.length) continue;
      const notFrom = answers.filter((answer) => !answer.addresses.includes(address)).map((answer) => answer.server);
      disputed.push({ host: observation.host, type, address, from, notFrom });
    }
  }
  return disputed;
}

/**
 * What a server that failed for a host and type, while others answered, kept from happening: an
 * addition add-when all could not agree on, or a removal only every server answering may make.
 */
export interface HeldBack {
  host: string;
  type: RecordType;
  /** The servers that gave no usable answer, each with its reason. */
  failed: LookupFailure[];
  /** The servers that answered. */
  answered: string[];
  /** Addresses every answering server returned, not added because the failed ones could not agree (add-when all). */
  additions: string[];
  /** Locked addresses the answering servers left out, kept because the failed ones did not say so too. */
  kept: string[];
}

/**
 * For one host and type some server failed for while another answered: what the lock did not do
 * because of it. `before` is what the lock held for the host, `after` what it holds now.
 */
export function heldBack(observation: HostObservation, type: RecordType, before: ReadonlySet<string>, after: ReadonlySet<string>): HeldBack | undefined {
  const failed = failedServers(observation, type);
  const decided = observation.decided[type];
  if (failed.length === 0 || decided === undefined) return undefined;
  const answers = observation.answers.filter((answer) => answer.type === type);
  const ofType = (address: string) => isIPv6(address) === (type === 'AAAA');
  const agreedByAnswering = decided.filter((address) => answers.every((answer) => answer.addresses.includes(address)));
  return {
    host: observation.host,
    type,
    failed,
    answered: answers.map((answer) => answer.server),
    additions: agreedByAnswering.filter((address) => !after.has(address)),
    kept: sortAddresses([...before].filter((address) => ofType(address) && !decided.includes(address) && after.has(address))),
  };
}
