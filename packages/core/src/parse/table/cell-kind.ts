import { readNumbering } from '../numbering/read-numbering.js';
import { isUnitLike } from '../units/is-unit-like.js';
import { splitUnitList } from '../units/split-unit-list.js';

/** What a table cell looks like. */
export type CellKind =
  'empty' | 'number' | 'units' | 'person' | 'deadline' | 'heading' | 'numbered' | 'text';

/** A number cell (序号): digits, maybe with a full stop. */
export const NUMBER = /^\d{1,4}[.、]?$/u;
const DEADLINE =
  /\d{1,2}月|月底|月份|年底|年内|全年|季度|上半年|下半年|汛期|\d+天|\d+日|长期|持续|常态|每月|每年|前完成|底前|^\d{4}[-./年]/u;
const PERSON = /^[\u4e00-\u9fff]{2,4}$/u;
const MAX_HEADING = 30;
// the longest single name a cell may close with a full stop
const MAX_STOPPED_NAME = 10;
const TASK_START =
  /^(建设|推进|加快|完成|实施|开展|加强|新建|启动|建成|打造|提升|深化|推动|落实|创建|优化|健全|完善|促进|强化|做好|抓好|扩大|实现|确保|组织|制定|编制|开工|迁建|改造|新增|整治|规范|支持|培育|坚持|争取|力争)/u;

// cells repeat (unit names, deadlines) from row to row
const known = new Map<string, CellKind>();
const MAX_KNOWN = 20_000;

/** The kind of a table cell from its folded text. */
export function cellKindOf(key: string): CellKind {
  let kind = known.get(key);
  if (kind === undefined) {
    if (known.size > MAX_KNOWN) known.clear();
    kind = readCellKind(key);
    known.set(key, kind);
  }
  return kind;
}

function readCellKind(key: string): CellKind {
  const t = key.trim();
  if (t === '') return 'empty';
  if (NUMBER.test(t)) return 'number';
  // `四、教育文化` names a group of rows; `14.改扩建…` is a task with its number
  const numbering = readNumbering(t, 0);
  if (numbering && numbering.contentStart < t.length) {
    if (numbering.rank <= 3 && t.length <= MAX_HEADING) return 'heading';
    if (numbering.style === 'arabic' || numbering.style === 'paren-arabic') return 'numbered';
  }
  if (t.length <= 20 && DEADLINE.test(t) && !isUnitLike(t)) return 'deadline';
  // a list may close with a full stop (`…谯城经开区管委会,魏武国控集团。`)
  const list = t.endsWith('。') ? t.slice(0, -1) : t;
  if (list.length <= 200 && !/[。]/u.test(list) && !TASK_START.test(list)) {
    const { units } = splitUnitList(list, list, { role: 'member', table: true });
    // one long name closed by a full stop is a sentence (`成功创建首批浙江省美丽城镇。`)
    const sentence = list !== t && units.length === 1 && units[0]!.raw.length > MAX_STOPPED_NAME;
    if (units.length > 0 && !sentence && units.every((u) => isUnitLike(u.raw))) return 'units';
  }
  const names = t.split(/[、,\s]+/u).filter(Boolean);
  if (names.length > 0 && names.every((n) => PERSON.test(n) && !isUnitLike(n))) return 'person';
  return 'text';
}
