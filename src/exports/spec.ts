import { InputError } from '../errors.js';
import { normalizePath, pathCollision, pathProblem } from '../paths.js';
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
 * Every mistake names the line and what was expected. Paths follow the lock file's rules and may
 * not collide with the lock or with each other, so a run never writes one file twice.
 */
export function parseExports(value: string, environments: readonly string[], lockFile: string): ExportSpec[] {
  const specs: ExportSpec[] = [];
  for (const line of value
    .split('\n')
    .map((l) => l.trim())
    .filter((l) => l !== '' && !l.startsWith('#'))) {
    const match = /^([^\s:]+)\s*:\s*(\S+)((?:\s+\S+)*)$/.exec(line);
    if (!match) throw new InputError('exports', line, 'each line must be "format: path", such as "nginx: firewall/vipps.conf"');
    const [, format = '', file = '', rest = ''] = match;
    // Own keys only: `constructor` is not a format.
    if (!Object.hasOwn(FORMATS, format)) throw new InputError('exports', line, `the format must be one of: ${Object.keys(FORMATS).join(', ')}`);
    const problem = pathProblem(file);
    if (problem) throw new InputError('exports', line, `the path ${problem.replace(/^it /, '')}`);
    const normalized = normalizePath(file);
    for (const other of [lockFile, ...specs.map((s) => s.path)]) {
      const collision = pathCollision(other, normalized);
      if (collision) {
        const what = other === lockFile ? `${lockFile} is the lock file` : `${other} is already written by another line`;
        throw new InputError('exports', line, `each export needs a path of its own: ${collision}, and ${what}`);
      }
    }
    specs.push(parseOptions(line, { format: format as FormatName, path: normalized, options: {} }, rest, environments));
  }
  return specs;
}

function parseOptions(line: string, spec: ExportSpec, rest: string, environments: readonly string[]): ExportSpec {
  const allowed: Readonly<Record<string, (value: string) => string | undefined>> = FORMATS[spec.format].options;
  const takes = () => ['environments', ...Object.keys(allowed)].map((k) => `${k}=...`).join(', ');
  const seen = new Set<string>();
  for (const option of rest.trim().split(/\s+/).filter(Boolean)) {
    const [key = '', optionValue] = option.split(/=(.*)/s);
    if (seen.has(key)) throw new InputError('exports', line, `${key}= is given twice; give it once`);
    seen.add(key);
    if (key === 'environments' && optionValue) {
      spec.environments = [
        ...new Set(
          optionValue
            .split(',')
            .map((e) => e.trim())
            .filter(Boolean),
        ),
      ];
      const unknown = spec.environments.filter((e) => !environments.includes(e));
      if (unknown.length || spec.environments.length === 0) {
        throw new InputError('exports', line, `environments must be among those configured (${environments.join(', ')}), not ${unknown.join(', ') || 'none'}`);
      }
    } else if (Object.hasOwn(allowed, key) && optionValue) {
      const problem = (allowed[key] as (value: string) => string | undefined)(optionValue);
      if (problem) throw new InputError('exports', line, `${key}=${optionValue} cannot be used: ${problem}`);
      spec.options[key] = optionValue;
    } else {
      throw new InputError('exports', line, `"${option}" is not an option of ${spec.format}: it takes ${takes()}`);
    }
  }
  return spec;
}
