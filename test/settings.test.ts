import { describe, expect, it } from 'vitest';
import { InputError } from '../src/errors.js';
import { readSettings } from '../src/settings.js';

const read = (inputs: Record<string, string>) => readSettings((name) => inputs[name] ?? '');

function errorOf(inputs: Record<string, string>): InputError {
  try {
    read(inputs);
  } catch (error) {
    if (error instanceof InputError) return error;
    throw error;
  }
  throw new Error('expected an InputError');
}

describe('readSettings', () => {
  it('gives the documented defaults', () => {
    const settings = read({ 'github-token': 'tok' });
    expect(settings).toMatchObject({
      mode: 'check',
      lockFile: 'ips.lock.json',
      dnsServers: [],
      recordTypes: ['A', 'AAAA'],
      removalGraceMs: 7 * 86_400_000,
      onLookupFailure: 'fail',
      dryRun: false,
      github: { token: 'tok', branch: 'vipps-ip-lock/update', base: '', labels: [], draft: false },
    });
    expect(settings.groups.map((g) => g.name)).toEqual(['production', 'disaster-recovery', 'test']);
    expect(settings.groups[0]?.hosts).toEqual(['callback-1.vipps.no', 'callback-2.vipps.no', 'callback-3.vipps.no', 'callback-4.vipps.no']);
    expect(settings.groups[2]?.hosts).toEqual(['callback-mt-1.vipps.no', 'callback-mt-2.vipps.no']);
  });

  it('reads lists split on commas and newlines, and custom host groups', () => {
    const settings = read({
      environments: 'production\napi-production',
      hosts: 'partner: Hooks.Example.com., api.example.com\n# a comment\nother: x.example.org',
      'dns-servers': '1.1.1.1, 127.0.0.1:5353\n[2606:4700:4700::1111]:53, 2001:4860:4860::8888',
      'record-types': 'aaaa',
      'removal-grace': '48h',
    });
    expect(settings.groups).toEqual([
      { name: 'production', hosts: expect.any(Array) },
      { name: 'api-production', hosts: ['api.vipps.no'] },
      { name: 'partner', hosts: ['hooks.example.com', 'api.example.com'] },
      { name: 'other', hosts: ['x.example.org'] },
    ]);
    expect(settings.dnsServers).toEqual(['1.1.1.1', '127.0.0.1:5353', '[2606:4700:4700::1111]:53', '2001:4860:4860::8888']);
    expect(settings.recordTypes).toEqual(['AAAA']);
    expect(settings.removalGraceMs).toBe(48 * 3_600_000);
  });

  it.each([
    [{ mode: 'pr' }, 'mode', 'check, pull-request, issue, report'],
    [{ environments: 'staging' }, 'environments', 'production, disaster-recovery, test, api-production, api-test'],
    [{ environments: 'none', hosts: '' }, 'environments', 'at least one environment'],
    [{ hosts: 'callback-9.vipps.no' }, 'hosts', 'group: host1, host2'],
    [{ hosts: 'x: not a host' }, 'hosts', 'host name'],
    [{ hosts: 'production: a.example.com' }, 'hosts', 'already defined'],
    [{ 'dns-servers': '8.8.8' }, 'dns-servers', 'ip:port'],
    [{ 'dns-servers': '127.0.0.1:70000' }, 'dns-servers', 'ip:port'],
    [{ 'dns-servers': 'dns.google' }, 'dns-servers', 'IP address'],
    [{ 'record-types': 'A, MX' }, 'record-types', 'A, AAAA or both'],
    [{ 'removal-grace': '7 days' }, 'removal-grace', '30m, 48h or 7d'],
    [{ 'lock-file': '../outside.json' }, 'lock-file', 'inside the repository'],
    [{ 'lock-file': '/etc/ips.lock.json' }, 'lock-file', 'inside the repository'],
    [{ 'lock-file': 'a/../../b.json' }, 'lock-file', 'inside the repository'],
    [{ 'dry-run': 'maybe' }, 'dry-run', 'true or false'],
    [{ 'dns-timeout': '10' }, 'dns-timeout', '50 to 60000'],
    [{ branch: 'bad..name' }, 'branch', 'git branch name'],
    [{ 'on-lookup-failure': 'ignore' }, 'on-lookup-failure', 'fail, warn'],
  ])('refuses %j naming the input, the value and what is expected', (inputs, input, expected) => {
    const error = errorOf(inputs);
    expect(error.input).toBe(input);
    expect(error.message).toContain(`"${input}"`);
    expect(error.message).toContain(expected);
  });

  it('reads exports with their options', () => {
    expect(read({ exports: 'nginx: firewall/vipps.conf\n# a comment\naws-security-group: aws/vipps.json environments=production port=8443' }).exports).toEqual([
      { format: 'nginx', path: 'firewall/vipps.conf', options: {} },
      { format: 'aws-security-group', path: 'aws/vipps.json', environments: ['production'], options: { port: '8443' } },
    ]);
  });

  it.each([
    ['pf: rules.conf', 'the format must be one of: cidr, json, nginx'],
    ['nginx', 'each line must be "format: path"'],
    ['nginx: ../outside.conf', 'inside the repository'],
    ['nginx: ips.lock.json', 'is the lock file'],
    ['nginx: a.conf\ncidr: a.conf', 'already written by another line'],
    ['nginx: a.conf environments=staging', 'among those configured (production, disaster-recovery, test), not staging'],
    ['nginx: a.conf port=443', '"port=443" is not an option of nginx: it takes environments=...'],
    ['aws-security-group: a.json port=99999', 'port=99999 cannot be used: it must be a port number'],
  ])('refuses the export %j', (exports, expected) => {
    const error = errorOf({ exports });
    expect(error.input).toBe('exports');
    expect(error.message).toContain(expected);
  });

  it('takes none for custom hosts only', () => {
    expect(read({ environments: 'none', hosts: 'partner: a.example.com' }).groups).toEqual([{ name: 'partner', hosts: ['a.example.com'] }]);
  });

  it('normalizes the lock path', () => {
    expect(read({ 'lock-file': './firewall//ips.lock.json' }).lockFile).toBe('firewall/ips.lock.json');
  });
});
