import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

// Documents of every layout, assembled from interchangeable parts whose answer is
// known by construction: the parser must read each one exactly.

const LEVEL = ['区', '市', '县', '省'];
const STEM = [
  '发展改革',
  '财政',
  '教育',
  '科技',
  '民政',
  '司法',
  '人力资源社会保障',
  '自然资源',
  '生态环境',
  '住房城乡建设',
  '交通运输',
  '水务',
  '农业农村',
  '商务',
  '文化和旅游',
  '卫生健康',
  '应急管理',
  '市场监管',
  '统计',
  '医保',
  '城管执法',
  '数据',
  '退役军人事务',
  '林业',
  '体育',
];
const SUFFIX = ['局', '委', '办', '厅', '中心'];
const GROUPS = [
  '各街道',
  '各乡镇人民政府',
  '区政府有关部门',
  '各县(市、区)人民政府',
  '市直各部门',
  '各有关单位',
];
const NAMED = [
  '区府办(政务服务办)',
  '公安分局',
  '市生态环境局新城分局',
  '区委依法治区办',
  '区委组织部',
  '人行支行',
];
const TASKS = [
  '推进城市更新行动',
  '加强基层治理',
  '优化营商环境',
  '完善社会保障体系',
  '提升公共服务水平',
  '深化“放管服”改革',
  '实施乡村振兴战略',
  '加快数字政府建设',
  '强化安全生产监管',
  '推动绿色低碳发展',
];

const unitName = fc
  .tuple(fc.constantFrom(...LEVEL), fc.constantFrom(...STEM), fc.constantFrom(...SUFFIX))
  .map(([l, s, x]) => l + s + x);
const anyUnit = fc.oneof(
  { weight: 5, arbitrary: unitName },
  { weight: 1, arbitrary: fc.constantFrom(...GROUPS) },
  { weight: 1, arbitrary: fc.constantFrom(...NAMED) },
);
const units = (min: number, max: number) =>
  fc.uniqueArray(anyUnit, { minLength: min, maxLength: max });

interface Expected {
  title: string;
  units: string[]; // name, with * for lead
}

const sep = fc.constantFrom('、', '，', ',', '；');
const colon = fc.constantFrom('：', ':', '： ', '：　');
const brackets = fc.constantFrom(
  ['（', '）'],
  ['(', ')'],
  ['【', '】'],
  ['[', ']'],
  ['〔', '〕'],
  ['(', '）'],
  ['（', ')'],
);
const numbering = fc.constantFrom(
  (n: number) => `${n}.`,
  (n: number) => `${n}、`,
  (n: number) => `（${'一二三四五六七八九十'[n - 1]}）`,
  (n: number) => `${String.fromCharCode(0xff10 + n)}．`,
  (n: number) => `第${'一二三四五六七八九十'[n - 1]}条 `,
);

/** One item in one of the text layouts; returns its lines and its answer. */
const item = fc
  .record({
    layout: fc.constantFrom(
      'paren',
      'paren-lead',
      'line-after',
      'lead-lines',
      'lead-suffix',
      'bracket-label',
    ),
    task: fc.constantFrom(...TASKS),
    detail: fc.constantFrom('', '年内完成主要目标任务。', '确保取得实效；定期通报进展。'),
    leads: units(1, 2),
    members: units(1, 4),
    sep,
    colon,
    brackets,
    indent: fc.constantFrom('', '  ', '　　'),
    person: fc.boolean(),
    etc: fc.boolean(),
    wrapAt: fc.option(fc.nat(), { nil: undefined }),
  })
  .map((r) => {
    const members = r.members.filter((m) => !r.leads.includes(m));
    const joined = (names: string[]) => names.join(r.sep === '；' ? '、' : r.sep);
    // `…等` after the last name is dropped by the reader
    const list = (names: string[]) => joined(names) + (r.etc && names.length > 1 ? '等' : '');
    const [open, close] = r.brackets as readonly [string, string];
    const head = `${r.task}。${r.detail}`;
    const leads = r.leads.map((u) => u + '*');
    let text: string;
    let answer: string[];
    switch (r.layout) {
      case 'paren':
        text = `${head}${open}责任单位${r.colon}${list(members.length ? members : r.leads)}${close}`;
        answer = members.length ? members : r.leads;
        break;
      case 'paren-lead': {
        const person = r.person ? `责任领导${r.colon}王明；` : '';
        const more = members.length ? `；配合单位${r.colon}${list(members)}` : '';
        text = `${head}${open}${person}牵头单位${r.colon}${list(r.leads)}${more}${close}`;
        answer = [...leads, ...members];
        break;
      }
      case 'line-after':
        text = `${head}\n${r.indent}责任单位${r.colon}${list(members.length ? members : r.leads)}`;
        answer = members.length ? members : r.leads;
        break;
      case 'lead-lines': {
        const person = r.person ? `${r.indent}分管领导${r.colon}李华\n` : '';
        const more = members.length ? `\n${r.indent}配合单位${r.colon}${list(members)}` : '';
        text = `${head}\n${person}${r.indent}牵头单位${r.colon}${list(r.leads)}${more}`;
        answer = [...leads, ...members];
        break;
      }
      case 'lead-suffix': {
        const fallback = r.leads.includes('各有关单位') ? '有关部门' : '各有关单位';
        const others = members.length ? members : [fallback];
        text = `${head}（${r.leads.join('、')}牵头，${others.join('、')}配合）`;
        answer = [...leads, ...others];
        break;
      }
      default:
        text = `${head}【牵头单位】${list(r.leads)}${members.length ? `【配合单位】${list(members)}` : ''}`;
        answer = [...leads, ...members];
    }
    if (
      r.wrapAt !== undefined &&
      (r.layout === 'paren' || r.layout === 'paren-lead' || r.layout === 'lead-suffix')
    ) {
      // a hard line wrap somewhere inside the clause, never inside a bracketed alias
      const from = head.length + 1;
      const at = from + (r.wrapAt % Math.max(1, text.length - from - 1));
      if (!/[(（][^)）]*$/u.test(text.slice(0, at).slice(-6)))
        text = text.slice(0, at) + '\n' + text.slice(at);
    }
    return { indent: r.indent, text, expected: { title: r.task, units: answer } as Expected };
  });

