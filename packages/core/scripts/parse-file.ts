// Prints the plan a text document parses to, as JSON: for scoring the parser
// against the corpus before the CLI reads text.
//   tsx scripts/parse-file.ts FILE
import { readFileSync } from 'node:fs';
import { parse } from '../src/parse/index.js';

const file = process.argv[2];
if (!file) {
  process.stderr.write('usage: parse-file.ts FILE\n');
  process.exit(2);
}
process.stdout.write(JSON.stringify(parse(readFileSync(file), { source: file }).plan) + '\n');
