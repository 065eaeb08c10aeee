import { execFile } from 'node:child_process';
import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { tempDir } from './action.js';

const run = promisify(execFile);

/** Writes a config file into a fresh folder; `text` gets the folder, for pid and log paths. */
async function configFile(name: string, text: (dir: string) => string): Promise<string> {
  const dir = await tempDir();
  const file = path.join(dir, name);
  await writeFile(file, text(dir));
  return file;
}

/** The real parser for each export format that has one on Debian, run on a config that includes the export. */
export interface Validator {
  binary: string;
  /** The Debian package that brings the binary. */
  debian: string;
  /** The parser checks rules through the kernel (netlink), which only root may do. */
  root?: boolean;
  check(file: string): Promise<void>;
}

export const VALIDATORS: Record<string, Validator> = {
  nginx: {
    binary: '/usr/sbin/nginx',
    debian: 'nginx-light',
    async check(file) {
      const conf = await configFile(
        'nginx.conf',
        (dir) =>
          `pid ${dir}/nginx.pid;\nerror_log stderr;\nevents {}\nhttp {\n  access_log off;\n  server { listen 127.0.0.1:8099; location / { include ${file}; } }\n}\n`,
      );
      await run('/usr/sbin/nginx', ['-t', '-q', '-c', conf, '-p', path.dirname(conf)]);
    },
  },
  apache: {
    binary: '/usr/sbin/apache2',
    debian: 'apache2-bin',
    async check(file) {
      const modules = ['mpm_event', 'authz_core', 'authz_host'].map((m) => `LoadModule ${m}_module modules/mod_${m}.so`).join('\n');
      const conf = await configFile(
        'apache.conf',
        (dir) =>
          `ServerRoot /usr/lib/apache2\nServerName localhost\n${modules}\nListen 127.0.0.1:8097\nPidFile ${dir}/a.pid\nErrorLog /dev/stderr\n<Location />\n  Include ${file}\n</Location>\n`,
      );
      await run('/usr/sbin/apache2', ['-t', '-f', conf]);
    },
  },
  haproxy: {
    binary: '/usr/sbin/haproxy',
    debian: 'haproxy',
    async check(file) {
      const conf = await configFile(
        'haproxy.cfg',
        () =>
          `defaults\n  mode http\n  timeout client 1s\n  timeout server 1s\n  timeout connect 1s\nfrontend f\n  bind 127.0.0.1:8098\n  acl vipps src -f ${file}\n  http-request deny if !vipps\n`,
      );
      await run('/usr/sbin/haproxy', ['-c', '-q', '-f', conf]);
    },
  },
  nftables: {
    binary: '/usr/sbin/nft',
    debian: 'nftables',
    root: true,
    async check(file) {
      // The export holds sets for an include inside the user's own table.
      const conf = await configFile(
        'wrapper.nft',
        () =>
          `table inet merchant {\n  include "${file}"\n  chain input {\n    type filter hook input priority 0; policy accept;\n    ip saddr @vipps_callbacks_ipv4 accept\n    ip6 saddr @vipps_callbacks_ipv6 accept\n  }\n}\n`,
      );
      await run('/usr/sbin/nft', ['-c', '-f', conf]);
    },
  },
  iptables: {
    binary: '/usr/sbin/iptables-restore',
    debian: 'iptables',
    root: true,
    async check(file) {
      await run('/usr/sbin/iptables-restore', ['--test', '--noflush', file]);
    },
  },
  ip6tables: {
    binary: '/usr/sbin/ip6tables-restore',
    debian: 'iptables',
    root: true,
    async check(file) {
      await run('/usr/sbin/ip6tables-restore', ['--test', '--noflush', file]);
    },
  },
};
