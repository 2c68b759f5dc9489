/**
 * Words that make up the label of a responsibility field (`牵头单位`, `主要协作单位`,
 * `问题整改责任单位`, `整改时限`, `责任领导`), simplified. A label is any number of
 * modifiers followed by one core.
 */
export const FIELD_CORES: readonly string[] = [
  '单位',
  '部门',
  '处室',
  '科室',
  '主体',
  '领导',
  '责任人',
  '负责人',
  '联系人',
  // 协调人, 督办人, 包保人: a person by what they do
  '人',
  '时限',
  '期限',
  '时间',
  '时间节点',
  '完成节点',
  // 任务分工:市交通运输局牵头,各县区配合
  '分工',
  '牵头',
  '配合',
  '协办',
  '责任',
];

export const FIELD_MODIFIERS: readonly string[] = [
  '牵头',
  '责任',
  '配合',
  '协办',
  '协同',
  '协作',
  '协助',
  '主要',
  '主责',
  '主办',
  '承办',
  '参与',
  '参加',
  '实施',
  '整改',
  '问题',
  '分管',
  '相关',
  '督办',
  '完成',
  '工作',
  '联系',
  '具体',
  '其他',
  '落实',
  '负责',
  '推进',
  '区级',
  '市级',
  '县级',
  '省级',
  '挂钩',
  '包保',
  '主管',
  '监管',
  '指导',
  '业务',
  '职能',
  '共同',
  '执行',
  '办理',
  '主体',
  '成员',
  '办结',
  '领衔',
  '联络',
  '对口',
  '直接',
  '第一',
  '其它',
  '任务',
  '协调',
  '经办',
  '职责',
];

// the responsibility a unit bears in a problem list (整改清单, 曝光台): 主体责任：X，监督责任：Y
const KINDS_OF_RESPONSIBILITY = new Set([
  '主体责任',
  '监督责任',
  '监管责任',
  '属地责任',
  '直接责任',
]);

/**
 * Words that make a label, a column's header or a note name leads (牵头单位, 主责单位,
 * 主办单位; `(数据统计评估主责单位)`), as a source for patterns.
 */
export const LEAD_WORDS = '牵头|主责|主办';
const LEAD = new RegExp(LEAD_WORDS, 'u');

// words that name the same part in a label: 责任单位, 承办单位, 落实部门 all list members
const SAME_PART = /责任|承办|落实|实施|负责|部门|单位/gu;

/**
 * What sets a member label apart from the plain ones (`主要责任单位` and `主要承办部门` → `主要`),
 * for matching a label a notice names with the label its fields print.
 */
export function labelSense(label: string): string {
  return label.replace(SAME_PART, '');
}

/** What a field holds. */
export type FieldKind = 'lead' | 'member' | 'person' | 'deadline';

/**
 * The kind of a field from its label: people (领导, …人) are not units, time
 * fields give the deadline, 牵头/主责/主办 mark leads, anything else lists members.
 */
export function fieldKindOf(label: string): FieldKind {
  if (/领导|人$/u.test(label)) return 'person';
  if (/时限|期限|时间/u.test(label)) return 'deadline';
  if (LEAD.test(label)) return 'lead';
  return 'member';
}

/**
 * True when `word` reads as a field label: modifiers then a core. Bare cores
 * other than 单位/部门/… need the label to be exactly that word.
 */
export function isFieldLabel(word: string): boolean {
  if (word.length < 2 || word.length > 12) return false;
  let known = labels.get(word);
  if (known === undefined) {
    if (labels.size > MAX_REMEMBERED) labels.clear();
    known = readFieldLabel(word);
    labels.set(word, known);
  }
  return known;
}

// labels repeat on every item; remember the answers
const labels = new Map<string, boolean>();
const MAX_REMEMBERED = 10_000;

function readFieldLabel(word: string): boolean {
  let rest = word;
  const core = FIELD_CORES.find((c) => rest.endsWith(c));
  if (core === undefined) return false;
  // 牵头：, 配合：, 责任： alone are labels; as the last word they need nothing before them
  const bare =
    core === '牵头' || core === '配合' || core === '协办' || core === '责任' || core === '主办';
  // 责任 names a field alone, or as a kind of responsibility: 主体责任：, 监督责任：
  if (KINDS_OF_RESPONSIBILITY.has(word)) return true;
  if (bare && word !== core) {
    return false;
  }
  // 分工 names a field only with what is divided (任务分工, 责任分工); 人 by what they do
  if ((core === '分工' || core === '人') && word === core) return false;
  rest = rest.slice(0, rest.length - core.length);
  while (rest.length > 0) {
    const m = FIELD_MODIFIERS.find((w) => rest.endsWith(w));
    if (m === undefined) return false;
    rest = rest.slice(0, rest.length - m.length);
  }
  // 时间 alone (a web page's 时间：2023-07-11) is not a deadline label
  return word !== '时间';
}