const document = fc
  .record({
    items: fc.array(item, { minLength: 1, maxLength: 6 }),
    numbering,
    section: fc.boolean(),
    preamble: fc.constantFrom(
      '',
      '各街道办事处，区政府各部门：\n现将有关工作任务印发给你们。\n\n',
      '当前位置：首页 > 政务公开\n索引号：000/2024-001\n\n',
    ),
    crlf: fc.boolean(),
    traditional: fc.boolean(),
  })
  .map((d) => {
    const lines = [d.preamble + '2024年重点工作任务分工方案', ''];
    if (d.section) lines.push('一、重点任务');
    d.items.forEach((it, i) => lines.push(`${it.indent}${d.numbering(i + 1)}${it.text}`, ''));
    const text = lines.join('\n');
    // the same document in traditional characters: names are read as printed
    const t = d.traditional ? toTraditional : (x: string) => x;
    return {
      text: t(d.crlf ? text.replace(/\n/gu, '\r\n') : text),
      expected: d.items.map((it) => ({
        title: t(it.expected.title),
        units: it.expected.units.map(t),
      })),
    };
  });

const TRADITIONAL: Record<string, string> = {
  责: '責',
  单: '單',
  牵: '牽',
  头: '頭',
  区: '區',
  办: '辦',
  县: '縣',
  门: '門',
  领: '領',
  导: '導',
  协: '協',
  发: '發',
  务: '務',
  关: '關',
  财: '財',
  卫: '衛',
  乡: '鄉',
  镇: '鎮',
  会: '會',
  员: '員',
  应: '應',
  农: '農',
  业: '業',
  场: '場',
  监: '監',
  医: '醫',
  统: '統',
  计: '計',
  执: '執',
  数: '數',
  军: '軍',
  体: '體',
  进: '進',
  设: '設',
  强: '強',
  层: '層',
  环: '環',
  实: '實',
  战: '戰',
  时: '時',
  间: '間',
  级: '級',
  组: '組',
  划: '劃',
  长: '長',
  动: '動',
  优: '優',
  绿: '綠',
};

function toTraditional(text: string): string {
  return [...text].map((c) => TRADITIONAL[c] ?? c).join('');
}

function answerOf(text: string): Expected[] {
  const { plan } = parse(text);
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.items.map((i) => ({
    title: i.title,
    units: plan.assignments
      .filter((a) => a.item === i.id)
      .map((a) => `${names.get(a.unit)}${a.role === 'lead' && !a.inferred ? '*' : ''}`),
  }));
}

describe('parse reads generated documents of every text layout exactly', () => {
  it('paren-inline, line-after, lead-lines, lead-suffix and bracket items in any mix', () => {
    fc.assert(
      fc.property(document, ({ text, expected }) => {
        expect(answerOf(text)).toEqual(expected);
      }),
      { numRuns: 400 },
    );
  });
});

/** A table in one of the flattenings, with its answer. */
const table = fc
  .record({
    rows: fc.array(
      fc.record({ task: fc.constantFrom(...TASKS), leads: units(1, 1), members: units(0, 3) }),
      {
        minLength: 1,
        maxLength: 6,
      },
    ),
    form: fc.constantFrom('pipe', 'tab', 'cells'),
    person: fc.boolean(),
  })
  .map(({ rows, form, person }) => {
    const header = [
      '序号',
      '工作任务',
      '牵头单位',
      '配合单位',
      ...(person ? ['责任领导'] : []),
      '完成时限',
    ];
    const body = rows.map((r, i) => [
      String(i + 1),
      r.task,
      r.leads[0]!,
      r.members.filter((m) => m !== r.leads[0]).join('、'),
      ...(person ? ['张明'] : []),
      '2024年12月底前',
    ]);
    const expected = rows.map((r) => ({
      title: r.task,
      units: [r.leads[0]! + '*', ...r.members.filter((m) => m !== r.leads[0])],
    }));
    let text: string;
    if (form === 'cells')
      text = [header, ...body]
        .flat()
        .filter((c) => c !== '')
        .join('\n\n');
    else {
      const s = form === 'pipe' ? ' | ' : '\t';
      text = [header, ...body].map((cells) => cells.join(s)).join('\n');
    }
    return { text: `附件\n\n2024年重点任务分解表\n\n${text}\n`, expected };
  });

describe('parse reads generated responsibility tables exactly', () => {
  it('one row per line split by | or tabs, and one cell per line', () => {
    fc.assert(
      fc.property(table, ({ text, expected }) => {
        expect(answerOf(text)).toEqual(expected);
      }),
      { numRuns: 300 },
    );
  });
});
