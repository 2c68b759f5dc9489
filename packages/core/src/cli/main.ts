import { readFileSync, writeFileSync } from 'node:fs';
import { run } from './run.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

process.exitCode = run(process.argv.slice(2), {
  stdout: (text) => process.stdout.write(text + '\n'),
  stderr: (line) => process.stderr.write(line + '\n'),
  writeFile: (path, text) => writeFileSync(path, text),
  version,
});
