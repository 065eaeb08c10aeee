import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { diffLocks } from '../src/diff.js';
import { InputError } from '../src/errors.js';
import { renderExports } from '../src/exports/render.js';
import type { ExportSpec } from '../src/exports/spec.js';
import { mergeLock } from '../src/lock/merge.js';
import type { Lock } from '../src/lock/types.js';
import { readSettings } from '../src/settings.js';
import { tempDir } from './support/action.js';
import { describeWith } from './support/tools.js';
import { VALIDATORS, type Validator } from './support/validators.js';

// Every input is read as if someone wanted to add a rule to a firewall file, a key to a prototype
// or a line to the log: each hostile value is refused with a message naming the input, or used as
// the plain value it is.

const read = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '');

function refusal(inputs: Record<string, string>): InputError {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error(`expected ${JSON.stringify(inputs)} to be refused`);
}

describe('paths: the lock file and every export', () => {
  it.each([
    ['ips.lock.json\nallow all;\n#', 'control characters'],
    ['ips\r.lock.json', 'control characters'],
    ['ips\u2028lock.json', 'control characters'],
    ['vipps\u202efnoc.txt', 'bidirectional'],
    ['.git/config', '.git'],
    ['.GIT/config', '.git'],
    ['sub/.Git/hooks/pre-commit', '.git'],
    ['.git./config', '.git'],
    ['GIT~1/config', '.git'],
    ['/etc/passwd', 'absolute'],
    ['a/../../etc/passwd', 'out with ..'],
    ['..', 'out with ..'],
    ['C:\\lock.json', '< > : " | ? *'],
    ['::error::forged.json', '< > : " | ? *'],
    ['a-->b.json', '< > : " | ? *'],
    ['firewall/', 'not a folder'],
    ['.', 'not a folder'],
    [`${'x'.repeat(256)}.json`, '255 bytes'],
  ])('lock-file %j is refused (%s)', (value, why) => {
    const error = refusal({ 'lock-file': value });
    expect(error.input).toBe('lock-file');
    expect(error.message).toContain(why);
    // An export line ends at a line break; every other value is refused there alike.
    if (!/\s/.test(value)) expect(refusal({ exports: `json: ${value}` }).message).toContain(why);
  });

  it('keeps ordinary paths, in one form', () => {
    expect(read({ 'lock-file': 'firewall//./ips.lock.json' }).lockFile).toBe('firewall/ips.lock.json');
    expect(read({ 'lock-file': 'a\\b.json' }).lockFile).toBe('a/b.json');
    expect(read({ exports: 'nginx: ./fw/vipps.conf' }).exports[0]?.path).toBe('fw/vipps.conf');
    expect(read({ 'lock-file': '.github-locks/ips.json' }).lockFile).toBe('.github-locks/ips.json');
  });

  it.each([
    ['nginx: ips.lock.json', {}, 'ips.lock.json is named twice, and ips.lock.json is the lock file'],
    ['nginx: IPS.lock.json', {}, 'the same file where letter case is ignored'],
    ['nginx: ./ips.lock.json', {}, 'is the lock file'],
    ['nginx: ips.lock.json/x.conf', {}, 'ips.lock.json would have to be a folder for ips.lock.json/x.conf'],
    ['nginx: fw', { 'lock-file': 'fw/ips.lock.json' }, 'fw would have to be a folder'],
    ['cidr: fw\njson: fw/x.json', {}, 'fw would have to be a folder for fw/x.json, and fw is already written by another line'],
    ['json: fw/x.json\ncidr: fw', {}, 'fw would have to be a folder for fw/x.json'],
    ['cidr: a.txt\njson: a.txt', {}, 'a.txt is named twice'],
    ['cidr: a.txt\njson: ./A.txt', {}, 'the same file where letter case is ignored'],
  ])('refuses colliding paths: %j', (exports, inputs, message) => {
    expect(refusal({ exports, ...inputs }).message).toContain(message);
  });
});

