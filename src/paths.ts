import path from 'node:path';

// Paths from inputs (the lock file, every export) name files the action reads, commits through the
// API and the command line writes on a server. One rule for all of them, checked before anything
// is read or written: a relative path inside the repository, in characters every file system and
// every format that quotes it can hold, never inside `.git`.

/** Why a path cannot be used; undefined when it can. */
export function pathProblem(value: string): string | undefined {
  if (value === '') return 'it must name a file, such as ips.lock.json';
  // Control characters would add lines to the files that quote the path (a header comment, a
  // marker) and to the log; the others are refused by Windows, where repositories are checked out too.
  // biome-ignore lint/suspicious/noControlCharactersInRegex: control characters are what it finds.
  if (/[\u0000-\u001f\u007f-\u009f\u2028\u2029]/.test(value)) return 'it must not hold control characters such as a line break';
  // Bidirectional controls make a name read differently from what it is (`vipps\u202Efnoc.txt`).
  if (/[\u200e\u200f\u202a-\u202e\u2066-\u2069]/.test(value)) return 'it must not hold bidirectional text controls';
  if (/[<>:"|?*]/.test(value)) return 'it must not hold any of < > : " | ? *';
  const slashed = value.replaceAll('\\', '/');
  if (slashed.startsWith('/')) return 'it must be a path inside the repository, such as firewall/ips.lock.json, not an absolute path';
  const normalized = path.posix.normalize(slashed);
  if (normalized === '..' || normalized.startsWith('../')) return 'it must stay inside the repository: it leads out with ..';
  if (normalized === '.' || slashed.endsWith('/') || normalized.endsWith('/.')) return 'it must name a file, not a folder';
  const parts = normalized.split('/');
  // Windows drops trailing dots and spaces, and may know `.git` by its short name GIT~1.
  if (parts.some((part) => /^(\.git|git~\d+)[. ]*$/i.test(part))) return 'it must not be inside .git, where it would corrupt the repository';
  if (parts.some((part) => Buffer.byteLength(part) > 255)) return 'each part of it must be at most 255 bytes long';
  if (Buffer.byteLength(normalized) > 1024) return 'it must be at most 1024 bytes long';
  return undefined;
}

/** The path in its one form: `/` separators, no `.` or doubled separators. Call after pathProblem. */
export function normalizePath(value: string): string {
  return path.posix.normalize(value.replaceAll('\\', '/'));
}

/**
 * Why two paths the run writes cannot both be used, or undefined: the same file (letter case
 * ignored, as macOS and Windows do), or one is a folder the other would need to be a file.
 */
export function pathCollision(a: string, b: string): string | undefined {
  const [x, y] = [a.toLowerCase(), b.toLowerCase()];
  if (x === y) return a === b ? `${a} is named twice` : `${a} and ${b} are the same file where letter case is ignored`;
  if (y.startsWith(`${x}/`)) return `${a} would have to be a folder for ${b}`;
  if (x.startsWith(`${y}/`)) return `${b} would have to be a folder for ${a}`;
  return undefined;
}
