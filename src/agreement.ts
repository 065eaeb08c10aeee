import { sortAddresses } from './addresses.js';
import type { RecordType } from './dns/types.js';
import type { HostObservation } from './observation.js';

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
 * The addresses of one record type that no answering server contradicts. Under `add-when: all`
 * only these may enter the lock: one forged or broken path cannot add an address on its own.
 */
export function agreedAddresses(observation: HostObservation, type: RecordType): Set<string> {
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
