import { randomUUID } from 'node:crypto';
import { appendFileSync } from 'node:fs';
import { EOL } from 'node:os';
import { issue, scrub } from './runner.js';

// Step outputs, apart from the rest of the runner protocol because node:crypto, which makes their
// delimiters, takes milliseconds to load: the action loads this module while DNS answers.

/**
 * Sets step outputs through the file GITHUB_OUTPUT names, in the blocks @actions/core's setOutput
 * writes, all in one append.
 */
export function setOutputs(outputs: Record<string, string>): void {
  const file = process.env.GITHUB_OUTPUT;
  if (!file) {
    for (const [name, value] of Object.entries(outputs)) issue('set-output', value, { name });
    return;
  }
  const blocks = Object.entries(outputs).map(([name, raw]) => {
    // A URL GitHub answered with never carries the token, even if GitHub echoed it.
    const value = scrub(raw);
    // A random delimiter, refused when it occurs in the value: no value can end its own output early.
    const delimiter = `ghadelimiter_${randomUUID()}`;
    if (name.includes(delimiter) || value.includes(delimiter)) throw new Error(`Output ${name} contains its own delimiter.`);
    return `${name}<<${delimiter}${EOL}${value}${EOL}${delimiter}${EOL}`;
  });
  appendFileSync(file, blocks.join(''), 'utf8');
}
