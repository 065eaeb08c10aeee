import { mkdir, readFile, rename, writeFile } from 'node:fs/promises';
import path from 'node:path';

/** The lock file's text in a folder, or undefined when it does not exist. */
export async function readLockText(root: string, lockFile: string): Promise<string | undefined> {
  try {
    return await readFile(path.join(root, lockFile), 'utf8');
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT') return undefined;
    throw error;
  }
}

/** Writes through a temporary file and a rename, so a reader never sees half a lock. */
export async function writeLockText(root: string, lockFile: string, text: string): Promise<void> {
  const target = path.join(root, lockFile);
  await mkdir(path.dirname(target), { recursive: true });
  const temporary = `${target}.${process.pid}.tmp`;
  await writeFile(temporary, text, 'utf8');
  await rename(temporary, target);
}
