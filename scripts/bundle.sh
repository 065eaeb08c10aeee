#!/usr/bin/env bash
# npm run bundle: src/ -> lib/ (tsc) -> dist/ (ncc). dist/ is what users run, and it is committed.
set -euo pipefail
cd "$(dirname "$0")/.."
rm -rf dist lib
tsc -p tsconfig.build.json
# --version prints package.json's version: written here, so it is never kept in two places.
node -e 'const { version } = require("./package.json"); process.stdout.write(`export const VERSION = ${JSON.stringify(version)};\n`)' >lib/version.js

# The source is ES modules; the bundle is CommonJS, because Node starts a CommonJS entry point
# about 5 ms sooner than an ES module one (docs/benchmarks.md: the whole run is ~70 ms of work around
# one DNS round trip). ncc emits CommonJS for a folder whose package.json names no "type", and
# still resolves the ESM-only @actions and @octokit packages through their "import" exports.
echo '{}' >lib/package.json
# Not minified: users audit dist/ before they let it decide what their firewall admits. Minifying
# saved about a millisecond of parsing, not worth an unreadable security control.
ncc build lib/index.js -o dist --license licenses.txt
ncc build lib/cli.js -o dist/cli

# The repository's own package.json says "type": "module"; these tell Node the bundle is not.
for folder in dist dist/cli; do echo '{ "type": "commonjs" }' >"$folder/package.json"; done
