import { readFile, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { expect, it } from 'vitest';
import { normalizeTranscript, runDemo } from '../scripts/demo.mjs';

// README.md shows what `npm run demo` prints; this runs the demo and holds the two in step. The
// port, the folder, the checkout's path and the times are normalised. npm run demo:readme rewrites it.

it('README shows the transcript the demo prints, and the demo leaves its folder with the lock and the nginx file', async () => {
  let transcript = '';
  const folder = await runDemo((text: string) => {
    transcript += text;
  });
  try {
    expect((await stat(path.join(folder, 'ips.lock.json'))).isFile()).toBe(true);
    expect(await readFile(path.join(folder, 'firewall/vipps-callbacks.conf'), 'utf8')).toContain('allow 104.45.28.231/32;');
    expect(transcript).toContain(`The folder is left for you to look at: ${folder}`);
    // Every exit status a script acts on appears, each where the step says it does.
    for (const code of [0, 1, 3, 4]) expect(transcript).toContain(`(exit ${code})`);
    const block = `<!-- demo:start -->\n\`\`\`\`text\n${normalizeTranscript(transcript, { folder })}\`\`\`\`\n<!-- demo:end -->`;
    const readme = await readFile('README.md', 'utf8');
    const pattern = /<!-- demo:start -->[\s\S]*?<!-- demo:end -->/;
    expect(readme, 'README.md needs the <!-- demo:start --> and <!-- demo:end --> markers').toMatch(pattern);
    const updated = readme.replace(pattern, () => block);
    if (process.env.UPDATE_DEMO_TRANSCRIPT) await writeFile('README.md', updated);
    else expect(readme, 'README.md shows another transcript than the demo prints: run npm run demo:readme').toBe(updated);
  } finally {
    await rm(folder, { recursive: true, force: true });
  }
});
