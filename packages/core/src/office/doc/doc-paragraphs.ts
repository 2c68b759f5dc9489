import { fcLcb, type FibLayout } from './doc-text.js';

/** How a cell of a table row is merged down: not, the first of a run, or covered by the one above. */
export type VerticalMerge = 'none' | 'restart' | 'continue';

/** A table row's cells, from the row end mark's properties (sprmTDefTable). */
export interface RowProps {
  /** the cells' edges, left to right, in twips (one more than the cells) */
  edges: number[];
  merges: VerticalMerge[];
  /** cells merged into the one before them (Word 97's horizontal merge) */
  mergedLeft: boolean[];
}

/** What a paragraph's properties say about its place in lists and tables. */
export interface ParaProps {
  inTable: boolean;
  /** the paragraph ends a table row */
  rowEnd: boolean;
  /** the list (1-based index into the LFOs; 0 for none) and level */
  ilfo: number;
  ilvl: number;
  row?: RowProps;
}

const PLCF_BTE_PAPX = 13;
const FKP = 512;
const NONE: ParaProps = { inTable: false, rowEnd: false, ilfo: 0, ilvl: 0 };

const SPRM_P_ILVL = 0x260a;
const SPRM_P_ILFO = 0x460b;
const SPRM_P_IN_TABLE = 0x2416;
const SPRM_P_TTP = 0x2417;
const SPRM_P_ITAP = 0x6649;
const SPRM_P_INNER_TTP = 0x244c;
const SPRM_T_DEF_TABLE = 0xd608;
const SPRM_P_HUGE_PAPX = 0x6646;
const SPRM_T_VERT_MERGE = 0xd62b;

/**
 * The properties of the paragraph whose mark is stored at byte `fc` of the
 * WordDocument stream: read from the PAPX pages (FKPs) that PlcBtePapx in
 * the table stream points to.
 */
export function paragraphProps(
  word: Uint8Array,
  table: Uint8Array,
  fib: FibLayout,
  data: Uint8Array | undefined,
): (fc: number) => ParaProps {
  const [fc, lcb] = fcLcb(word, fib, PLCF_BTE_PAPX);
  const plc = new DataView(table.buffer, table.byteOffset + fc, Math.min(lcb, table.length - fc));
  const n = Math.floor((plc.byteLength - 4) / 8);
  const wordView = new DataView(word.buffer, word.byteOffset, word.byteLength);
  const pages = new Map<number, { fcs: number[]; grpprls: (Uint8Array | undefined)[] }>();
  const pageOf = (pn: number) => {
    let page = pages.get(pn);
    if (page) return page;
    const at = pn * FKP;
    const fcs: number[] = [];
    const grpprls: (Uint8Array | undefined)[] = [];
    if (at + FKP <= word.length) {
      const crun = word[at + FKP - 1]!;
      for (let i = 0; i <= crun; i++) fcs.push(wordView.getUint32(at + i * 4, true));
      for (let i = 0; i < crun; i++) {
        const bOffset = word[at + (crun + 1) * 4 + i * 13]!;
        grpprls.push(bOffset === 0 ? undefined : papx(word, at + bOffset * 2));
      }
    }
    page = { fcs, grpprls };
    pages.set(pn, page);
    return page;
  };
  return (mark) => {
    for (let i = 0; i < n; i++) {
      if (mark < plc.getUint32(i * 4, true) || mark >= plc.getUint32((i + 1) * 4, true)) continue;
      const page = pageOf(plc.getUint32((n + 1) * 4 + i * 4, true) & 0x3fffff);
      for (let k = 0; k + 1 < page.fcs.length; k++) {
        if (mark >= page.fcs[k]! && mark < page.fcs[k + 1]!) {
          const grpprl = page.grpprls[k];
          return grpprl ? readSprms(grpprl, data) : NONE;
        }
      }
    }
    return NONE;
  };
}

