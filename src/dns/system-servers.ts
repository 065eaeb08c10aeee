import { getServers } from 'node:dns';

/** The servers the runner itself uses, from /etc/resolv.conf: asked each on its own, like configured ones. */
export function systemServers(): string[] {
  return getServers();
}
