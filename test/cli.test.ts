import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { parseArgs } from '../src/cli/args.js';
import { EXIT_MEANINGS } from '../src/cli/exit-codes.js';
import { FLAGS } from '../src/cli/flags.js';
import { generalHelp } from '../src/cli/help.js';
import { editDistance, nearest } from '../src/cli/suggest.js';

const readme = await readFile('README.md', 'utf8');

describe('reading the command line', () => {
  it('takes flags before or after the command, with = or a separate value, repeated where allowed', () => {
    const args = parseArgs(['--json', 'update', '--dns-server=127.0.0.1:53', '--dns-server', '::1', '--export', 'nginx: a.conf', '--lock-file', 'x.json']);
    expect(args).toMatchObject({ command: 'update', json: true, help: false, version: false });
    expect(Object.fromEntries(args.values)).toEqual({ 'dns-server': ['127.0.0.1:53', '::1'], export: ['nginx: a.conf'], 'lock-file': ['x.json'] });
  });

  it('reads help in every form', () => {
    expect(parseArgs(['help', 'check'])).toMatchObject({ command: 'help', topic: 'check' });
    expect(parseArgs(['check', '-h'])).toMatchObject({ command: 'check', help: true });
    expect(parseArgs(['--help'])).toMatchObject({ command: undefined, help: true });
    expect(parseArgs(['--version'])).toMatchObject({ version: true });
  });

  it('takes a value that starts with one dash, and everything after -- as it is', () => {
    expect(parseArgs(['check', '--removal-grace', '-1']).values.get('removal-grace')).toEqual(['-1']);
    expect(() => parseArgs(['check', '--', '--json'])).toThrow('Unexpected argument "--json"');
  });

  it('suggests the nearest flag or command for a typo, and nothing for a word far from all', () => {
    expect(editDistance('chekc', 'check')).toBe(1);
    expect(
      nearest(
        '--dns-servers',
        FLAGS.map((f) => `--${f.name}`),
      ),
    ).toBe('--dns-server');
    expect(
      nearest(
        '--env',
        FLAGS.map((f) => `--${f.name}`),
      ),
    ).toBe('--environments');
    expect(nearest('udpate', ['resolve', 'check', 'update'])).toBe('update');
    expect(
      nearest(
        '--frobnicate',
        FLAGS.map((f) => `--${f.name}`),
      ),
    ).toBeUndefined();
    expect(() => parseArgs(['check', '--frobnicate'])).toThrow(/^Unknown flag --frobnicate\. See vipps-ip-lock help\.$/);
    expect(() => parseArgs(['check', '--export-file', 'x'])).toThrow('Did you mean --export?');
    expect(() => parseArgs(['check', '--dns', 'x'])).toThrow('Did you mean --dns-server, --dns-timeout or --dns-attempts?');
  });
});

describe('the command line as documented', () => {
  it('README lists every exit status as help does', () => {
    const table = /<!-- exit-codes:start -->\n([\s\S]*?)<!-- exit-codes:end -->/.exec(readme)?.[1] ?? '';
    const rows = EXIT_MEANINGS.map(([code, meaning]) => `| \`${code}\` | ${meaning} |`);
    expect(table).toBe(`| exit status | meaning |\n|---|---|\n${rows.join('\n')}\n`);
    for (const [code, meaning] of EXIT_MEANINGS) expect(generalHelp()).toContain(`  ${code}  ${meaning}`);
  });

  it('every input of the action that is not about GitHub has a flag', async () => {
    const action = await readFile('action.yml', 'utf8');
    const inputs = [...(/^inputs:\n([\s\S]*?)^\S/m.exec(action)?.[1] ?? '').matchAll(/^ {2}([a-z-]+):$/gm)].map((m) => m[1]);
    const githubOnly = ['mode', 'github-token', 'branch', 'base', 'labels', 'reviewers', 'assignees', 'draft', 'dry-run'];
    expect(inputs.length).toBeGreaterThan(10);
    for (const input of inputs.filter((i) => !githubOnly.includes(i as string))) {
      expect(
        FLAGS.map((f) => f.input),
        `no flag fills the input ${input}`,
      ).toContain(input);
    }
  });

  it('README names every flag', () => {
    for (const flag of FLAGS.filter((f) => f.name !== 'help')) expect(readme).toContain(`\`--${flag.name}\``);
  });

  it('every vipps-ip-lock command in README and examples/ is one the command line accepts', async () => {
    const examples = await readdir('examples', { recursive: true, withFileTypes: true });
    const texts = [readme];
    for (const entry of examples.filter((e) => e.isFile())) texts.push(await readFile(path.join(entry.parentPath, entry.name), 'utf8'));
    const commands = texts.flatMap((text) =>
      [...text.matchAll(/vipps-ip-lock(?:@[\w.]+)? ((?:resolve|check|update|help)\b[^\n;|&`]*)/g)].map((m) => m[1] as string),
    );
    expect(commands.length).toBeGreaterThan(5);
    for (const found of commands) {
      // A command inside a YAML string in single quotes ends before the closing quote.
      const command = (found.match(/'/g) ?? []).length % 2 === 1 ? found.replace(/'\s*$/, '') : found;
      const words = [...command.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((m) => m[1] ?? m[2] ?? m[3] ?? '');
      // A shell comment or a line continuation ends the command.
      const end = words.findIndex((w) => w.startsWith('#') || w === '\\');
      expect(() => parseArgs(end === -1 ? words : words.slice(0, end)), command).not.toThrow();
    }
  });
});

describe('examples/gitlab/.gitlab-ci.yml', () => {
  it('checks on merge requests and updates on a schedule, committing only after exit status 3', async () => {
    const { parse } = await import('yaml');
    const { execFile } = await import('node:child_process');
    const { promisify } = await import('node:util');
    const pipeline = parse(await readFile('examples/gitlab/.gitlab-ci.yml', 'utf8')) as Record<string, { rules?: Array<{ if: string }>; script?: string[] }>;
    const check = pipeline['vipps-ip-lock:check'];
    const update = pipeline['vipps-ip-lock:update'];
    expect(check?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "merge_request_event"' }]);
    expect(check?.script?.join('\n')).toMatch(/npx --yes vipps-ip-lock@1 check /);
    expect(update?.rules).toEqual([{ if: '$CI_PIPELINE_SOURCE == "schedule"' }]);
    const script = update?.script ?? [];
    const stop = script.findIndex((line) => line.includes('"$status" -ne 3'));
    const commit = script.findIndex((line) => line.startsWith('git commit'));
    expect(stop).toBeGreaterThan(0);
    expect(commit).toBeGreaterThan(stop);
    // GitLab runs the lines as one shell script: it must be one sh accepts.
    await promisify(execFile)('/bin/sh', ['-n', '-c', script.join('\n')]);
  });
});
