import { readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as actionsCore from '@actions/core';
import { afterEach, describe, expect, it } from 'vitest';
import * as runner from '../src/runner.js';
import { setOutputs } from '../src/runner-output.js';
import { tempDir } from './support/action.js';

// src/runner.ts and src/runner-output.ts stand in for @actions/core; the runner must not be able to
// tell them apart.

type Api = {
  getInput(name: string): string;
  setOutputs(outputs: Record<string, string>): void;
  setSecret(value: string): void;
  info(message: string): void;
  debug(message: string): void;
  warning(message: string): void;
  setFailed(message: string): void;
  summary(markdown: string): Promise<void>;
};

const viaCore: Api = {
  getInput: (name) => actionsCore.getInput(name),
  setOutputs: (outputs) => {
    for (const [name, value] of Object.entries(outputs)) actionsCore.setOutput(name, value);
  },
  setSecret: (value) => actionsCore.setSecret(value),
  info: (message) => actionsCore.info(message),
  debug: (message) => actionsCore.debug(message),
  warning: (message) => actionsCore.warning(message),
  setFailed: (message) => actionsCore.setFailed(message),
  summary: async (markdown) => void (await actionsCore.summary.addRaw(markdown).write()),
};
const viaRunner: Api = { ...runner, setOutputs, summary: async (markdown) => runner.appendSummary(markdown) };

const saved = { ...process.env };
const exitCode = process.exitCode;
afterEach(() => {
  process.env = { ...saved };
  process.exitCode = exitCode;
});

async function observe(api: Api) {
  const folder = await tempDir();
  process.env.GITHUB_OUTPUT = path.join(folder, 'output');
  process.env.GITHUB_STEP_SUMMARY = path.join(folder, 'summary');
  process.env['INPUT_LOCK-FILE'] = '  firewall/ips.lock.json \n';
  process.env.INPUT_DNS_SERVERS = 'not read: spaces become underscores, hyphens stay';
  // Debug logging on, as the runner says it is: @actions/core writes debug lines either way.
  process.env.RUNNER_DEBUG = '1';
  await writeFile(process.env.GITHUB_OUTPUT, '');
  await writeFile(process.env.GITHUB_STEP_SUMMARY, '');
  const written: string[] = [];
  const write = process.stdout.write;
  process.stdout.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stdout.write;
  let inputs: string[];
  try {
    inputs = [api.getInput('lock-file'), api.getInput('dns-servers'), api.getInput('missing')];
    api.setSecret('s3cr%et\nline');
    api.info('a plain line');
    api.warning('callback-2.vipps.no could not be resolved: 100% failed,\r\nretry: later');
    api.debug('raw answer: [1, 2]');
    api.setOutputs({ added: '["104.45.28.231"]', multi: 'line one\nline two' });
    await api.summary('### Heading\n| a | b |\n');
    api.setFailed('ips.lock.json does not match DNS: production: added 1.2.3.4');
  } finally {
    process.stdout.write = write;
  }
  const delimiters = /ghadelimiter_[0-9a-f-]+/g;
  return {
    inputs,
    stdout: written.join(''),
    outputs: (await readFile(process.env.GITHUB_OUTPUT, 'utf8')).replace(delimiters, 'DELIMITER'),
    summary: await readFile(process.env.GITHUB_STEP_SUMMARY, 'utf8'),
    exitCode: process.exitCode,
  };
}

describe('runner protocol', () => {
  it('does what @actions/core does for every call the action makes', async () => {
    const expected = await observe(viaCore);
    process.exitCode = exitCode;
    const actual = await observe(viaRunner);
    expect(actual).toEqual(expected);
    expect(actual.inputs).toEqual(['firewall/ips.lock.json', '', '']);
    expect(actual.stdout).toContain('::warning::callback-2.vipps.no could not be resolved: 100%25 failed,%0D%0Aretry: later');
  });
});

describe('phases of the log', () => {
  async function capture(fn: () => Promise<void>): Promise<string[]> {
    const written: string[] = [];
    const write = process.stdout.write;
    process.stdout.write = ((chunk: string) => written.push(String(chunk)) > 0) as typeof process.stdout.write;
    try {
      await fn();
    } finally {
      process.stdout.write = write;
    }
    return written
      .join('')
      .replace(/\d+ ms/g, 'N ms')
      .split('\n')
      .slice(0, -1);
  }
  const tick = () => new Promise((resolve) => setTimeout(resolve, 5));

  it('write debug lines only when the runner has debug logging on (RUNNER_DEBUG=1)', async () => {
    delete process.env.RUNNER_DEBUG;
    expect(await capture(async () => runner.debug('hidden'))).toEqual([]);
    process.env.RUNNER_DEBUG = '0';
    expect(await capture(async () => runner.debug('hidden'))).toEqual([]);
    process.env.RUNNER_DEBUG = '1';
    expect(await capture(async () => runner.debug('shown'))).toEqual(['::debug::shown']);
  });

  it('keep the lines of overlapping phases in their own groups, with what each found and its time', async () => {
    process.env.RUNNER_DEBUG = '1';
    const lines = await capture(async () => {
      const dns = runner.phase(
        'DNS',
        async () => {
          runner.info('dns 1');
          await tick();
          await tick();
          runner.debug('dns 2');
          return 4;
        },
        (hosts) => `${hosts} hosts`,
      );
      const read = runner.phase('GitHub read', async () => {
        runner.info('read 1');
        await tick();
        runner.info('read 2');
      });
      runner.info('outside');
      await Promise.all([dns, read]);
    });
    expect(lines).toEqual([
      'outside',
      '::group::GitHub read (N ms)',
      'read 1',
      'read 2',
      '::endgroup::',
      '::group::DNS: 4 hosts (N ms)',
      'dns 1',
      '::debug::dns 2',
      '::endgroup::',
    ]);
  });

  it('print a failed phase as failed, and a phase inside another within the outer group', async () => {
    const lines = await capture(async () => {
      await runner
        .phase('Open a pull request', async () => {
          runner.info('before');
          await runner.phase('An issue instead', async () => runner.info('inner'));
          throw new Error('refused');
        })
        .catch(() => undefined);
    });
    expect(lines).toEqual(['::group::Open a pull request: failed (N ms)', 'before', 'An issue instead (N ms)', 'inner', '::endgroup::']);
  });

  it('never fail the run over a title it cannot write', async () => {
    const lines = await capture(async () => {
      expect(
        await runner.phase(
          'GitHub read',
          async () => 'value',
          () => {
            throw new Error('no title');
          },
        ),
      ).toBe('value');
    });
    expect(lines[0]).toBe('::group::GitHub read (N ms)');
  });
});
