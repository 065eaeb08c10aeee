import { nodeDns } from '../node-builtins.js';

/** The servers the runner itself uses, from /etc/resolv.conf: asked each on its own, like configured ones. */
export function systemServers(): string[] {
  // Loaded here, not at start-up: most runs name their servers, and node:dns costs a millisecond.
  return nodeDns().getServers();
}