/** A PapxInFkp's grpprl, without its style index. */
function papx(word: Uint8Array, at: number): Uint8Array | undefined {
  const cb = word[at];
  if (cb === undefined) return undefined;
  const [start, size] = cb === 0 ? [at + 2, (word[at + 1] ?? 0) * 2] : [at + 1, cb * 2 - 1];
  // the first two bytes are the style (istd)
  return word.subarray(start + 2, start + size);
}

function readSprms(grpprl: Uint8Array, data: Uint8Array | undefined, into?: ParaProps): ParaProps {
  const view = new DataView(grpprl.buffer, grpprl.byteOffset, grpprl.byteLength);
  const props: ParaProps = into ?? { inTable: false, rowEnd: false, ilfo: 0, ilvl: 0 };
  let at = 0;
  while (at + 2 <= grpprl.length) {
    const sprm = view.getUint16(at, true);
    const operand = at + 2;
    const size = operandSize(sprm, view, operand);
    if (operand + size > grpprl.length) break;
    switch (sprm) {
      case SPRM_P_ILVL:
        props.ilvl = grpprl[operand]!;
        break;
      case SPRM_P_ILFO:
        props.ilfo = view.getInt16(operand, true);
        break;
      case SPRM_P_IN_TABLE:
        props.inTable = grpprl[operand] !== 0;
        break;
      case SPRM_P_ITAP:
        props.inTable = props.inTable || view.getInt32(operand, true) > 0;
        break;
      case SPRM_P_TTP:
      case SPRM_P_INNER_TTP:
        props.rowEnd = props.rowEnd || grpprl[operand] !== 0;
        break;
      case SPRM_T_DEF_TABLE:
        props.row = readDefTable(grpprl.subarray(operand + 2, operand + size));
        break;
      case SPRM_P_HUGE_PAPX: {
        // properties too large for the page: a grpprl in the Data stream
        const at = view.getUint32(operand, true);
        if (data && at + 2 <= data.length) {
          const size = data[at]! | (data[at + 1]! << 8);
          readSprms(data.subarray(at + 2, at + 2 + size), undefined, props);
        }
        break;
      }
      case SPRM_T_VERT_MERGE:
        if (props.row) {
          const itc = grpprl[operand + 1]!;
          if (itc < props.row.merges.length)
            props.row.merges[itc] = vertMerge(grpprl[operand + 2]!);
        }
        break;
    }
    at = operand + size;
  }
  return props;
}

/** The size of a sprm's operand, from its spra bits (and its own length byte or word when variable). */
function operandSize(sprm: number, view: DataView, at: number): number {
  switch (sprm >> 13) {
    case 0:
    case 1:
      return 1;
    case 2:
    case 4:
    case 5:
      return 2;
    case 3:
      return 4;
    case 7:
      return 3;
    default:
      if (at >= view.byteLength) return 0;
      // sprmTDefTable's length is a word (counting itself less one); others a byte
      if (sprm === SPRM_T_DEF_TABLE || sprm === 0xd606) {
        return at + 2 <= view.byteLength ? view.getUint16(at, true) + 1 : 0;
      }
      return 1 + view.getUint8(at);
  }
}

/** TDefTableOperand (after its length): the cells' edges and their TC80s. */
function readDefTable(op: Uint8Array): RowProps {
  const view = new DataView(op.buffer, op.byteOffset, op.byteLength);
  const count = op[0] ?? 0;
  const edges: number[] = [];
  for (let i = 0; i <= count && 1 + i * 2 + 2 <= op.length; i++) {
    edges.push(view.getInt16(1 + i * 2, true));
  }
  const tcs = 1 + (count + 1) * 2;
  const merges: VerticalMerge[] = [];
  const mergedLeft: boolean[] = [];
  for (let i = 0; i < count; i++) {
    const at = tcs + i * 20;
    const grf = at + 2 <= op.length ? view.getUint16(at, true) : 0;
    merges.push(vertMerge((grf >> 5) & 3));
    mergedLeft.push((grf & 3) >= 2);
  }
  return { edges, merges, mergedLeft };
}

function vertMerge(code: number): VerticalMerge {
  return code === 1 ? 'continue' : code >= 2 ? 'restart' : 'none';
}
