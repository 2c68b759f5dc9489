import { describe, expect, it } from 'vitest';
import { decodeBytes } from '../../src/text/decode-bytes.js';
import { readPlan } from '../../src/io/read-plan.js';
import { readPlanCsv } from '../../src/io/read-plan-csv.js';
import { diagnostic, formatDiagnostic, type Diagnostic } from '../../src/model/diagnostic.js';
import { severitiesOf, type DiagnosticCode } from '../../src/model/diagnostic-code.js';
import { diagnosticMessage } from '../../src/model/diagnostic-message.js';
import { parse } from '../../src/parse/parse.js';
import { applyDirectory } from '../../src/units/apply-directory.js';
import { expandGroups } from '../../src/units/expand-groups.js';
import { readDirectory } from '../../src/units/read-directory.js';
import { encodeLegacy } from '../io/helpers/encode-legacy.js';
import { reportedCodes } from './helpers/reported-codes.js';
import { WORDING_SAMPLES } from './helpers/wording-samples.js';

const CJK = /\p{Script=Han}/u;
/** Marks of a sentence with a hole: a value that never arrived, or a placeholder left. */
const HOLE = /undefined|NaN|\[object|\{[a-z]+\}/u;
/** The one sentence that names these words on purpose. */
const NOT_JSON_VALUES = 'NaN、Infinity 和 undefined';

function holes(text: string): string {
  return text.replace(NOT_JSON_VALUES, '');
}
const ENGLISH = 'the English message';

const codes = reportedCodes();

/** The Chinese of a diagnostic of `code` (a string: codes outside the catalogue fall back). */
function zh(code: string, args?: Diagnostic['args']): string {
  const d: Diagnostic = { code: code as DiagnosticCode, severity: 'warning', message: ENGLISH };
  return diagnosticMessage(args === undefined ? d : { ...d, args }, 'zh');
}

/** Asserts that a diagnostic's Chinese is its own full sentence, not the English fallback. */
function expectChinese(d: Diagnostic): void {
  const text = diagnosticMessage(d, 'zh');
  expect(text, `${d.code} ${JSON.stringify(d.args)}`).not.toBe(d.message);
  expect(text).toMatch(CJK);
  expect(holes(text)).not.toMatch(HOLE);
}

describe('diagnosticMessage', () => {
  it('finds the codes by reading the source (the check below can fail)', () => {
    expect(codes.size).toBeGreaterThan(80);
    expect(codes.get('csv/unclosed-quote')).toBe('core/src/io/csv/tokenize-csv.ts');
    expect(codes.get('directory/unknown-units')).toBe('core/src/cli/read-plan-file.ts');
    expect(codes.get('demo/too-many')).toBe('demo/src/app/read-plan-input.ts');
  });

  it('has realistic sample args for every reported code', () => {
    expect(Object.keys(WORDING_SAMPLES).sort()).toEqual([...codes.keys()].sort());
  });

  it.each(
    Object.entries(WORDING_SAMPLES).flatMap(([code, cases]) =>
      cases.map((args) => ({ code, args })),
    ),
  )('words $code in Chinese from its args $args', ({ code, args }) => {
    const text = zh(code, args);
    expect(text).not.toBe(ENGLISH);
    expect(text).toMatch(CJK);
    expect(holes(text)).not.toMatch(HOLE);
    for (const value of Object.values(args)) {
      // names, quoted text and counts appear as given (cases and vocabulary are translated)
      if (typeof value === 'number') expect(text).toContain(String(value));
    }
  });

  it('keeps unit names and quoted text exactly as written', () => {
    expect(zh('directory/unknown-unit', { unit: '区体育局' })).toBe(
      '单位“区体育局”不在单位名录中，已按原样保留。',
    );
    expect(zh('parse/no-units', { title: '推进行政执法“三项制度”' })).toBe(
      '任务“推进行政执法“三项制度””有责任单位条款，但未能从中读出任何单位。请检查该条款。',
    );
    expect(zh('csv/extra-fields', { fields: 6, expected: 4, extra: ['多出来的', '另一个'] })).toBe(
      '该行有 6 个字段，表头只有 4 个；多出的“多出来的”、“另一个”未读取。单元格内含分隔符时请加引号。',
    );
  });

  it('gives the English message for en, whatever the args', () => {
    const d = diagnostic('warning', 'parse/no-units', ENGLISH, {}, { title: '某事项' });
    expect(diagnosticMessage(d, 'en')).toBe(ENGLISH);
  });

  it('falls back to the English message for an unknown code or a missing arg', () => {
    expect(zh('nope/too-large', { size: 12 })).toBe(ENGLISH);
    expect(zh('demo/too-large', { size: '12 MB' })).toBe(ENGLISH);
    expect(zh('constructor')).toBe(ENGLISH);
    expect(zh('parse/no-units')).toBe(ENGLISH);
    expect(zh('parse/no-units', { title: 3 })).toBe(
      '任务“3”有责任单位条款，但未能从中读出任何单位。请检查该条款。',
    );
    expect(zh('bytes/binary', { why: 'nul' })).toBe(ENGLISH);
    expect(zh('bytes/binary', { why: 'zip' })).toBe(ENGLISH);
    expect(zh('csv/invisible-characters', { removed: ['ghosts'], text: 'x', in: 'text' })).toBe(
      ENGLISH,
    );
  });

  it('formats a diagnostic line in either language, severity and code unchanged', () => {
    const d = diagnostic(
      'warning',
      'csv/missing-fields',
      'readPlanCsv: the row has 2 fields, the header 4; the missing ones read as empty.',
      { source: 'plan.csv', line: 3, column: 5 },
      { fields: 2, expected: 4 },
    );
    expect(formatDiagnostic(d)).toBe(
      'plan.csv:3:5: warning: readPlanCsv: the row has 2 fields, the header 4; the missing ones read as empty. [csv/missing-fields]',
    );
    expect(formatDiagnostic(d, 'zh')).toBe(
      'plan.csv:3:5: warning: 该行有 2 个字段，表头有 4 个；缺少的字段按空白读取。 [csv/missing-fields]',
    );
  });
});

/** Inputs that make the readers report, so that the args come from the real creation sites. */
const INPUTS: readonly { name: string; text: string | Uint8Array; source: string }[] = [
  { name: 'empty JSON', text: '', source: 'a.json' },
  ...[
    '{"items": [1,]}',
    '{"items": [] // note\n}',
    '{"items": []} x',
    '{"items" []}',
    '{"items": [] "units": []}',
    "{'items': []}",
    '{"items": [}',
    '{"items": [-]}',
    '{"items": [\'a\']}',
    '{"items": [NaN]}',
    '{"items": [@]}',
    '{"items": ["a\nb"]}',
    '{"items": ["a\u0001"]}',
    '{"items": ["\\u12"]}',
    '{"items": ["\\q"]}',
    '{"items": ["abc',
    '{"items": [',
    '',
  ].map((text, i) => ({ name: `broken JSON ${i}`, text: text || ' ', source: `b${i}.json` })),
  { name: 'deep JSON', text: '['.repeat(100), source: 'deep.json' },
  {
    name: 'odd plan JSON',
    text: JSON.stringify({
      remit: 2,
      about: 1,
      note: 'x',
      meta: 'title',
      sections: [{ id: 's1', title: '', parent: 's9' }],
      items: [
        { id: 'i1', title: '事项一', section: '二、新部分', line: 0 },
        { id: 'i1', title: 2 },
        { title: null },
        null,
        42,
        { id: '', title: '事项四' },
      ],
      units: [
        { id: 'u1', name: '区财政局', kind: 'town' },
        { id: 'u2', name: '区财政局' },
        { id: 'u3' },
        { id: 'u4', name: '区府办（政务服务办）', members: '各街镇' },
        { id: 'u5', name: '各街镇', members: ['某街道'] },
        { name: '区司法局\u0001' },
      ],
      assignments: [
        { item: 'i1', unit: 'u1', role: '牵头' },
        { item: 'i1', unit: 'u1', role: 'member' },
        { item: 'i9', unit: 'u1', role: 'member' },
        { unit: 'u1', role: 'member' },
        { item: 'i1', unit: 'u9', role: 'member' },
        { item: 'i1', role: 'member' },
        { item: 'i1', unit: '区府办(政务服务办)', role: 'owner' },
        { item: 'i1', unit: 'u5', inferred: 'yes' },
        { item: 'i1', unit: 'u2', role: 'lead', inferred: 1 },
      ],
    }),
    source: 'odd.json',
  },
  { name: 'not a plan', text: '[1, 2]', source: 'list.json' },
  {
    name: 'keys twice and a forbidden key',
    text: '{"items": [{"id": "i1", "title": "甲", "title": "乙", "__proto__": {}}]}',
    source: 'keys.json',
  },
  { name: 'blank bytes', text: new TextEncoder().encode(' \n '), source: 'blank.csv' },
  {
    name: 'GB18030 CSV',
    text: encodeLegacy('item,unit\ni1,区发改委\n', 'gb18030'),
    source: 'gb.csv',
  },
  { name: 'version as text', text: '{"remit": "1", "items": []}', source: 'v.json' },
  {
    name: 'nested plan JSON',
    text: JSON.stringify({ items: [{ title: '事项', units: '区发改委、区财政局' }, 'x'] }),
    source: 'nested.json',
  },
  { name: 'empty CSV', text: '', source: 'a.csv' },
  { name: 'headless CSV', text: '"a,b\n', source: 'h.csv' },
  {
    name: 'long CSV with problems',
    text: [
      '分工表',
      'item,title,unit,role,inferred,备注,foo,title',
      'i1,事项一,区发改委、区财政局,lead,maybe,说明,x,y',
      'i1,事项二,区司法局,member,,,,',
      'item,title,unit,role,inferred,备注,foo,title',
      'i2,事项三,区财政局,owner,,,,',
      'i3,事项四,区财政局,"lead"x,,,,',
      'i4,事项五,,lead,,,,',
      ',,,lead,,,,',
      'i5,事项六,区\u200b司法局,member,,,,,extra',
      'i5,事项六,区司法局,member',
      'i6,事项七,区财政局,,,,,',
      'i7,事项八,区"财政局,member,,,,',
      'i8,"事项九',
    ].join('\n'),
    source: 'long.csv',
  },
  {
    name: 'long CSV without role',
    text: 'item,unit\ni1,区发改委\n,\n',
    source: 'norole.csv',
  },
  {
    name: 'wide CSV with problems',
    text: [
      'item,title,区发改委,,区\u0001财政局',
      'i1,事项一,lead,member,?',
      ',,lead,,',
      'i2,事项二,,,',
    ].join('\n'),
    source: 'wide.csv',
  },
  {
    name: 'lists CSV with problems',
    text: [
      '序号,工作任务,牵头单位,配合单位,unit',
      '1,事项一,区发改委,区财政局,x',
      ',,区司法局,,',
      ',,,,',
    ].join('\n'),
    source: 'lists.csv',
  },
  { name: 'binary', text: new Uint8Array([0x50, 0x4b, 0x03, 0x04, 1, 2]), source: 'x.csv' },
  { name: 'NUL bytes', text: new Uint8Array([0x61, 0x2c, 0, 0x62, 0x0a]), source: 'n.csv' },
  {
    name: 'bad UTF-8',
    text: new Uint8Array([...new TextEncoder().encode('item,unit\n事项,区发改委'), 0xff, 0x0a]),
    source: 'u.csv',
  },
  { name: 'unknown format', text: 'x', source: 'plan.docx' },
  { name: 'no items', text: '关于做好工作的通知\n各单位要高度重视。', source: 'none.txt' },
  {
    name: 'numbered text without units',
    text: '一、总体要求\n二、主要任务\n三、保障措施',
    source: 'nounits.txt',
  },
  {
    name: 'text with problems',
    text: [
      '一、深化法治政府建设',
      '1. 推进行政执法\u200b三项制度。（责任单位：区司法局、区府办）',
      '2. 完善行政决策程序。（责任单位：）',
      '5. 加强法治宣传教育\u0001。（责任单位：区财政局区税务局）',
      '6. 落实普法责任制。（责任单位：区发改委会同区财政局推进相关工作并按季度报送进展情况及问题清单等材料',
      '7. 优化营商环境，由区发改委负责。',
      '8. 推进政务公开。（责任单位：区府办(政务服务办)、司法局）',
      '责任单位：区司法局',
      '二、各责任单位要高度重视，切实加强领导。',
      '主办单位：某区人民政府办公室 承办单位：某区大数据中心',
      `9. 统筹推进各项工作。（责任单位：${'区发改委区财政局区司法局区住建委区民政局区商务委区教育局区卫健委'.repeat(2)}）`,
    ].join('\n'),
    source: 'problems.txt',
  },
  {
    name: 'many units',
    text: [
      '一、总则',
      '1. 开展专项整治。（责任单位：区发改委、区财政局、区司法局、区住建委、区民政局、区商务委、区教育局、区卫健委、区文旅局、区科委）',
      '2. 完善工作机制。（责任单位：区财政局）',
    ].join('\n'),
    source: 'many.txt',
  },
];

describe('Chinese wordings of diagnostics the readers report', () => {
  const reported: Diagnostic[] = INPUTS.flatMap(({ text, source }) =>
    source.endsWith('.txt') && typeof text === 'string'
      ? parse(text, { source, manyUnitsWarning: 8 }).diagnostics
      : readPlan(text, { source }).diagnostics,
  );
  const directory = readDirectory(
    JSON.stringify({
      'remit-directory': 1,
      units: [
        { name: '区发改委', aliases: ['发改委'], kind: 'town' },
        { name: '区发展改革委', aliases: ['发改委'] },
        { kind: 'government' },
      ],
      groups: [{ name: '各街镇' }],
    }),
  );
  const plan = readPlan(
    JSON.stringify({
      items: [{ id: 'i1', title: '事项' }],
      units: [
        { id: 'u1', name: '区发改委' },
        { id: 'u2', name: '发改委' },
        { id: 'u3', name: '区体育局' },
        { id: 'u4', name: '各街镇', kind: 'group' },
      ],
      assignments: [{ item: 'i1', unit: 'u4', role: 'member' }],
    }),
    { source: 'p.json' },
  ).value;
  const mapped = applyDirectory(plan, directory.value);
  reported.push(
    ...decodeBytes(new Uint8Array([0x61]), { encoding: 'nope' }).diagnostics,
    ...readPlanCsv('item,title,unit\ni1,一项很长的任务标题,区发改委\n', { maxFieldLength: 4 })
      .diagnostics,
    ...parse(42 as unknown as string).diagnostics,
    ...directory.diagnostics,
    ...readDirectory('{').diagnostics,
    ...readDirectory('[]').diagnostics,
    ...readDirectory('{"remit-directory": 2}').diagnostics,
    ...readDirectory('{"units": {}}').diagnostics,
    ...mapped.diagnostics,
    ...expandGroups(mapped.value).diagnostics,
  );

  it('reach many codes (so the check below means something)', () => {
    const reached = new Set(reported.map((d) => d.code));
    expect(reached.size).toBeGreaterThan(70);
  });

  it.each(reported.map((d) => [d.code, d] as const))(
    'words %s from the args its reader gave',
    (_, d) => expectChinese(d),
  );

  it('reports each code at a severity the catalogue gives it', () => {
    const off = reported
      .filter((d) => !severitiesOf(d.code).includes(d.severity))
      .map((d) => `${d.code} ${d.severity}`);
    expect([...new Set(off)]).toEqual([]);
  });
});
