// How the benchmark measures: whole processes, timed from outside, in turns.
import { execFileSync, spawn } from 'node:child_process';
import { mkdtemp, readFile, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const ACTION = path.resolve('dist/index.js');

export interface Timed {
  ms: number;
  code: number | null;
  stdout: string;
  maxRssKb: number;
}

/** Runs a command and reports wall time and the child's peak resident memory (GNU time). */
export function timed(command: string, args: string[], env: NodeJS.ProcessEnv = {}): Promise<Timed> {
  return new Promise((resolve, reject) => {
    const started = process.hrtime.bigint();
    const child = spawn('/usr/bin/time', ['-f', '%M', command, ...args], { env: { PATH: process.env.PATH, ...env } });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (c) => (stdout += c));
    child.stderr.on('data', (c) => (stderr += c));
    child.on('error', reject);
    child.on('close', (code) => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      resolve({ ms, code, stdout, maxRssKb: Number(stderr.trim().split('\n').at(-1)) });
    });
  });
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] as number;
};

export async function medianOf(runs: number, fn: () => Promise<Timed>): Promise<{ ms: number; maxRssKb: number; last: Timed }> {
  const results: Timed[] = [];
  for (let i = 0; i < runs; i++) results.push(await fn());
  return summarize(results);
}

function summarize(results: Timed[]): { ms: number; maxRssKb: number; last: Timed } {
  return { ms: median(results.map((r) => r.ms)), maxRssKb: median(results.map((r) => r.maxRssKb)), last: results.at(-1) as Timed };
}

/**
 * Runs every command once per round, for `runs` rounds, in a new random order each round: a
 * machine that slows down for a while slows every command alike, and no command always follows
 * the same other one (the 24 dig processes of the loop leave the machine busy for a moment).
 */
export async function interleaved<K extends string>(runs: number, commands: Record<K, () => Promise<Timed>>): Promise<Record<K, ReturnType<typeof summarize>>> {
  const keys = Object.keys(commands) as K[];
  const results = Object.fromEntries(keys.map((k) => [k, [] as Timed[]])) as unknown as Record<K, Timed[]>;
  for (let i = 0; i < runs; i++) {
    for (const key of shuffled(keys)) results[key].push(await commands[key]());
  }
  return Object.fromEntries(keys.map((k) => [k, summarize(results[k])])) as Record<K, ReturnType<typeof summarize>>;
}

function shuffled<T>(items: readonly T[]): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(Math.random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** The runner's environment for one run: inputs, and fresh output and summary files. */
export async function runnerEnv(inputs: Record<string, string>, extra: Record<string, string> = {}, workspace?: string): Promise<NodeJS.ProcessEnv> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-bench-'));
  await writeFile(path.join(folder, 'output'), '');
  const env: NodeJS.ProcessEnv = {
    GITHUB_WORKSPACE: workspace ?? folder,
    GITHUB_OUTPUT: path.join(folder, 'output'),
    GITHUB_STEP_SUMMARY: path.join(folder, 'summary'),
    ...extra,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  return env;
}

/** The files of dist/ one run of the action loads: a preload lists Node's module cache as it exits. */
export async function loadedFiles(env: NodeJS.ProcessEnv): Promise<string[]> {
  const folder = await mkdtemp(path.join(os.tmpdir(), 'vipps-ip-lock-bench-'));
  const preload = path.join(folder, 'list-loaded.cjs');
  const list = path.join(folder, 'loaded.json');
  await writeFile(preload, `process.on('exit', () => require('fs').writeFileSync(${JSON.stringify(list)}, JSON.stringify(Object.keys(require.cache))));`);
  await timed(process.execPath, ['--require', preload, ACTION], env);
  const dist = path.resolve('dist');
  return (JSON.parse(await readFile(list, 'utf8')) as string[]).filter((f) => path.dirname(f) === dist).map((f) => path.basename(f));
}

/** A Node 24 binary from the npm package node@24 (npx fetches it once), or undefined where npm cannot. */
export function findNode24(): string | undefined {
  try {
    const found = execFileSync('npx', ['--yes', 'node@24', '-p', 'process.execPath'], {
      encoding: 'utf8',
      timeout: 300_000,
      stdio: ['ignore', 'pipe', 'ignore'],
    });
    return found.trim() || undefined;
  } catch {
    return undefined;
  }
}
