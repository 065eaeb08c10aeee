import { lstat, mkdir, open, readFile, readlink, realpath, rename, unlink } from 'node:fs/promises';
import path from 'node:path';
import { UserError } from './errors.js';

// The lock and the firewall files, read and written where they really are. Folders are followed
// through symbolic links only while they stay inside the root (the workspace, or the folder the
// command line runs in); nothing is ever read or written inside a `.git` folder.

/**
 * Where a symbolic link that is the file itself may point. `inside`: within the root, as for a
 * workspace a pull request can fill with links. `anywhere`: a server's owner may link
 * `firewall/vipps.conf` to `/etc/nginx/conf.d/vipps.conf`, and the real file is the one written.
 */
export type FileLinks = 'inside' | 'anywhere';

interface Located {
  /** The real file to read or write. */
  target: string;
  /** Its mode and owner when it exists: a rewrite keeps them. */
  existing?: { mode: number; uid: number; gid: number };
  /** Why it cannot be written: a part of its folder is a file. It does not exist for a reader. */
  blocked?: string;
}

/** A file's text (the lock, a firewall export) under `root`, or undefined when it does not exist. */
export async function readTextFile(root: string, file: string, links: FileLinks = 'inside'): Promise<string | undefined> {
  const located = await locate(root, file, links);
  if (!located.existing) return undefined;
  try {
    return await readFile(located.target, 'utf8');
  } catch (error) {
    throw new UserError(`${file} cannot be read: ${reason(error)}.`);
  }
}

/**
 * Writes files one at a time, in the order given, each through a temporary file in its own folder
 * and a rename, so a reader never sees half a file. Every path is checked before the first write,
 * so a path that cannot be written leaves every file as it was.
 */
export async function writeTextFiles(root: string, files: ReadonlyMap<string, string>, links: FileLinks = 'inside'): Promise<void> {
  const planned: Array<[string, Located, string]> = [];
  const byTarget = new Map<string, string>();
  for (const [file, text] of files) {
    const located = await locate(root, file, links);
    if (located.blocked) throw new Error(located.blocked);
    const other = byTarget.get(located.target);
    if (other !== undefined) throw new UserError(`${other} and ${file} are the same file (through a link): give each its own file.`);
    byTarget.set(located.target, file);
    planned.push([file, located, text]);
  }
  for (const [file, located, text] of planned) await writeOne(file, located, text);
}

/** writeTextFiles for one file. */
export async function writeTextFile(root: string, file: string, text: string, links: FileLinks = 'inside'): Promise<void> {
  await writeTextFiles(root, new Map([[file, text]]), links);
}

async function writeOne(file: string, located: Located, text: string): Promise<void> {
  const { target, existing } = located;
  const folder = path.dirname(target);
  // A short random name in the target's own folder: it always fits the file system's name limit,
  // and the rename stays on one file system.
  const temporary = path.join(folder, `.vipps-ip-lock-${Buffer.from(globalThis.crypto.getRandomValues(new Uint8Array(6))).toString('hex')}.tmp`);
  try {
    await mkdir(folder, { recursive: true });
    const handle = await open(temporary, 'wx', existing ? existing.mode : 0o666);
    try {
      if (existing) {
        // open() applies the umask; the file keeps exactly the mode it had.
        await handle.chmod(existing.mode);
        if (process.getuid?.() === 0) await handle.chown(existing.uid, existing.gid);
      }
      await handle.writeFile(text, 'utf8');
      await handle.sync();
    } finally {
      await handle.close();
    }
    await rename(temporary, target);
  } catch (error) {
    await unlink(temporary).catch(() => undefined);
    throw new Error(`${file} could not be written: ${reason(error)}.`);
  }
}

/** Follows `file` under `root` to the real file, refusing what must not be read or written. */
async function locate(root: string, file: string, links: FileLinks): Promise<Located> {
  const realRoot = await realpath(root);
  const parts = file.split('/');
  const name = parts.pop() as string;
  let folder = realRoot;
  for (const [index, part] of parts.entries()) {
    const shown = parts.slice(0, index + 1).join('/');
    const next = path.join(folder, part);
    const stat = await lstatOrUndefined(next, shown);
    if (!stat) return { target: path.join(next, ...parts.slice(index + 1), name) };
    if (stat.isSymbolicLink()) {
      const real = await realpath(next).catch(() => undefined);
      if (real === undefined) throw new UserError(`${shown} is a link to a folder that does not exist: ${file} cannot be used.`);
      if (!isInside(realRoot, real)) throw new UserError(`${shown} is a link to ${real}, outside ${realRoot}: ${file} is not written through it.`);
      folder = real;
    } else if (stat.isDirectory()) folder = next;
    else return { target: next, blocked: `${file} could not be written: ${shown} is a file, not a folder.` };
    if (inGit(path.relative(realRoot, folder))) throw new UserError(`${file} leads into .git (through ${shown}): it is never read or written.`);
  }
  return locateFile(realRoot, path.join(folder, name), file, links);
}

async function locateFile(realRoot: string, start: string, file: string, links: FileLinks): Promise<Located> {
  let current = start;
  for (let hops = 0; hops < 40; hops++) {
    const stat = await lstatOrUndefined(current, file);
    if (stat?.isSymbolicLink()) {
      current = path.resolve(path.dirname(current), await readlink(current));
      continue;
    }
    if (stat && !stat.isFile()) throw new UserError(`${file} is ${stat.isDirectory() ? 'a folder' : 'not a regular file'}: it must be a file.`);
    // The folder of a link's target, with its own links resolved, so the checks see the real place.
    const folder = await realpath(path.dirname(current)).catch(() => undefined);
    if (folder === undefined) throw new UserError(`${file} is a link into ${path.dirname(current)}, which does not exist.`);
    const target = path.join(folder, path.basename(current));
    const inside = isInside(realRoot, target);
    if (!inside && links === 'inside') throw new UserError(`${file} is a link to ${target}, outside ${realRoot}: it is not read or written.`);
    if (inGit(inside ? path.relative(realRoot, target) : target))
      throw new UserError(`${file} is a link into a .git folder (${target}): it is never read or written.`);
    return { target, ...(stat ? { existing: { mode: stat.mode & 0o7777, uid: stat.uid, gid: stat.gid } } : {}) };
  }
  throw new UserError(`${file} is a loop of links.`);
}

async function lstatOrUndefined(file: string, shown: string) {
  try {
    return await lstat(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw new UserError(`${shown} cannot be read: ${reason(error)}.`);
  }
}

function isInside(root: string, target: string): boolean {
  const relative = path.relative(root, target);
  return relative === '' || (relative !== '..' && !relative.startsWith(`..${path.sep}`) && !path.isAbsolute(relative));
}

function inGit(relative: string): boolean {
  return relative.split(path.sep).some((part) => /^(\.git|git~\d+)[. ]*$/i.test(part));
}

const REASONS: ReadonlyMap<string, string> = new Map([
  ['EACCES', 'permission denied'],
  ['EPERM', 'operation not permitted'],
  ['EISDIR', 'it is a folder'],
  ['ENOTDIR', 'a part of its path is a file, not a folder'],
  ['EROFS', 'the file system is read-only'],
  ['ENOSPC', 'no space left on the device'],
  ['ELOOP', 'too many links'],
  ['ENAMETOOLONG', 'the name is too long'],
]);

function reason(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code ?? '';
  return REASONS.get(code) ?? (error instanceof Error ? error.message : String(error));
}
