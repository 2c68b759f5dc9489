import type { ListLevel } from '../numbering/list-counters.js';
import { xmlTokens } from '../xml/xml-tokens.js';

/** A paragraph's numbering: the list (`w:numId`) and level (`w:ilvl`). */
export interface NumberingRef {
  numId: string;
  level: number;
}

/** A document's lists: each `w:num` with the levels it numbers by. */
export interface DocxNumbering {
  /** the levels of list `numId`, with its start overrides applied */
  levels(numId: string): readonly ListLevel[] | undefined;
  /** the key whose counters a list shares: lists of one definition count on together, unless one restarts */
  counterKey(numId: string): string;
  /** the numbering a paragraph style gives (`w:pStyle`), following `w:basedOn` */
  ofStyle(styleId: string): NumberingRef | undefined;
}

const MAX_BASED_ON = 20;

/**
 * Reads `word/numbering.xml` (the list definitions: `w:abstractNum` levels
 * with start, format and label pattern; `w:num` instances with overrides)
 * and `word/styles.xml` (paragraph styles that number, such as headings).
 */
export function docxNumbering(
  numberingXml: string | undefined,
  stylesXml: string | undefined,
): DocxNumbering {
  const abstracts = new Map<string, ListLevel[]>();
  const nums = new Map<string, { abstractId: string; starts: Map<number, number> }>();
  if (numberingXml) readNumbering(numberingXml, abstracts, nums);
  const styles = stylesXml ? readStyles(stylesXml) : new Map<string, StyleNumbering>();
  return {
    levels(numId) {
      const num = nums.get(numId);
      const levels = num && abstracts.get(num.abstractId);
      if (!num || !levels) return undefined;
      if (num.starts.size === 0) return levels;
      return levels.map((l, i) => (num.starts.has(i) ? { ...l, start: num.starts.get(i)! } : l));
    },
    counterKey(numId) {
      const num = nums.get(numId);
      return num && num.starts.size === 0 ? `abstract:${num.abstractId}` : `num:${numId}`;
    },
    ofStyle(styleId) {
      let id: string | undefined = styleId;
      let level: number | undefined;
      for (let k = 0; id !== undefined && k < MAX_BASED_ON; k++) {
        const style = styles.get(id);
        if (!style) return undefined;
        level ??= style.level;
        if (style.numId !== undefined) {
          return style.numId === '0' ? undefined : { numId: style.numId, level: level ?? 0 };
        }
        id = style.basedOn;
      }
      return undefined;
    },
  };
}

function readNumbering(
  xml: string,
  abstracts: Map<string, ListLevel[]>,
  nums: Map<string, { abstractId: string; starts: Map<number, number> }>,
): void {
  let abstract: ListLevel[] | undefined;
  let level: { index: number; def: ListLevel } | undefined;
  let num: { abstractId: string; starts: Map<number, number> } | undefined;
  let override: number | undefined;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'close') {
      if (t.name === 'w:lvl' && abstract && level) abstract[level.index] = level.def;
      if (t.name === 'w:lvl') level = undefined;
      if (t.name === 'w:abstractNum') abstract = undefined;
      if (t.name === 'w:num') num = undefined;
      if (t.name === 'w:lvlOverride') override = undefined;
      continue;
    }
    if (t.kind !== 'open') continue;
    const val = t.attrs['w:val'];
    switch (t.name) {
      case 'w:abstractNum':
        abstract = [];
        abstracts.set(t.attrs['w:abstractNumId'] ?? '', abstract);
        break;
      case 'w:lvl': {
        const index = Number(t.attrs['w:ilvl'] ?? 0);
        level = { index, def: { start: 1, format: 'decimal', text: `%${index + 1}.` } };
        if (t.empty && abstract) abstract[index] = level.def;
        break;
      }
      case 'w:start':
        if (level && override === undefined) level.def.start = Number(val ?? 1) || 0;
        break;
      case 'w:numFmt':
        if (level && val) level.def.format = val;
        break;
      case 'w:lvlText':
        if (level) level.def.text = val ?? '';
        break;
      case 'w:isLgl':
        if (level) level.def.legal = val !== '0' && val !== 'false';
        break;
      case 'w:num':
        num = { abstractId: '', starts: new Map() };
        nums.set(t.attrs['w:numId'] ?? '', num);
        break;
      case 'w:abstractNumId':
        if (num) num.abstractId = val ?? '';
        break;
      case 'w:lvlOverride':
        override = Number(t.attrs['w:ilvl'] ?? 0);
        break;
      case 'w:startOverride':
        if (num && override !== undefined) num.starts.set(override, Number(val ?? 1) || 0);
        break;
    }
  }
}

interface StyleNumbering {
  numId?: string;
  level?: number;
  basedOn?: string;
}

function readStyles(xml: string): Map<string, StyleNumbering> {
  const styles = new Map<string, StyleNumbering>();
  let style: StyleNumbering | undefined;
  for (const t of xmlTokens(xml)) {
    if (t.kind === 'close' && t.name === 'w:style') style = undefined;
    if (t.kind !== 'open') continue;
    if (t.name === 'w:style') {
      style = {};
      styles.set(t.attrs['w:styleId'] ?? '', style);
    } else if (style) {
      if (t.name === 'w:basedOn') style.basedOn = t.attrs['w:val'];
      else if (t.name === 'w:numId') style.numId = t.attrs['w:val'];
      else if (t.name === 'w:ilvl') style.level = Number(t.attrs['w:val'] ?? 0);
    }
  }
  return styles;
}
