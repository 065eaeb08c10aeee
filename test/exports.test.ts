import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { FORMATS, type FormatName } from '../src/exports/formats.js';
import { renderExports } from '../src/exports/render.js';
import type { ExportSpec } from '../src/exports/spec.js';
import type { Lock } from '../src/lock/types.js';
import { tempDir } from './support/action.js';
import { describeWith } from './support/tools.js';
import { VALIDATORS } from './support/validators.js';

const LOCK: Lock = {
  version: 1,
  environments: {
    production: {
      addresses: ['104.45.17.199', '104.45.28.230', '2603:1020:201:10::10f'],
      hosts: { 'callback-1.vipps.no': ['104.45.17.199', '2603:1020:201:10::10f'], 'callback-2.vipps.no': ['104.45.28.230'] },
    },
    'disaster-recovery': { addresses: ['13.79.229.87'], hosts: { 'callback-dr-1.vipps.no': ['13.79.229.87'] } },
  },
};
const EMPTY: Lock = { version: 1, environments: { production: { addresses: [], hosts: { 'callback-1.vipps.no': [] } } } };
const EXTENSIONS: Record<FormatName, string> = {
  cidr: 'txt',
  json: 'json',
  nginx: 'conf',
  apache: 'conf',
  haproxy: 'acl',
  iptables: 'rules',
  ip6tables: 'rules',
  nftables: 'nft',
  terraform: 'auto.tfvars.json',
  'aws-security-group': 'json',
  'azure-nsg': 'json',
  kubernetes: 'yaml',
};
const formats = Object.keys(FORMATS) as FormatName[];
const render = (lock: Lock, format: FormatName, options: Record<string, string> = {}, environments?: string[]) => {
  const spec: ExportSpec = { format, path: `out.${EXTENSIONS[format]}`, options, ...(environments ? { environments } : {}) };
  return renderExports(lock, [spec], 'ips.lock.json').get(spec.path) as string;
};

describe('golden files: each format renders the sample lock exactly as committed', () => {
  it.each(formats)('%s', async (format) => {
    const golden = path.join('test/golden', `${format}.${EXTENSIONS[format]}`);
    const text = render(LOCK, format);
    if (process.env.UPDATE_GOLDEN) await writeFile(golden, text);
    expect(text).toBe(await readFile(golden, 'utf8'));
  });
});

// Each parser from Debian checks the exports as its users' servers will. Without the package the
// suite says what to install (and fails in CI); nft and iptables-restore need root.
for (const needsRoot of [false, true]) {
  const validators = Object.entries(VALIDATORS).filter(([, v]) => (v.root ?? false) === needsRoot);
  const suite = describeWith(
    validators.map(([, v]) => v),
    { root: needsRoot },
  );
  suite(`checked by the real parsers from Debian${needsRoot ? ', as root' : ''}`, () => {
    const cases = validators.flatMap(([format]) => [
      [format, 'the sample lock', LOCK],
      [format, 'a lock with no addresses', EMPTY],
    ]) as Array<[FormatName, string, Lock]>;

    it.each(cases)('%s accepts its export of %s', async (format, _name, lock) => {
      const file = path.join(await tempDir(), `export.${EXTENSIONS[format]}`);
      await writeFile(file, render(lock, format, format.endsWith('tables') && format !== 'nftables' ? { port: '443' } : {}));
      await expect(VALIDATORS[format]?.check(file)).resolves.toBeUndefined();
    });

    it.each(validators.map(([format]) => format))('%s refuses a broken file, so its acceptance means something', async (format) => {
      const file = path.join(await tempDir(), 'broken');
      const text = render(LOCK, format as FormatName)
        .replace('104.45.17.199', '104.45.17.999')
        .replace('2603:1020:201:10::10f', '2603:1020:201:10::10g');
      await writeFile(file, text);
      await expect(VALIDATORS[format]?.check(file)).rejects.toThrow();
    });
  });
}

