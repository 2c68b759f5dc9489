import type { ListLevel } from '../numbering/list-counters.js';
import { fcLcb, type FibLayout } from './doc-text.js';

const PLF_LST = 73;
const PLF_LFO = 74;

// Word's number formats (MSONFC) by their OOXML names, as `formatNumber` knows them
const NFC: Readonly<Record<number, string>> = {
  0: 'decimal',
  1: 'upperRoman',
  2: 'lowerRoman',
  3: 'upperLetter',
  4: 'lowerLetter',
  10: 'japaneseCounting',
  14: 'decimalFullWidth',
  18: 'decimalEnclosedCircle',
  19: 'decimalFullWidth2',
  22: 'decimalZero',
  23: 'bullet',
  26: 'decimalEnclosedFullstop',
  27: 'decimalEnclosedParen',
  28: 'decimalEnclosedCircleChinese',
  29: 'ideographEnclosedCircle',
  30: 'ideographTraditional',
  31: 'ideographZodiac',
  33: 'taiwaneseCounting',
  34: 'ideographLegalTraditional',
  35: 'taiwaneseCountingThousand',
  36: 'taiwaneseDigital',
  37: 'chineseCounting',
  38: 'chineseLegalSimplified',
  39: 'chineseCountingThousand',
  255: 'none',
};

/** A `.doc` file's lists: the levels each LFO (the lists paragraphs point to) numbers by. */
export interface DocLists {
  /** the levels of list `ilfo` (1-based), with its start overrides */
  levels(ilfo: number): readonly ListLevel[] | undefined;
  /** lists of one definition count on together, unless one restarts */
  counterKey(ilfo: number): string;
}

/** Reads PlfLst (list definitions and their levels) and PlfLfo (list instances) from the table stream. */
export function docLists(word: Uint8Array, table: Uint8Array, fib: FibLayout): DocLists {
  const byLsid = new Map<number, ListLevel[]>();
  const lfos: { lsid: number; starts: Map<number, number> }[] = [];
  try {
    readLst(table, fcLcb(word, fib, PLF_LST), byLsid);
    readLfo(table, fcLcb(word, fib, PLF_LFO), lfos);
  } catch {
    // a list table cut short: the lists read so far stand
  }
  return {
    levels(ilfo) {
      const lfo = lfos[ilfo - 1];
      const levels = lfo && byLsid.get(lfo.lsid);
      if (!lfo || !levels) return undefined;
      if (lfo.starts.size === 0) return levels;
      return levels.map((l, i) => (lfo.starts.has(i) ? { ...l, start: lfo.starts.get(i)! } : l));
    },
    counterKey(ilfo) {
      const lfo = lfos[ilfo - 1];
      return lfo && lfo.starts.size === 0 ? `lst:${lfo.lsid}` : `lfo:${ilfo}`;
    },
  };
}

function readLst(
  table: Uint8Array,
  [fc, lcb]: [number, number],
  byLsid: Map<number, ListLevel[]>,
): void {
  if (lcb === 0 || fc + 2 > table.length) return;
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const count = view.getInt16(fc, true);
  const lists: { lsid: number; simple: boolean }[] = [];
  for (let i = 0; i < count; i++) {
    const at = fc + 2 + i * 28;
    lists.push({ lsid: view.getInt32(at, true), simple: (table[at + 26]! & 1) !== 0 });
  }
  let at = fc + 2 + count * 28;
  for (const list of lists) {
    const levels: ListLevel[] = [];
    for (let l = 0; l < (list.simple ? 1 : 9); l++) {
      const start = view.getInt32(at, true);
      const nfc = table[at + 4]!;
      const legal = (table[at + 5]! & 0x04) !== 0;
      const cbChpx = table[at + 24]!;
      const cbPapx = table[at + 25]!;
      at += 28 + cbPapx + cbChpx;
      const cch = view.getUint16(at, true);
      let text = '';
      for (let k = 0; k < cch; k++) {
        const c = view.getUint16(at + 2 + k * 2, true);
        text += c < 9 ? `%${c + 1}` : String.fromCharCode(c);
      }
      at += 2 + cch * 2;
      levels.push({ start, format: NFC[nfc] ?? 'decimal', text, ...(legal ? { legal } : {}) });
    }
    byLsid.set(list.lsid, levels);
  }
}

function readLfo(
  table: Uint8Array,
  [fc, lcb]: [number, number],
  lfos: { lsid: number; starts: Map<number, number> }[],
): void {
  if (lcb === 0 || fc + 4 > table.length) return;
  const view = new DataView(table.buffer, table.byteOffset, table.byteLength);
  const count = view.getInt32(fc, true);
  const overrides: number[] = [];
  for (let i = 0; i < count; i++) {
    const at = fc + 4 + i * 16;
    lfos.push({ lsid: view.getInt32(at, true), starts: new Map() });
    overrides.push(table[at + 12]!);
  }
  // each LFO's LFOData follows: a CP, then an LFOLVL (and maybe an LVL) per override
  let at = fc + 4 + count * 16;
  for (let i = 0; i < count; i++) {
    at += 4;
    for (let k = 0; k < overrides[i]!; k++) {
      const start = view.getInt32(at, true);
      const flags = table[at + 4]!;
      const level = flags & 0x0f;
      if (flags & 0x10) lfos[i]!.starts.set(level, start);
      at += 8;
      if (flags & 0x20) {
        // a whole LVL replaces the level: skip it
        const cbChpx = table[at + 24]!;
        const cbPapx = table[at + 25]!;
        at += 28 + cbPapx + cbChpx;
        at += 2 + view.getUint16(at, true) * 2;
      }
    }
  }
}
