/**
 * Endings of Chinese organisation names, simplified. They describe how unit
 * names are formed (…局, …委员会, …街道), never particular units.
 *
 * Longer endings come first within each group so that matching can take the
 * longest one.
 */
export const UNIT_SUFFIXES: readonly string[] = [
  // compound endings that must not be cut inside
  '管理委员会',
  '领导小组办公室',
  '领导小组',
  '委员会',
  '管委会',
  '办公室',
  '办公厅',
  '办事处',
  '指挥部',
  '工作组',
  '工作专班',
  '专班',
  '联合会',
  '促进会',
  '研究会',
  '协会',
  '商会',
  '工会',
  '妇联',
  '残联',
  '侨联',
  '文联',
  '科协',
  '工商联',
  '红十字会',
  '团委',
  '党委',
  '党组',
  '党工委',
  '工委',
  '纪委',
  '监委',
  // branches
  '分局',
  '分中心',
  '分院',
  '分所',
  '分公司',
  '分行',
  '支行',
  '支队',
  '大队',
  '中队',
  '分队',
  '分会',
  '分校',
  // bodies
  '中心',
  '街道',
  '街镇',
  '镇街',
  '乡镇',
  '政府',
  '公司',
  '集团',
  // a state investment company by its short name (城市建设投资公司 → 城投)
  '城投',
  '交投',
  '水投',
  '国投',
  '单位',
  '部门',
  // the localities as one group (各地、各部门配合)
  '各地',
  '机构',
  '机关',
  '国企',
  '企业',
  '银行',
  '医院',
  '学校',
  '大学',
  '学院',
  '基地',
  '园区',
  '开发区',
  '管理区',
  '功能区',
  '片区',
  '社区',
  '处室',
  '科室',
  '海关',
  '法院',
  '检察院',
  '电视台',
  '报社',
  '供销社',
  '合作社',
  '总站',
  '总队',
  '队伍',
  '幼儿园',
  '电台',
  '工厂',
  '农场',
  '林场',
  '所属企业',
  '局',
  '委',
  '办',
  '厅',
  '部',
  '院',
  '所',
  '站',
  '处',
  '科',
  '室',
  '队',
  '会',
  '团',
  '馆',
  '校',
  '社',
  '署',
  '庭',
  '联',
  '组',
  '镇',
  '乡',
  '村',
  '区',
  '县',
  '市',
  '省',
  '州',
  '旗',
  '宫',
  '协',
  '盟',
];

/**
 * Endings of a branch of the unit named before it (`市生态环境局咸安分局` is one
 * unit, not two).
 */
export const BRANCH_SUFFIXES: readonly string[] = [
  '分局',
  '分中心',
  '分院',
  '分所',
  '分公司',
  '分行',
  '支行',
  '支队',
  '大队',
  '中队',
  '分队',
  '分会',
  '分校',
  '办公室',
  '党委',
  '党组',
  '工会',
  '团委',
];

/**
 * Classes of endings: two run-together names of the same class (`派出所工商质监所`,
 * `安监站安监所`) are two units.
 */
export const SUFFIX_CLASSES: readonly (readonly string[])[] = [
  ['所', '站'],
  ['局', '委', '办', '厅'],
  ['院'],
  ['中心'],
  ['街道', '镇', '乡'],
  ['公司', '集团', '城投', '交投', '水投', '国投'],
];

/**
 * First characters of a name that start a new unit: an administrative level.
 * (各 does not: `省政府各部门` is one group.)
 */
export const LEVEL_PREFIXES = '省市区县州镇乡';

// by the code of their last character: a name's last character is read as a
// code, not as a one-character string (which V8 allocates for Han characters)
let byLastChar: Map<number, string[]> | undefined;

/** The longest listed unit ending that `name` ends with, or ''. */
export function unitSuffixOf(name: string): string {
  if (name.length === 0) return '';
  byLastChar ??= bucket(UNIT_SUFFIXES);
  const candidates = byLastChar.get(name.charCodeAt(name.length - 1));
  if (!candidates) return '';
  for (const s of candidates) if (name.endsWith(s)) return s;
  return '';
}

/** True when a unit ending can end with the character of this code. */
export function endsSomeSuffix(code: number): boolean {
  byLastChar ??= bucket(UNIT_SUFFIXES);
  return byLastChar.has(code);
}

/** Words grouped by the code of their last character, longest first. */
function bucket(words: readonly string[]): Map<number, string[]> {
  const map = new Map<number, string[]>();
  for (const w of words) {
    const last = w.charCodeAt(w.length - 1);
    map.set(last, [...(map.get(last) ?? []), w]);
  }
  for (const list of map.values()) list.sort((a, b) => b.length - a.length);
  return map;
}