describe('the structured formats', () => {
  it('terraform: a map with a list per environment, and the union', () => {
    expect(JSON.parse(render(LOCK, 'terraform', { variable: 'vipps' }))).toEqual({
      vipps: { production: ['104.45.17.199/32', '104.45.28.230/32', '2603:1020:201:10::10f/128'], 'disaster-recovery': ['13.79.229.87/32'] },
      vipps_all: ['13.79.229.87/32', '104.45.17.199/32', '104.45.28.230/32', '2603:1020:201:10::10f/128'],
    });
  });

  it('aws-security-group: IpPermissions the AWS CLI takes, on the chosen port', () => {
    const [permission] = JSON.parse(render(LOCK, 'aws-security-group', { port: '8443' }, ['production']));
    expect(permission).toEqual({
      IpProtocol: 'tcp',
      FromPort: 8443,
      ToPort: 8443,
      IpRanges: [
        { CidrIp: '104.45.17.199/32', Description: 'Vipps MobilePay production (vipps-ip-lock)' },
        { CidrIp: '104.45.28.230/32', Description: 'Vipps MobilePay production (vipps-ip-lock)' },
      ],
      Ipv6Ranges: [{ CidrIpv6: '2603:1020:201:10::10f/128', Description: 'Vipps MobilePay production (vipps-ip-lock)' }],
    });
  });

  it('kubernetes: a NetworkPolicy with an ipBlock per address', () => {
    const policy = parseYaml(render(LOCK, 'kubernetes', { name: 'vipps', namespace: 'payments', port: '8080', 'pod-label': 'app=checkout' }));
    expect(policy).toEqual({
      apiVersion: 'networking.k8s.io/v1',
      kind: 'NetworkPolicy',
      metadata: { name: 'vipps', namespace: 'payments' },
      spec: {
        podSelector: { matchLabels: { app: 'checkout' } },
        policyTypes: ['Ingress'],
        ingress: [
          {
            from: ['13.79.229.87/32', '104.45.17.199/32', '104.45.28.230/32', '2603:1020:201:10::10f/128'].map((cidr) => ({ ipBlock: { cidr } })),
            ports: [{ protocol: 'TCP', port: 8080 }],
          },
        ],
      },
    });
    // `from: []` would admit every source; no addresses must admit none.
    expect(parseYaml(render(EMPTY, 'kubernetes')).spec.ingress).toEqual([]);
  });

  it('azure-nsg and json: address prefixes', () => {
    expect(JSON.parse(render(LOCK, 'azure-nsg', {}, ['disaster-recovery']))).toEqual({ sourceAddressPrefixes: ['13.79.229.87/32'] });
    expect(JSON.parse(render(LOCK, 'json')).environments['disaster-recovery']).toEqual(['13.79.229.87/32']);
  });

  it('allows nobody when there are no addresses', () => {
    const lines = (format: FormatName) =>
      render(EMPTY, format)
        .split('\n')
        .filter((l) => l && !l.startsWith('#'));
    expect(lines('nginx')).toEqual(['deny all;']);
    expect(lines('apache')).toEqual(['Require all denied']);
    expect(lines('haproxy')).toEqual([]);
    expect(lines('cidr')).toEqual([]);
    expect(lines('iptables').filter((l) => l.includes('ACCEPT'))).toEqual([]);
    expect(render(EMPTY, 'nftables')).not.toContain('elements');
    expect(JSON.parse(render(EMPTY, 'aws-security-group'))[0]).toMatchObject({ IpRanges: [], Ipv6Ranges: [] });
  });

  it('says where each file with comments comes from', () => {
    for (const format of ['cidr', 'nginx', 'apache', 'haproxy', 'iptables', 'ip6tables', 'nftables', 'kubernetes'] as const) {
      expect(render(LOCK, format).split('\n')[0]).toBe(
        '# Generated by vipps-ip-lock from ips.lock.json (production, disaster-recovery). Do not edit: it is rewritten when the lock changes.',
      );
    }
  });
});
