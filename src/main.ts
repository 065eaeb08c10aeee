import * as core from '@actions/core';
import { createResolvers } from './engine.js';
import { messageOf } from './errors.js';
import { runLocal } from './modes/local.js';
import type { RunOutcome } from './modes/outcome.js';
import { readSettings, type Settings } from './settings.js';

const UPDATE_HINT =
  'Update it by merging the pull request of a scheduled vipps-ip-lock run (mode: pull-request), by running `vipps-ip-lock update`, or by committing the new lock shown in the job summary.';

/** The action: the one place that reads inputs and sets outputs, the summary and failure. */
export async function run(): Promise<void> {
  try {
    const settings = readSettings((name) => core.getInput(name));
    if (settings.github.token) core.setSecret(settings.github.token);
    const outcome = await runMode(settings);
    for (const warning of outcome.warnings) core.warning(warning);
    for (const [name, value] of Object.entries(outcome.outputs)) core.setOutput(name, value);
    await core.summary.addRaw(outcome.summary).write();
    core.info(outcome.summary);
    if (outcome.failure) core.setFailed(outcome.failure);
  } catch (error) {
    core.setFailed(messageOf(error));
  }
}

async function runMode(settings: Settings): Promise<RunOutcome> {
  const context = {
    root: process.env.GITHUB_WORKSPACE ?? process.cwd(),
    resolvers: createResolvers(settings),
    now: new Date(),
    updateHint: UPDATE_HINT,
  };
  switch (settings.mode) {
    case 'check':
    case 'report':
      return core.group(`Resolve ${settings.groups.map((g) => g.name).join(', ')}`, () => runLocal(settings, context));
    default:
      throw new Error(`mode "${settings.mode}" is not supported yet: use check or report`);
  }
}
