import { askDnsFirst } from './dns-first.js';
import { messageOf } from './errors.js';
import { getInput } from './runner-inputs.js';

// The queries leave first: the rest of the action loads during the round trip (dns-first.ts). Node
// binds and connects the UDP sockets only once this module yields, so the rest is loaded once they
// are sent.
const early = askDnsFirst(getInput);

void ('question' in early ? early.question.sent : Promise.resolve())
  .then(() => import('./main.js'))
  .then(async ({ run, phasesRunning }) => {
    await run(early);
    // run() settles every error itself, as a failed step. On Linux, writes to stdout and stderr
    // are synchronous whether they go to a pipe, a file or a terminal, so once run() is done every
    // line, output and the summary are written, and the process ends at once: left to end by
    // itself, Node would first tear down a heap it no longer needs, a few milliseconds of every
    // run. It ends as usual elsewhere (a pipe on Windows or macOS is asynchronous), and when a
    // phase of the log is still running (a run that failed early, while DNS or GitHub answered):
    // its group is printed when it ends.
    if (process.platform === 'linux' && process.stdout.writableLength === 0 && !phasesRunning()) process.exit();
  })
  // Only a dist/ folder missing a file could get here: said as a failed step, not a stack.
  .catch(async (error: unknown) => {
    if ('question' in early) early.question.cancel();
    (await import('./runner.js')).setFailed(`vipps-ip-lock could not start: ${messageOf(error)}`);
  });
