import { xmlTokens } from '../xml/xml-tokens.js';
import { unzipText, type ZipArchive } from './read-zip.js';

/** A relationship of an entry of an Office package: its type's last word (`officeDocument`, `worksheet`) and target. */
export interface PackageLink {
  id: string;
  type: string;
  /** the target's path in the archive */
  target: string;
}

/**
 * The entries an entry links to (`word/_rels/document.xml.rels` for
 * `word/document.xml`; `_rels/.rels` for the package, with `path` ''),
 * targets resolved to archive paths. A package without the file has none.
 */
export function linksOf(zip: ZipArchive, path: string): PackageLink[] {
  const slash = path.lastIndexOf('/');
  const folder = slash < 0 ? '' : path.slice(0, slash + 1);
  const name = path.slice(slash + 1);
  const xml = unzipText(zip, `${folder}_rels/${name}.rels`);
  if (!xml) return [];
  const links: PackageLink[] = [];
  for (const t of xmlTokens(xml)) {
    if (t.kind !== 'open' || t.name !== 'Relationship') continue;
    if (t.attrs['TargetMode'] === 'External') continue;
    const target = t.attrs['Target'] ?? '';
    const type = t.attrs['Type'] ?? '';
    links.push({
      id: t.attrs['Id'] ?? '',
      type: type.slice(type.lastIndexOf('/') + 1),
      target: resolvePath(folder, target),
    });
  }
  return links;
}

/** The package's main entry (the document or workbook), or `fallback` when the package does not say. */
export function mainEntry(zip: ZipArchive, fallback: string): string {
  const link = linksOf(zip, '').find((l) => l.type === 'officeDocument');
  return link && zip.entries.has(link.target) ? link.target : fallback;
}

function resolvePath(folder: string, target: string): string {
  const steps = (target.startsWith('/') ? target.slice(1) : folder + target).split('/');
  const out: string[] = [];
  for (const p of steps) {
    if (p === '..') out.pop();
    else if (p !== '.' && p !== '') out.push(p);
  }
  return out.join('/');
}
