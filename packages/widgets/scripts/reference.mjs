/**
 * The element reference of docs/embedding.md, written from the Custom
 * Elements Manifest between the markers `<!-- reference:start -->` and
 * `<!-- reference:end -->`, so the guide lists exactly the attributes,
 * properties, events, CSS properties and parts the elements document in
 * their JSDoc. Run by scripts/manifest.mjs.
 */
import { readFile, writeFile } from 'node:fs/promises';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/** @import { DeclarationDoc, Manifest } from './manifest-schema.js' */

export const GUIDE = join(
  dirname(fileURLToPath(import.meta.url)),
  '..',
  '..',
  '..',
  'docs',
  'embedding.md',
);
const START = '<!-- reference:start -->';
const END = '<!-- reference:end -->';
const BASE = 'RemitElement';

/**
 * Table cell text: one line, pipes escaped.
 * @param {string | undefined} text
 */
function cell(text) {
  return String(text ?? '')
    .replace(/\s*\n\s*/g, ' ')
    .replace(/\|/g, '\\|')
    .trim();
}

/** @param {string | undefined} text */
function code(text) {
  return text ? `\`${cell(text).replace(/`/g, "'")}\`` : '';
}

/**
 * @param {string[]} head
 * @param {string[][]} rows
 */
function table(head, rows) {
  if (rows.length === 0) return [];
  return [
    `| ${head.join(' | ')} |`,
    `| ${head.map(() => '---').join(' | ')} |`,
    ...rows.map((r) => `| ${r.join(' | ')} |`),
    '',
  ];
}

/**
 * The first paragraph of a class description, without the leading tag name.
 * @param {string | undefined} description
 */
function summary(description) {
  const first = (description ?? '').split(/\n\s*\n/)[0] ?? '';
  return first.replace(/\s*\n\s*/g, ' ').trim();
}

/**
 * @param {DeclarationDoc} d
 * @param {{ own: boolean }} options only what `d` does not inherit
 */
function section(d, { own }) {
  /**
   * @template {{ inheritedFrom?: unknown }} T
   * @param {T[] | undefined} list
   */
  const keep = (list) => (list ?? []).filter((x) => !own || !x.inheritedFrom);
  /** @type {string[]} */
  const lines = [];
  const attributes = keep(d.attributes);
  lines.push(
    ...table(
      ['attribute', 'property', 'default', 'description'],
      attributes.map((a) => [
        code(a.name),
        code(a.fieldName),
        code(a.default),
        cell(a.description),
      ]),
    ),
  );
  const members = keep(d.members).filter(
    (m) => m.privacy !== 'protected' && m.privacy !== 'private' && !m.attribute && !m.static,
  );
  lines.push(
    ...table(
      ['property or method', 'type', 'description'],
      members.map((m) => [
        code(m.kind === 'method' ? `${m.name}()` : m.name),
        code(m.kind === 'method' ? m.return?.type?.text : m.type?.text),
        cell(m.description),
      ]),
    ),
  );
  lines.push(
    ...table(
      ['event', 'description'],
      keep(d.events).map((e) => [code(e.name), cell(e.description)]),
    ),
  );
  lines.push(
    ...table(
      ['CSS property', 'description'],
      keep(d.cssProperties).map((p) => [code(p.name), cell(p.description)]),
    ),
  );
  lines.push(
    ...table(
      ['part', 'description'],
      keep(d.cssParts).map((p) => [code(p.name), cell(p.description)]),
    ),
  );
  return lines;
}

/**
 * The reference as Markdown, from a parsed manifest.
 * @param {Manifest} manifest
 */
export function referenceMarkdown(manifest) {
  const declarations = manifest.modules.flatMap((m) => m.declarations ?? []);
  const base = declarations.find((d) => d.name === BASE);
  const elements = declarations
    .filter(
      /** @returns {d is DeclarationDoc & { tagName: string }} */
      (d) => !!(d.customElement && d.tagName),
    )
    .sort((a, b) => a.tagName.localeCompare(b.tagName));
  const lines = [
    '<!-- Written by `npx -y pnpm@10 --filter @remit/widgets manifest` from the JSDoc of the element classes; do not edit by hand. -->',
    '',
  ];
  if (base) {
    lines.push(
      '### Every visual element',
      '',
      'What every element but `<remit-data>` has (from their base class, `RemitElement`).',
      '',
    );
    lines.push(...section(base, { own: false }));
  }
  for (const d of elements) {
    lines.push(`### \`<${d.tagName}>\``, '', summary(d.description), '');
    const inherits = (d.attributes ?? []).some((a) => a.inheritedFrom?.name === BASE);
    if (inherits) lines.push('Everything under "Every visual element", and:', '');
    lines.push(...section(d, { own: inherits }));
  }
  return lines.join('\n').trimEnd();
}

/**
 * Writes the reference into docs/embedding.md (when the guide has the
 * markers), or with `check` compares it. Returns true when up to date.
 * @param {Manifest} manifest
 * @param {{ check: boolean }} options
 */
export async function writeReference(manifest, { check }) {
  const guide = await readFile(GUIDE, 'utf8').catch(() => undefined);
  if (guide === undefined) return true;
  const start = guide.indexOf(START);
  const end = guide.indexOf(END);
  if (start < 0 || end < start) return true;
  const raw = `${guide.slice(0, start + START.length)}\n\n${referenceMarkdown(manifest)}\n\n${guide.slice(end)}`;
  // Formatted as the repository formats Markdown (the lint checks it).
  const prettier = await import('prettier');
  const options = (await prettier.resolveConfig(GUIDE)) ?? {};
  const next = await prettier.format(raw, { ...options, filepath: GUIDE });
  if (next === guide) return true;
  if (check) {
    console.error(
      'docs/embedding.md: the element reference is out of date (run the manifest script).',
    );
    return false;
  }
  await writeFile(GUIDE, next);
  return true;
}
