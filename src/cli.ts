#!/usr/bin/env node
import { main } from './cli/main.js';

// main() turns every error into a message and an exit status; it never throws.
main(process.argv.slice(2)).then((code) => {
  process.exitCode = code;
});
