import { createRequire } from 'node:module';

// Node's own modules that only some runs need, loaded when first needed rather than at start-up:
// node:net alone is about 2 ms ahead of the first query. process.getBuiltinModule does that from
// Node 22.3; the earlier Node 22 releases, which the command line supports, get them through
// require. Built-in modules resolve without a path, so the one require is anchored at the root.
let fallback: NodeJS.Require | undefined;

function builtin<T>(fromProcess: (() => T) | undefined, id: string): T {
  if (fromProcess) return fromProcess();
  fallback ??= createRequire('/');
  return fallback(id) as T;
}

const hasGetBuiltin = typeof process.getBuiltinModule === 'function';

export const nodeNet = (): typeof import('node:net') => builtin(hasGetBuiltin ? () => process.getBuiltinModule('node:net') : undefined, 'node:net');
export const nodeDns = (): typeof import('node:dns') => builtin(hasGetBuiltin ? () => process.getBuiltinModule('node:dns') : undefined, 'node:dns');
export const nodeCrypto = (): typeof import('node:crypto') => builtin(hasGetBuiltin ? () => process.getBuiltinModule('node:crypto') : undefined, 'node:crypto');
