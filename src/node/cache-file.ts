import { rename, rm, writeFile } from 'node:fs/promises';

/**
 * Replace a cache file whole (a command reading it meanwhile sees the old one or this). A cache that
 * cannot be written is only missed: the next run works it out again.
 */
export async function replaceCacheFile(file: string, data: unknown): Promise<void> {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    await writeFile(temporary, JSON.stringify(data));
    await rename(temporary, file);
  } catch {
    await rm(temporary, { force: true });
  }
}
