import { spawn } from 'node:child_process';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';

export const DIST_ACTION = path.resolve('dist/index.js');
export const DIST_CLI = path.resolve('dist/cli/index.js');

export interface ProcessResult {
  code: number | null;
  stdout: string;
  stderr: string;
}

export function runNode(script: string, args: string[], options: { cwd: string; env: NodeJS.ProcessEnv }): Promise<ProcessResult> {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [script, ...args], { cwd: options.cwd, env: options.env });
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (chunk) => (stdout += chunk));
    child.stderr.on('data', (chunk) => (stderr += chunk));
    child.on('error', reject);
    child.on('close', (code) => resolve({ code, stdout, stderr }));
  });
}

export interface ActionRun extends ProcessResult {
  outputs: Record<string, string>;
  summary: string;
}

/**
 * Runs the committed dist/index.js the way the runner does: inputs as INPUT_<NAME> with hyphens
 * kept, outputs and the job summary through the files GITHUB_OUTPUT and GITHUB_STEP_SUMMARY name.
 * Nothing of this process's own environment leaks in but PATH.
 */
export async function runAction(inputs: Record<string, string>, options: { workspace: string; env?: Record<string, string> }): Promise<ActionRun> {
  const files = await tempDir('vipps-ip-lock-runner-');
  const outputFile = path.join(files, 'output');
  const summaryFile = path.join(files, 'summary');
  await writeFile(outputFile, '');
  await writeFile(summaryFile, '');
  const env: NodeJS.ProcessEnv = {
    PATH: process.env.PATH,
    GITHUB_WORKSPACE: options.workspace,
    GITHUB_OUTPUT: outputFile,
    GITHUB_STEP_SUMMARY: summaryFile,
    RUNNER_TEMP: files,
    ...options.env,
  };
  for (const [name, value] of Object.entries(inputs)) env[`INPUT_${name.toUpperCase()}`] = value;
  const result = await runNode(DIST_ACTION, [], { cwd: options.workspace, env });
  return { ...result, outputs: parseOutputFile(await readFile(outputFile, 'utf8')), summary: await readFile(summaryFile, 'utf8') };
}

/** The `name<<DELIMITER` blocks @actions/core writes to GITHUB_OUTPUT. */
export function parseOutputFile(text: string): Record<string, string> {
  const outputs: Record<string, string> = {};
  const pattern = /^(.+?)<<(\S+)\n([\s\S]*?)\n\2$/gm;
  for (const match of text.matchAll(pattern)) outputs[match[1] as string] = match[3] as string;
  return outputs;
}

const made = new Set<string>();

/** A fresh folder under the system's temporary folder, removed after the test file (test/support/clean-up.ts). */
export async function tempDir(prefix = 'vipps-ip-lock-test-'): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), prefix));
  made.add(dir);
  return dir;
}

/** Removes every folder tempDir made in this test file. */
export async function removeTempDirs(): Promise<void> {
  await Promise.all([...made].map((dir) => rm(dir, { recursive: true, force: true })));
  made.clear();
}
