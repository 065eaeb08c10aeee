import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { issue } from './runner.js';

// Step outputs, apart from the rest of the runner protocol because node:crypto, which makes their
// delimiters, takes milliseconds to load: the action loads this module while DNS answers.

/** Sets a step output through the file GITHUB_OUTPUT names, as @actions/core does. */
export function setOutput(name: string, value: string): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    issue('set-output', value, { name });
    return;
  }
  // A random delimiter, refused when it occurs in the value: no value can end its own output early.
  const delimiter = `ghadelimiter_${randomUUID()}`;
  if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Output ${name} contains its own delimiter.`);
  appendFileSync(file, `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`, 'utf8');
}