describe('names used as keys never reach the prototype chain', () => {
  it.each(['toString', 'constructor', '__proto__', 'hasOwnProperty', 'valueOf'])('environments: %s is refused clearly', (name) => {
    const error = refusal({ environments: name });
    expect(error.message).toBe(
      `Input "environments" has the value "${name}", but it must be one of: production, disaster-recovery, test, api-production, api-test, or none.`,
    );
  });

  it.each(['constructor', '__proto__', 'toString', 'hasOwnProperty'])('an export format %s is refused clearly', (format) => {
    expect(refusal({ exports: `${format}: x.txt` }).message).toContain('the format must be one of: cidr, json');
  });

  it.each(['toString=x', '__proto__=x', 'constructor=x', 'valueOf=1', 'hasOwnProperty=y'])('an export option %s is refused clearly', (option) => {
    expect(refusal({ exports: `nftables: x.nft ${option}` }).message).toContain('is not an option of nftables: it takes environments=..., name=...');
  });

  it('an option given twice is refused', () => {
    expect(refusal({ exports: 'nftables: x.nft name=a name=b' }).message).toContain('name= is given twice');
  });

  it('a group named constructor works as a plain name, through merge, diff and every export', () => {
    const settings = read({ environments: 'none', hosts: 'constructor: callback-1.vipps.no\ntostring: callback-2.vipps.no' });
    expect(settings.groups.map((g) => g.name)).toEqual(['constructor', 'tostring']);
    const observations = new Map(
      ['callback-1.vipps.no', 'callback-2.vipps.no'].map((host, i) => [
        host,
        { host, decided: { A: [`104.45.17.${199 + i}`], AAAA: [] }, answers: [], noSuchHost: false, failures: [], rejected: [] },
      ]),
    );
    const merge = (previous: Lock | undefined) =>
      mergeLock({ previous, groups: settings.groups, observations, types: ['A', 'AAAA'], now: new Date('2026-11-24T12:00:00Z'), removalGraceMs: 0 });
    const first = merge(undefined);
    const second = merge(first);
    expect(Object.keys(second.environments)).toEqual(['constructor', 'tostring']);
    expect(Object.entries(second.environments)[0]?.[1].addresses).toEqual(['104.45.17.199']);
    expect(diffLocks(first, second, 0).drift).toBe(false);
    // A lock without the group: the diff sees it as new, not as Object's constructor.
    const without: Lock = { version: 1, environments: {} };
    expect(diffLocks(without, second, 0).environments.map((e) => [e.environment, e.presence])).toEqual([
      ['constructor', 'new'],
      ['tostring', 'new'],
    ]);
    const specs: ExportSpec[] = [{ format: 'json', path: 'x.json', options: {}, environments: ['constructor'] }];
    expect(JSON.parse(renderExports(without, specs, 'ips.lock.json').get('x.json') ?? '')).toMatchObject({ environments: { constructor: [] } });
  });
});

describe('numbers and durations: digits only, within bounds', () => {
  it.each([
    ['removal-grace', '100000000d'],
    ['removal-grace', '366d'],
    ['removal-grace', '8761h'],
    ['removal-grace', '525601m'],
    ['removal-grace', '1e3d'],
    ['removal-grace', '7 d'],
    ['removal-grace', '7D'],
    ['removal-grace', '-1d'],
    ['removal-grace', '7d;'],
    ['removal-grace', '0x10d'],
    ['removal-grace', '99999999999999999999d'],
    ['dns-timeout', '1e3'],
    ['dns-timeout', '0x10'],
    ['dns-timeout', '2000ms'],
    ['dns-timeout', '1_000'],
    ['dns-timeout', '99999999999999999999999'],
    ['dns-timeout', '49'],
    ['dns-timeout', '60001'],
    ['dns-attempts', '+2'],
    ['dns-attempts', '2.0'],
    ['dns-attempts', '11'],
    ['dns-attempts', '0'],
  ])('%s %j is refused', (input, value) => {
    expect(refusal({ [input]: value }).input).toBe(input);
  });

  it('takes the bounds themselves', () => {
    expect(read({ 'removal-grace': '365d' }).removalGraceMs).toBe(365 * 86_400_000);
    expect(read({ 'removal-grace': '0' }).removalGraceMs).toBe(0);
    expect(read({ 'removal-grace': '30m' }).removalGraceMs).toBe(1_800_000);
    expect(read({ 'dns-timeout': '60000', 'dns-attempts': '10' })).toMatchObject({ dnsTimeoutMs: 60_000, dnsAttempts: 10 });
  });
});

