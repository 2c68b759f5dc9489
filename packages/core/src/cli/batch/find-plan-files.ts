import { readdirSync, realpathSync, statSync, type Dirent } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import { diagnostic, type Diagnostic } from '../../model/diagnostic.js';
import { formatOf, officeFormatOf } from '../../io/read-plan.js';
import { globBase, globMatcher, isGlob } from './glob-pattern.js';

/** A file a batch reads: its path as found, and the absolute path that keys it. */
export interface FoundFile {
  /** the path as given or found under a given folder (`data/2023/a.txt`) */
  path: string;
  /** the absolute path */
  key: string;
}

/**
 * The files a batch reads from its inputs, each once, sorted by path:
 * - a file is read whatever its extension (an unknown one fails with a reason);
 * - a folder is walked, with its subfolders, for files of a format remit
 *   reads (`formatOf` and `officeFormatOf`: .txt, .csv, .json, .docx, .xlsx,
 *   .pdf …); names starting with `.` are left out;
 * - a glob (`data/**\/*.txt`, quoted so that the shell leaves it) is matched
 *   under its fixed part.
 *
 * An input that does not exist, a glob that matches nothing and a folder that
 * cannot be listed are diagnostics naming the place; the rest is still found.
 */
export function findPlanFiles(inputs: readonly string[]): {
  files: FoundFile[];
  diagnostics: Diagnostic[];
} {
  const found = new Map<string, FoundFile>();
  const diagnostics: Diagnostic[] = [];
  const add = (path: string) => {
    const key = resolve(path);
    if (!found.has(key)) found.set(key, { path, key });
  };
  for (const input of inputs) {
    const kind = kindOf(input);
    if (kind === 'file' || kind === 'other') add(input);
    else if (kind === 'folder')
      walk(input, diagnostics, (path) => (formatOf(path) ?? officeFormatOf(path)) && add(path));
    else if (isGlob(input)) {
      const { base, rest } = globBase(input);
      const matches = globMatcher(rest);
      let matched = 0;
      if (kindOf(base) === 'folder') {
        walk(base, diagnostics, (path) => {
          if (!matches(relative(base, path).split('\\').join('/'))) return;
          matched++;
          add(path);
        });
      }
      if (matched === 0)
        diagnostics.push(
          diagnostic(
            'warning',
            'batch/no-match',
            `${input}: no file matches the pattern; check it, and quote it so that the shell passes it as written`,
            { source: input },
            { pattern: input },
          ),
        );
    } else {
      diagnostics.push(
        diagnostic(
          'error',
          'batch/no-such-input',
          `${input}: no such file or folder; check the path`,
          { source: input },
          { input },
        ),
      );
    }
  }
  const files = [...found.values()].sort((a, b) =>
    a.path < b.path ? -1 : a.path > b.path ? 1 : 0,
  );
  return { files, diagnostics };
}

/** A folder, a regular file, or (a device, a pipe, a socket) something else. */
function kindOf(path: string): 'file' | 'folder' | 'other' | undefined {
  try {
    const stat = statSync(path);
    return stat.isDirectory() ? 'folder' : stat.isFile() ? 'file' : 'other';
  } catch {
    return undefined;
  }
}

/** Calls `visit` with every file under `root`; a folder that cannot be listed is a diagnostic. */
function walk(root: string, diagnostics: Diagnostic[], visit: (path: string) => unknown): void {
  const seen = new Set<string>();
  const stack = [root];
  while (stack.length > 0) {
    const dir = stack.pop()!;
    let entries: Dirent[];
    try {
      // a folder linked from inside itself is walked once
      const real = realpathSync(dir);
      if (seen.has(real)) continue;
      seen.add(real);
      entries = readdirSync(dir, { withFileTypes: true });
    } catch (error) {
      diagnostics.push(
        diagnostic(
          'error',
          'batch/unreadable-folder',
          `${dir}: cannot list the folder (${describeError(error)}); its files are not read`,
          { source: dir },
          { folder: dir, reason: describeError(error) },
        ),
      );
      continue;
    }
    const folders: string[] = [];
    for (const entry of entries.sort((a, b) => (a.name < b.name ? -1 : 1))) {
      if (entry.name.startsWith('.')) continue;
      const path = join(dir, entry.name);
      // under a folder only regular files are read: a pipe there would wait forever
      const kind = entry.isSymbolicLink()
        ? kindOf(path)
        : entry.isDirectory()
          ? 'folder'
          : entry.isFile()
            ? 'file'
            : 'other';
      if (kind === 'folder') folders.push(path);
      else if (kind === 'file') visit(path);
    }
    stack.push(...folders.reverse());
  }
}

function describeError(error: unknown): string {
  const code = (error as { code?: string }).code;
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return error instanceof Error ? error.message : String(error);
}
