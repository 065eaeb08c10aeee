import { createRequire } from 'node:module';

// Node's own modules that only some runs need, loaded when first needed rather than at start-up:
// node:net alone is about 2 ms ahead of the first query. process.getBuiltinModule does that from
// Node 22.3; the earlier Node 22 releases, which the command line supports, get them through
// require. Built-in modules resolve without a path, so the one require is anchored at the root.
let fallback: NodeJS.Require | undefined;

function builtin<T>(id: string): T {
  if (typeof process.getBuiltinModule === 'function') return process.getBuiltinModule(id) as T;
  fallback ??= createRequire('/');
  return fallback(id) as T;
}

export const nodeNet = () => builtin<typeof import('node:net')>('node:net');
export const nodeDns = () => builtin<typeof import('node:dns')>('node:dns');
export const nodeCrypto = () => builtin<typeof import('node:crypto')>('node:crypto');
