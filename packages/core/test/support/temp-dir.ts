import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll } from 'vitest';

/** A folder of the test file's own, made before its tests and removed after them. */
export interface TempDir {
  /** the path of `name` in the folder */
  path(name: string): string;
  /** writes `content` to `name` in the folder and returns its path */
  file(name: string, content: string | Uint8Array): string;
}

/** Gives the calling test file a temporary folder (`remit-<prefix>-…` under the system's). */
export function useTempDir(prefix: string): TempDir {
  let dir = '';
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), `remit-${prefix}-`));
  });
  afterAll(() => {
    if (dir) rmSync(dir, { recursive: true, force: true });
  });
  // a path asked for while tests are collected would be relative, and land in the checkout
  const inDir = (name: string) => {
    if (!dir)
      throw new Error(
        `useTempDir: ${name} asked for before the tests run; ask inside a test or hook`,
      );
    return join(dir, name);
  };
  return {
    path: inDir,
    file(name, content) {
      const path = inDir(name);
      writeFileSync(path, content);
      return path;
    },
  };
}
