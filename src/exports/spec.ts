import path from 'node:path';
import { InputError } from '../errors.js';
import { FORMATS, type FormatName } from './formats.js';

/** One firewall file to keep in step with the lock. */
export interface ExportSpec {
  format: FormatName;
  /** Inside the repository, `/`-separated. */
  path: string;
  /** Environments whose addresses go in; all configured ones when not given. */
  environments?: string[];
  /** Format options such as `port=443` or `name=vipps-callbacks`. */
  options: Record<string, string>;
}

/**
 * Reads the `exports` input: one `format: path [environments=a,b] [key=value ...]` per line.
 * Every mistake names the line and what was expected.
 */
export function parseExports(value: string, environments: readonly string[], lockFile: string): ExportSpec[] {
  const specs: ExportSpec[] = [];
  for (const line of value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))) {
    const match = /^([a-z0-9-]+)\s*:\s*(\S+)((?:\s+\S+)*)$/.exec(line);
    if (!match) throw new InputError('exports', line, 'each line must be "format: path", such as "nginx: firewall/vipps.conf"');
    const [, format = '', file = '', rest = ''] = match;
    if (!Object.hasOwn(FORMATS, format)) throw new InputError('exports', line, `the format must be one of: ${Object.keys(FORMATS).join(', ')}`);
    const normalized = path.posix.normalize(file.replaceAll('\\', '/'));
    if (path.posix.isAbsolute(file) || normalized.startsWith('../') || normalized === '..' || normalized.endsWith('/')) {
      throw new InputError('exports', line, 'the path must name a file inside the repository, such as firewall/vipps.conf');
    }
    if (normalized === lockFile || specs.some((s) => s.path === normalized)) {
      throw new InputError('exports', line, `${normalized} is already written by another line or is the lock file: give each export a path of its own`);
    }
    const spec: ExportSpec = { format: format as FormatName, path: normalized, options: {} };
    const allowed: Record<string, RegExp> = FORMATS[format as FormatName].options;
    for (const option of rest.trim().split(/\s+/).filter(Boolean)) {
      const [key = '', optionValue] = option.split(/=(.*)/s);
      if (key === 'environments' && optionValue) {
        spec.environments = optionValue
          .split(',')
          .map((e) => e.trim())
          .filter(Boolean);
        const unknown = spec.environments.filter((e) => !environments.includes(e));
        if (unknown.length)
          throw new InputError('exports', line, `environments must be among those configured (${environments.join(', ')}), not ${unknown.join(', ')}`);
      } else if (Object.hasOwn(allowed, key) && optionValue) {
        const check = allowed[key] as RegExp;
        if (!check.test(optionValue)) throw new InputError('exports', line, `${key} must match ${check.source}`);
        spec.options[key] = optionValue;
      } else {
        const names = ['environments', ...Object.keys(allowed)].map((k) => `${k}=...`).join(', ');
        throw new InputError('exports', line, `"${option}" is not an option of ${format}: it takes ${names}`);
      }
    }
    specs.push(spec);
  }
  return specs;
}
