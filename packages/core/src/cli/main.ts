import { readFileSync } from 'node:fs';
import { holdYoungGeneration } from './hold-young-generation.js';
import { run } from './run.js';
import { writeToFile } from './write-to-file.js';
import { writeToStream } from './write-to-stream.js';

const { version } = JSON.parse(
  readFileSync(new URL('../../package.json', import.meta.url), 'utf8'),
) as {
  version: string;
};

// A reader that stops early (`remit … | head`) closes the pipe: the rest of the
// output is not wanted, so the command ends quietly with status 0. Any other
// failure to write is reported in one line, with status 1.
for (const stream of [process.stdout, process.stderr]) {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(0);
    if (stream === process.stdout)
      process.stderr.write(`remit: cannot write to standard output: ${error.message}\n`);
    process.exit(1);
  });
}

// after the modules are loaded: see the function
holdYoungGeneration();

process.exitCode = await run(process.argv.slice(2), {
  stdout: (content) => writeToStream(process.stdout, content),
  stdoutIsTerminal: process.stdout.isTTY === true,
  stderr: (line) => process.stderr.write(line + '\n'),
  stderrIsTerminal: process.stderr.isTTY === true,
  stderrText: (text) => process.stderr.write(text),
  writeFile: writeToFile,
  version,
});
