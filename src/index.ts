import { run } from './main.js';

// run() settles every error itself, as a failed step.
void run();
