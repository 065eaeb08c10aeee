import { afterEach, beforeEach, expect } from 'vitest';
import { SAMPLE_ZONE } from '../../scripts/demo-zone.mjs';
import { startDnsServer } from '../../scripts/dns-fake.mjs';
import { GitHubFake } from './github-fake.js';

export type DnsServer = Awaited<ReturnType<typeof startDnsServer>>;

/**
 * A fresh GitHub fake and a DNS server with the sample zone for every test, handed to `onStart`;
 * after each test the fake must have seen no request GitHub's description refuses.
 */
export function useGitHubAndDns(onStart: (github: GitHubFake, dns: DnsServer) => void): void {
  let github: GitHubFake | undefined;
  let dns: DnsServer | undefined;
  beforeEach(async () => {
    github = await new GitHubFake().start();
    dns = await startDnsServer({ zone: SAMPLE_ZONE });
    onStart(github, dns);
  });
  afterEach(async () => {
    expect(github?.violations).toEqual([]);
    await github?.close();
    await dns?.close();
  });
}
