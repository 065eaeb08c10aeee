import { run } from './main.js';

// run() settles every error itself, as a failed step. When it is done, every line, output and the
// summary are written (synchronously, on Linux and macOS runners), and the process ends at once:
// left to end by itself, Node would first tear down a heap it no longer needs, a few milliseconds
// of every run. Where a stream still holds output (pipes on Windows are asynchronous), it ends as
// usual, once that output is out.
void run().then(() => {
  if (process.stdout.writableLength === 0 && process.stderr.writableLength === 0) process.exit();
});
