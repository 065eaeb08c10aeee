// Writes schema/ips.lock.schema.json from the schema the parser uses (run after the TypeScript build).
import { writeFile } from 'node:fs/promises';
import { LOCK_SCHEMA } from '../lib/lock/schema.js';

await writeFile(new URL('../schema/ips.lock.schema.json', import.meta.url), `${JSON.stringify(LOCK_SCHEMA, null, 2)}\n`);
