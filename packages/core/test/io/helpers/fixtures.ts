import { readdirSync, readFileSync } from 'node:fs';

/** The repository's `fixtures/io/` folder. */
export const IO_FIXTURES = new URL('../../../../../fixtures/io/', import.meta.url);

/** Text of a fixture under `fixtures/io/`. */
export function fixtureText(path: string): string {
  return readFileSync(new URL(path, IO_FIXTURES), 'utf8');
}

/** Bytes of a fixture under `fixtures/io/`. */
export function fixtureBytes(path: string): Uint8Array {
  return new Uint8Array(readFileSync(new URL(path, IO_FIXTURES)));
}

/** File names in a folder under `fixtures/io/`. */
export function fixtureNames(folder: string): string[] {
  return readdirSync(new URL(folder, IO_FIXTURES)).sort();
}
