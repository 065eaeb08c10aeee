import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';

// The part of the GitHub Actions runner protocol this action uses: inputs from INPUT_* variables,
// the job summary through the file GITHUB_STEP_SUMMARY names, and workflow commands (::warning::
// and friends) on stdout; outputs are in runner-output.ts. It behaves as @actions/core does for
// these calls (test/runner.test.ts runs both side by side); @actions/core itself pulls in an HTTP
// client for OIDC tokens that would double this action's start-up time.

/** An input as the runner passes it: INPUT_<NAME>, upper case, spaces as underscores, hyphens kept. */
export function getInput(name: string): string {
  return (process.env[`INPUT_${name.replace(/ /g, '_').toUpperCase()}`] ?? '').trim();
}

/** Appends markdown to the job summary, when the runner provides one. */
export function appendSummary(markdown: string): void {
  const file = process.env.GITHUB_STEP_SUMMARY;
  if (file) appendFileSync(file, markdown, 'utf8');
}

/** Asks the runner to mask a value in every log line from now on. */
export function setSecret(value: string): void {
  issue('add-mask', value);
}

export function info(message: string): void {
  process.stdout.write(`${message}${EOL}`);
}

export function debug(message: string): void {
  issue('debug', message);
}

export function warning(message: string): void {
  issue('warning', message);
}

export function error(message: string): void {
  issue('error', message);
}

/** Marks the step failed with an error annotation. */
export function setFailed(message: string): void {
  process.exitCode = 1;
  error(message);
}

export async function group<T>(name: string, fn: () => Promise<T>): Promise<T> {
  issue('group', name);
  try {
    return await fn();
  } finally {
    issue('endgroup', '');
  }
}

/** Writes a workflow command (`::name props::message`) to stdout. */
export function issue(command: string, message: string, properties: Record<string, string> = {}): void {
  const props = Object.entries(properties)
    .map(([k, v]) => `${k}=${escapeProperty(v)}`)
    .join(',');
  process.stdout.write(`::${command}${props ? ` ${props}` : ''}::${escapeData(message)}${EOL}`);
}

function escapeData(text: string): string {
  return text.replace(/%/g, '%25').replace(/\r/g, '%0D').replace(/\n/g, '%0A');
}

function escapeProperty(text: string): string {
  return escapeData(text).replace(/:/g, '%3A').replace(/,/g, '%2C');
}
