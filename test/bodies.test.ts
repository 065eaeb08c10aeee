import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { SAMPLE_ZONE } from '../scripts/demo-zone.mjs';
import type { Observed } from '../src/dns/resolve-hosts.js';
import type { Lookup, RecordType } from '../src/dns/types.js';
import { lockFromObservations } from '../src/engine.js';
import { renderExports } from '../src/exports/render.js';
import { checkExports, staleFiles } from '../src/modes/exports.js';
import { runLocal } from '../src/modes/local.js';
import { observeHosts } from '../src/observation.js';
import { issueBody, pullRequestBody } from '../src/report/bodies.js';
import { readSettings } from '../src/settings.js';
import { tempDir } from './support/action.js';

// What a reviewer reads for the most common change: Vipps MobilePay replaced one server, so
// callback-2 and callback-4 (which share it) moved from 104.45.28.230 to 104.45.28.231. The
// bodies are kept as files beside this test (review them as a reviewer would); the tests below
// hold them to the first screen.

const SETTINGS = readSettings((name) => ({ 'dns-servers': '127.0.0.1:53', exports: 'nginx: firewall/vipps.conf' })[name as 'exports'] ?? '');
const BEFORE = new Date('2026-11-17T06:00:00Z');
const NOW = new Date('2026-11-24T06:00:00Z');
type Zone = Record<string, { A?: string[]; AAAA?: string[]; CNAME?: string }>;

/** What one DNS server said about every configured host, as the resolver reports it. */
function observed(zone: Zone): Observed {
  const hosts = [...new Set(SETTINGS.groups.flatMap((g) => g.hosts))];
  const lookups: Lookup[] = hosts.flatMap((host) =>
    (['A', 'AAAA'] as RecordType[]).map((type) => {
      const addresses = zone[host]?.[type];
      return {
        server: '127.0.0.1:53',
        host,
        type,
        outcome: addresses?.length ? { kind: 'addresses' as const, addresses } : { kind: 'no-records' as const },
      };
    }),
  );
  return { hosts, observations: observeHosts(lookups, ['A', 'AAAA']) };
}

const MOVED: Zone = { ...SAMPLE_ZONE, 'callback-2.vipps.no': { A: ['104.45.28.231'] }, 'callback-4.vipps.no': { A: ['104.45.28.231'] } };
const committed = lockFromObservations({ settings: SETTINGS, observed: observed(SAMPLE_ZONE), previous: undefined, now: BEFORE });
const result = lockFromObservations({ settings: SETTINGS, observed: observed(MOVED), previous: committed.next, now: NOW });
const firewall = renderExports(committed.next, SETTINGS.exports, SETTINGS.lockFile);
const exports = await checkExports(SETTINGS, result.next, async (file) => firewall.get(file));

const pullRequest = pullRequestBody(result, SETTINGS.lockFile, 'a1b2c3d4e5f60718293a4b5c6d7e8f9012345678', '0123456789abcdef', exports.stale);
const issue = issueBody(result, SETTINGS.lockFile, '0123456789abcdef', staleFiles(exports));

async function checkSummary(): Promise<string> {
  const root = await tempDir();
  await mkdir(path.join(root, 'firewall'), { recursive: true });
  await writeFile(path.join(root, SETTINGS.lockFile), committed.nextText);
  await writeFile(path.join(root, 'firewall/vipps.conf'), firewall.get('firewall/vipps.conf') ?? '');
  const outcome = await runLocal(SETTINGS, { root, observed: Promise.resolve(observed(MOVED)), now: NOW, updateHint: 'Merge the update pull request.' });
  return outcome.summary;
}

/** The first screen: what a reviewer sees before scrolling, about 25 lines of a rendered body. */
function firstScreen(markdown: string): string {
  return markdown
    .split('\n')
    .filter((line) => !line.startsWith('<!--'))
    .slice(0, 14)
    .join('\n');
}

describe('the bodies for one moved server', () => {
  it('match the reviewed files', async () => {
    await expect(pullRequest).toMatchFileSnapshot('__snapshots__/bodies/pull-request.md');
    await expect(issue).toMatchFileSnapshot('__snapshots__/bodies/issue.md');
    await expect(await checkSummary()).toMatchFileSnapshot('__snapshots__/bodies/check-summary.md');
  });

  it.each([
    ['pull request', () => pullRequest],
    ['issue', () => issue],
    ['check summary', checkSummary],
  ])('the %s shows what to allow and what leaves on the first screen, once each', async (_, body) => {
    const text = await body();
    const screen = firstScreen(text);
    expect(screen).toMatch(/\| production \| ➕ added \| `104\.45\.28\.231` \| `callback-2\.vipps\.no`, `callback-4\.vipps\.no` \|/);
    expect(screen).toMatch(/\| production \| ⏳ departing \| `104\.45\.28\.230` \|.*allowed until 2026-12-01 06:00 UTC/);
    // One row per address, however many hosts give it.
    expect(text.match(/➕ added/g)).toHaveLength(1);
  });

  it('keeps the pull request short: GitHub shows the files', () => {
    expect(pullRequest).not.toContain('```');
    expect(pullRequest).toContain('This pull request also updates `firewall/vipps.conf` to match the new lock.');
    expect(pullRequest.length).toBeLessThan(1500);
  });

  it('shows in the issue the lock change as a compact diff and the firewall file change, and says nothing was committed', () => {
    expect(issue).toContain('<summary>Change to ips.lock.json</summary>');
    expect(issue).toContain('<summary>Change to firewall/vipps.conf</summary>');
    expect(issue).toMatch(/-allow 104\.45\.28\.230\/32;\n\+allow 104\.45\.28\.231\/32;|\+allow 104\.45\.28\.231\/32;/);
    expect(issue).not.toMatch(/brought in step|updated the firewall/i);
    // Few context lines, not the whole file.
    const diff = issue.slice(issue.indexOf('```diff'), issue.indexOf('```', issue.indexOf('```diff') + 3));
    expect(diff.split('\n').length).toBeLessThan(result.nextText.split('\n').length / 2);
    for (const hunk of diff.split('\n@@').slice(1))
      expect(
        hunk
          .split('\n')
          .slice(1, 4)
          .filter((l) => l.startsWith(' ')).length,
      ).toBeLessThanOrEqual(2);
    expect(issue.length).toBeLessThan(4000);
  });

  it('shows in the check summary the stale firewall file next to the lock', async () => {
    const summary = await checkSummary();
    expect(summary).toContain('<summary>Change to firewall/vipps.conf</summary>');
    expect(summary).toContain('<summary>New ips.lock.json</summary>');
  });
});