describe('exports cannot lock a machine out or carry a rule', () => {
  const lock: Lock = {
    version: 1,
    environments: {
      production: { addresses: ['104.45.17.199', '2603:1020:201:10::10f'], hosts: { 'callback-1.vipps.no': ['104.45.17.199', '2603:1020:201:10::10f'] } },
    },
  };
  const renderOne = (line: string) => {
    const [spec] = read({ environments: 'production', exports: line }).exports;
    return renderExports(lock, [spec as ExportSpec], 'ips.lock.json').get((spec as ExportSpec).path) as string;
  };

  it.each(['INPUT', 'input', 'Output', 'FORWARD', 'PREROUTING', 'POSTROUTING', 'ACCEPT', 'drop', 'REJECT', 'RETURN', 'QUEUE', 'LOG', 'DNAT'])(
    'iptables and ip6tables refuse the built-in chain or target %s',
    (chain) => {
      for (const format of ['iptables', 'ip6tables']) {
        expect(refusal({ exports: `${format}: fw.rules chain=${chain}` }).message).toContain('is a built-in chain or target');
      }
    },
  );

  it.each(['-x', '!x', 'a;b', 'a b', 'x'.repeat(29), 'a\nb', 'ä'])('iptables refuses the chain name %j', (chain) => {
    expect(() => read({ exports: `iptables: fw.rules chain=${chain}` })).toThrow(InputError);
  });

  it.each(['a;b', 'x}', 'a-b', '1x', 'x'.repeat(27), 'a"b'])('nftables refuses the name %j', (name) => {
    expect(refusal({ exports: `nftables: fw.nft name=${name}` }).message).toContain('name=');
  });

  it.each(['source', 'count', 'for_each', 'a-b', 'x;y'])('terraform refuses the variable %j', (variable) => {
    expect(refusal({ exports: `terraform: x.tfvars.json variable=${variable}` }).message).toContain('variable=');
  });

  it.each([
    'namespace=Payments',
    'namespace=a.b',
    'name=-x',
    `name=${'x'.repeat(64)}`,
    'pod-label=app',
    'pod-label=a=b=c',
    'pod-label==web',
    'pod-label=app=-web',
    'pod-label=Example.com/app=web',
    `pod-label=app=${'x'.repeat(64)}`,
    'pod-label=a{b}=c',
  ])('kubernetes refuses %s', (option) => {
    expect(refusal({ exports: `kubernetes: policy.yaml ${option}` }).message).toContain('cannot be used');
  });

  it('writes every kubernetes value as a quoted string, which YAML 1.1 and 1.2 read as strings', () => {
    const text = renderOne('kubernetes: policy.yaml name=1e3 namespace=null pod-label=on=yes');
    expect(text).toContain('  name: "1e3"\n  namespace: "null"\n');
    expect(text).toContain('      "on": "yes"\n');
    for (const version of ['1.1', '1.2'] as const) {
      const policy = parseYaml(text, { version });
      expect(policy.metadata).toEqual({ name: '1e3', namespace: 'null' });
      expect(policy.spec.podSelector).toEqual({ matchLabels: { on: 'yes' } });
      expect(policy.spec.ingress[0].from[0].ipBlock.cidr).toBe('104.45.17.199/32');
    }
    expect(parseYaml(renderOne('kubernetes: p.yaml pod-label=app.kubernetes.io/name=')).spec.podSelector).toEqual({
      matchLabels: { 'app.kubernetes.io/name': '' },
    });
  });

  it('keeps the header comment on one line, whatever reaches it', () => {
    const spec: ExportSpec = { format: 'nginx', path: 'x.conf', options: {} };
    const text = renderExports(lock, [spec], 'ips.lock.json\nallow all;\n#').get('x.conf') as string;
    expect(text.split('\n').filter((line) => line.startsWith('allow'))).toEqual(['allow 104.45.17.199/32;', 'allow 2603:1020:201:10::10f/128;']);
    expect(text.split('\n')[0]).toMatch(/^# Generated by vipps-ip-lock from ips.lock.json allow all; # \(production\)/);
  });
});

describeWith([VALIDATORS.iptables, VALIDATORS.ip6tables] as Validator[], { root: true })('the real parsers, as root', () => {
  it('take the files written with the most unusual chain names allowed', async () => {
    const lock: Lock = {
      version: 1,
      environments: {
        production: { addresses: ['104.45.17.199', '2603:1020:201:10::10f'], hosts: { 'callback-1.vipps.no': ['104.45.17.199', '2603:1020:201:10::10f'] } },
      },
    };
    const { writeFile } = await import('node:fs/promises');
    const dir = await tempDir();
    for (const [format, line] of [
      ['iptables', 'iptables: x.rules chain=_vipps-in port=8443'],
      ['ip6tables', 'ip6tables: x.rules chain=vipps_callbacks_for_payments'],
    ] as const) {
      const [spec] = read({ environments: 'production', exports: line }).exports;
      const file = `${dir}/${format}.rules`;
      await writeFile(file, renderExports(lock, [spec as ExportSpec], 'ips.lock.json').get((spec as ExportSpec).path) as string);
      await expect(VALIDATORS[format]?.check(file)).resolves.toBeUndefined();
    }
  });
});

describe('names sent to GitHub and quoted in summaries', () => {
  it.each([
    ['branch', 'update<img src=x>'],
    ['branch', 'a`b'],
    ['branch', 'fix#12'],
    ['branch', '@octo'],
    ['branch', 'a//b'],
    ['base', 'main\n::error::x'],
    ['reviewers', 'octo-org/admins'],
    ['reviewers', '-octocat'],
    ['assignees', 'octo--cat'],
    ['labels', 'x'.repeat(51)],
  ])('%s %j is refused', (input, value) => {
    expect(refusal({ [input]: value }).input).toBe(input);
  });

  it('takes ordinary names', () => {
    const settings = read({ branch: 'bots/vipps-ip-lock_2.0', base: 'release/v1+x', reviewers: 'octocat, hubot-2', labels: 'security, firewall: vipps' });
    expect(settings.github).toMatchObject({
      branch: 'bots/vipps-ip-lock_2.0',
      base: 'release/v1+x',
      reviewers: ['octocat', 'hubot-2'],
      labels: ['security', 'firewall: vipps'],
    });
  });
});

describe('DNS server short names are own names only', () => {
  it.each(['constructor', 'toString', '__proto__', 'hasOwnProperty'])('dns-servers %s is refused clearly', (name) => {
    const error = refusal({ 'dns-servers': name });
    expect(error.input).toBe('dns-servers');
    expect(error.value).toBe(name);
  });
});
