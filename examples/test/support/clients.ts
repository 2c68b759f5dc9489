import { execFile } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { FORMAT_PACKAGES } from '../../../packages/core/src/cli/format-packages.js';

/** The repository's root. */
export const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..');
export const EXAMPLES = join(ROOT, 'examples');

/**
 * Where the apps are installed: outside the repository, so that nothing resolves from the
 * workspace's node_modules (Node and bundlers look up parent folders).
 */
export const WORK = process.env.REMIT_CLIENTS_DIR ?? join(tmpdir(), 'remit-clients');

/** The client apps kept in examples/, each with its own package.json. */
export const APPS = ['react-app', 'vue-app', 'jquery-page'] as const;
export type AppName = (typeof APPS)[number];

/** npm as a fresh machine has it, with its cache under WORK and no questions asked. */
export const NPM_ENV: Record<string, string> = {
  npm_config_cache: join(WORK, 'npm-cache'),
  npm_config_audit: 'false',
  npm_config_fund: 'false',
  npm_config_update_notifier: 'false',
  npm_config_loglevel: 'error',
};

/**
 * Core's optional peers (package.json), `version@range` each: its analysis side (arquero,
 * graphology …) and, with `formats`, the file-format packages (pdf.js, SheetJS, the workbook
 * writer) that only the `remit` command's PDF, .xls/.doc and `--to xlsx` need.
 */
export function optionalPeers({ formats }: { formats: boolean }): string[] {
  const core = JSON.parse(readFileSync(join(ROOT, 'packages/core/package.json'), 'utf8')) as {
    peerDependencies: Record<string, string>;
  };
  return Object.entries(core.peerDependencies)
    .filter(([name]) => formats || !FORMAT_PEERS.includes(name))
    .map(([name, range]) => `${name}@${range}`);
}

/** Core's file-format peers (pdf.js, SheetJS, the workbook writer), from the command's own list. */
export const FORMAT_PEERS: string[] = Object.keys(FORMAT_PACKAGES);

/** The packages' version (core and widgets are released together). */
export function version(): string {
  const pkg = JSON.parse(readFileSync(join(ROOT, 'packages/widgets/package.json'), 'utf8')) as {
    version: string;
  };
  return pkg.version;
}

/** The tarballs' file names, as `pnpm pack` writes them. */
export function tarballNames(v = version()): { core: string; widgets: string } {
  return { core: `remit-core-${v}.tgz`, widgets: `remit-widgets-${v}.tgz` };
}

/**
 * The commands the tests run, as a reader of the docs types them (`<dir>` stands for a
 * folder): the documentation's shell snippets must be among these (test/docs-snippets.spec.ts).
 */
export function documentedCommands(): string[] {
  const { core, widgets } = tarballNames();
  return [
    'npx -y pnpm@10 --filter @remit/core --filter @remit/widgets pack --pack-destination <dir>',
    `npm install ./${core} ./${widgets}`,
    'npm run build',
    'npm run typecheck',
  ];
}

export interface RunResult {
  code: number;
  /** standard output, then standard error */
  output: string;
  /** standard output alone */
  stdout: string;
}

/**
 * The environment a developer's shell has: this process's, less what the test runner adds
 * (`NODE_ENV=test` would make `vite build` a development build).
 */
export function shellEnv(): Record<string, string | undefined> {
  return Object.fromEntries(
    // NODE_PATH: set by pnpm's scripts to the workspace's packages, which a user's shell has not
    Object.entries(process.env).filter(
      ([key]) => key !== 'NODE_ENV' && key !== 'NODE_PATH' && !key.startsWith('VITEST'),
    ),
  );
}

/** Runs a command (no shell) and resolves with its exit code and output; never rejects. */
export function run(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<RunResult> {
  return new Promise((done) => {
    execFile(
      command,
      args,
      { cwd, env: { ...shellEnv(), ...env }, maxBuffer: 64 * 1024 * 1024, encoding: 'utf8' },
      (error, stdout, stderr) => {
        const code = error ? (typeof error.code === 'number' ? error.code : 127) : 0;
        const output = `${stdout}${stderr}${error && code === 127 ? `\n${String(error)}` : ''}`;
        done({ code, output, stdout });
      },
    );
  });
}

/** Runs a command and throws, with its whole output, unless it succeeds. */
export async function mustRun(
  command: string,
  args: readonly string[],
  cwd: string,
  env: Record<string, string> = {},
): Promise<string> {
  const result = await run(command, args, cwd, env);
  if (result.code !== 0) {
    throw new Error(
      `\`${[command, ...args].join(' ')}\` in ${cwd} exited with ${result.code}:\n${result.output}`,
    );
  }
  return result.output;
}

/** Where each app, and the two Node consumers, are installed (given by the global setup). */
export interface Clients {
  /** folder holding the two tarballs */
  pack: string;
  apps: Record<AppName, string>;
  /** a Node project with the tarballs only */
  node: string;
  /** a Node project with the tarballs and every optional peer of core */
  analysis: string;
  /** a Node project with the tarballs and core's analysis peers, without the file-format ones */
  noFormats: string;
}

declare module 'vitest' {
  export interface ProvidedContext {
    clients: Clients;
  }
}

/** The JavaScript an app's build wrote (dist/assets/*.js), joined. */
export function builtCode(dir: string): string {
  const assets = join(dir, 'dist', 'assets');
  return readdirSync(assets)
    .filter((f) => f.endsWith('.js'))
    .map((f) => readFileSync(join(assets, f), 'utf8'))
    .join('\n');
}

/** The type errors in a type checker's output (tsc, vue-tsc), each as [file, line, code]. */
export function typeErrors(output: string): (string | undefined)[][] {
  return output
    .split('\n')
    .filter((line) => /^\S.*error TS\d+/.test(line))
    .map((line) => /^(\S+)\((\d+),\d+\): error (TS\d+)/.exec(line)?.slice(1) ?? [line]);
}
