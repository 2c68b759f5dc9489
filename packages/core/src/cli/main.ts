import { readFileSync, writeFileSync } from 'node:fs';
import { run } from './run.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

process.exitCode = await run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stdoutBytes: (bytes) => process.stdout.write(bytes),
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderr: (line) => process.stderr.write(line + '\n'),
  writeFile: (path, content) => writeFileSync(path, content),
  version,
});
