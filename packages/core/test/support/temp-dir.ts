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
  return {
    path: (name) => join(dir, name),
    file(name, content) {
      const path = join(dir, name);
      writeFileSync(path, content);
      return path;
    },
  };
}
