import { execFileSync } from 'node:child_process';
import { readdirSync, readFileSync } from 'node:fs';
import { Converter } from 'opencc-js/cn2t';
import { describe, expect, it } from 'vitest';
import type { Diagnostic } from '../../src/model/diagnostic.js';
import { parse } from '../../src/parse/parse.js';

// Every corpus document in every encoding the reader detects, encoded by the
// system's iconv (glibc; Debian's libc-bin in CI), read back through `parse`.

const CORPUS = new URL('../../../../fixtures/corpus/', import.meta.url);
const names = readdirSync(CORPUS)
  .filter((f) => f.endsWith('.txt'))
  .sort();
const toTraditional = Converter({ from: 'cn', to: 'tw' });
const utf8 = (text: string) => new TextEncoder().encode(text);

/** `text` in `encoding`, or `undefined` when iconv cannot write some character in it. */
function encode(text: string, encoding: string): Uint8Array | undefined {
  try {
    return new Uint8Array(
      execFileSync('iconv', ['-f', 'UTF-8', '-t', encoding], {
        input: text,
        stdio: ['pipe', 'pipe', 'ignore'],
      }),
    );
  } catch {
    return undefined;
  }
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}

/** The document's lines, each in UTF-8 but line `index` (0-based), which is in `bytes`. */
function withLine(text: string, index: number, bytes: Uint8Array): Uint8Array {
  const lines = text.split('\n');
  return concat(
    lines.flatMap((line, i) => [
      i === index ? bytes : utf8(line),
      utf8(i < lines.length - 1 ? '\n' : ''),
    ]),
  );
}

/** What `parse` made of the input, without the encoding it names in `meta`. */
function planOf(input: string | Uint8Array) {
  const result = parse(input);
  const { encoding: _, ...meta } = result.plan.meta ?? {};
  return {
    plan: { ...result.plan, meta },
    bytes: result.diagnostics.filter((d: Diagnostic) => d.code.startsWith('bytes/')),
  };
}

/** A line past the middle with Chinese on it (0-based). */
function chineseLine(text: string): number {
  const lines = text.split('\n');
  return lines.findIndex((line, i) => i > lines.length / 2 && /\p{Script=Han}/u.test(line));
}

const documents = names.map((name) => ({
  name,
  text: readFileSync(new URL(name, CORPUS), 'utf8'),
}));
const big5 = documents.flatMap(({ name, text }) => {
  const traditional = toTraditional(text);
  const bytes = encode(traditional, 'BIG5');
  return bytes ? [{ name, traditional, bytes }] : [];
});

describe('decoding the corpus', () => {
  it('covers every corpus document, and in Big5 the 14 whose traditional text Big5 can hold', () => {
    expect(documents).toHaveLength(19);
    // the other five hold characters Big5 lacks (iconv refuses them)
    expect(big5).toHaveLength(14);
  });

  const encodings: [string, (text: string) => Uint8Array, string | undefined][] = [
    ['UTF-8', utf8, undefined],
    ['UTF-8 with BOM', (t) => concat([new Uint8Array([0xef, 0xbb, 0xbf]), utf8(t)]), undefined],
    ['GB18030', (t) => encode(t, 'GB18030')!, 'bytes/encoding'],
    ['UTF-16LE with BOM', (t) => encode(`\uFEFF${t}`, 'UTF-16LE')!, undefined],
    ['UTF-16BE with BOM', (t) => encode(`\uFEFF${t}`, 'UTF-16BE')!, undefined],
    ['UTF-16LE without BOM', (t) => encode(t, 'UTF-16LE')!, undefined],
    ['UTF-16BE without BOM', (t) => encode(t, 'UTF-16BE')!, undefined],
  ];

  describe.each(encodings)('in %s', (_, toBytes, info) => {
    it.each(documents)('$name reads as the same plan as in UTF-8', ({ text }) => {
      const read = planOf(toBytes(text));
      expect(read.plan).toEqual(planOf(text).plan);
      expect(read.bytes.map((d) => d.code)).toEqual(info ? [info] : []);
    });
  });

  it.each(big5)(
    '$name in Big5 reads as Big5, the same plan as its UTF-8',
    ({ traditional, bytes }) => {
      const read = planOf(bytes);
      expect(read.plan).toEqual(planOf(traditional).plan);
      expect(read.bytes.map((d) => [d.code, d.severity])).toEqual([['bytes/big5', 'info']]);
    },
  );

  it.each(documents)(
    '$name with one line in GB18030 reads as the same plan and warns on that line',
    ({ text }) => {
      const k = chineseLine(text);
      const read = planOf(withLine(text, k, encode(text.split('\n')[k]!, 'GB18030')!));
      expect(read.plan).toEqual(planOf(text).plan);
      expect(read.bytes).toEqual([
        expect.objectContaining({ code: 'bytes/mixed', severity: 'warning', line: k + 1 }),
      ]);
    },
  );

  it.each(documents)(
    '$name in GB18030 with one line in UTF-8 reads as the same plan and warns on that line',
    ({ text }) => {
      const k = chineseLine(text);
      const lines = text.split('\n');
      const bytes = concat(
        lines.flatMap((line, i) => [
          i === k ? utf8(line) : encode(line, 'GB18030')!,
          utf8(i < lines.length - 1 ? '\n' : ''),
        ]),
      );
      const read = planOf(bytes);
      expect(read.plan).toEqual(planOf(text).plan);
      expect(read.bytes.map((d) => [d.code, d.line])).toEqual([
        ['bytes/encoding', undefined],
        ['bytes/mixed', k + 1],
      ]);
    },
  );

  it.each(big5)(
    '$name with one line in Big5 reads that line as Big5 and warns on it',
    ({ name }) => {
      const text = documents.find((d) => d.name === name)!.text;
      const k = chineseLine(text);
      const line = toTraditional(text.split('\n')[k]!);
      const read = planOf(withLine(text, k, encode(line, 'BIG5')!));
      const lines = text.split('\n');
      lines[k] = line;
      expect(read.plan).toEqual(planOf(lines.join('\n')).plan);
      expect(read.bytes).toEqual([
        expect.objectContaining({ code: 'bytes/mixed', severity: 'warning', line: k + 1 }),
      ]);
    },
  );

  it.each(documents)(
    '$name with one line cut in the middle of a GB18030 character warns on that line',
    ({ text }) => {
      const k = chineseLine(text);
      const gb = encode(text.split('\n')[k]!, 'GB18030')!;
      const cut = gb.findLastIndex((b) => b >= 0x81);
      const read = planOf(withLine(text, k, gb.subarray(0, cut)));
      const invalid = read.bytes.find((d) => d.code === 'bytes/invalid');
      expect(invalid).toMatchObject({ severity: 'warning', line: k + 1 });
      expect(read.plan.items.length).toBeGreaterThan(0);
    },
  );
});
