import { describe, expect, it } from 'vitest';
import { splitUnitList } from '../../src/parse/units/split-unit-list.js';
import { foldText } from '../../src/parse/text/fold-text.js';
import { isUnitLike } from '../../src/parse/units/is-unit-like.js';

const names = (text: string, table = false) =>
  splitUnitList(text, foldText(text), { role: 'member', table }).units.map((u) => u.raw);
const roles = (text: string, role: 'lead' | 'member' = 'member') =>
  splitUnitList(text, foldText(text), { role }).units.map((u) => `${u.raw}:${u.role}`);

describe('splitUnitList follows the corpus README examples', () => {
  it('splits names separated by a space in table cells', () => {
    expect(names('安监站 安监所', true)).toEqual(['安监站', '安监所']);
    expect(names('超限站 公路站 交警六中队', true)).toEqual(['超限站', '公路站', '交警六中队']);
  });

  it('splits two names run together with no separator', () => {
    expect(names('区财政局区税务局')).toEqual(['区财政局', '区税务局']);
    expect(names('派出所工商质监所', true)).toEqual(['派出所', '工商质监所']);
    expect(names('文化站 派出所工商质监所', true)).toEqual(['文化站', '派出所', '工商质监所']);
  });

  it('cuts inside a compound ending only after a longer ending (合作社|区, not 社|区)', () => {
    expect(names('东湖村农民专业合作社区农业农村局')).toEqual([
      '东湖村农民专业合作社',
      '区农业农村局',
    ]);
    expect(names('城关社区卫生服务中心')).toEqual(['城关社区卫生服务中心']);
  });

  it('drops a bracketed remark that names no unit, and keeps a short place or an alias', () => {
    expect(names('南湖置业有限公司(开发商配建学校项目)、区教育局(区国资公司代建)')).toEqual([
      '南湖置业有限公司',
      '区教育局',
    ]);
    expect(names('华东科技(上海)有限公司')).toEqual(['华东科技(上海)有限公司']);
    expect(names('区府办(政务服务办)')).toEqual(['区府办(政务服务办)']);
  });

  it('reads a state investment company by its short name (区城投, 市交投) as a unit', () => {
    for (const name of ['区城投', '市交投', '区水投', '县国投'])
      expect(isUnitLike(name)).toBe(true);
    expect(names('区城投区住建局')).toEqual(['区城投', '区住建局']);
  });

  it('keeps a parenthetical that belongs to a name', () => {
    expect(names('区府办(政务服务办)、各街镇')).toEqual(['区府办(政务服务办)', '各街镇']);
    expect(names('区府办（政务服务办）、各街镇')).toEqual(['区府办（政务服务办）', '各街镇']);
    expect(names('市双招双引办、各县(市、区)政府、丽水开发区管委会')).toEqual([
      '市双招双引办',
      '各县(市、区)政府',
      '丽水开发区管委会',
    ]);
  });
});

describe('splitUnitList splits lists as a reader would', () => {
  it('splits at 、 , ， ; ； and /', () => {
    expect(names('区发改委、区财政局，区住建局;区水务局；区教育局/区科委')).toEqual([
      '区发改委',
      '区财政局',
      '区住建局',
      '区水务局',
      '区教育局',
      '区科委',
    ]);
  });

  it('splits at 和 及 与 以及 only between two unit names', () => {
    expect(names('区财政局和区税务局')).toEqual(['区财政局', '区税务局']);
    expect(names('区教育局及各街镇')).toEqual(['区教育局', '各街镇']);
    expect(names('省经济和信息化厅')).toEqual(['省经济和信息化厅']);
    expect(names('区自然资源和规划局、省文化和旅游厅')).toEqual([
      '区自然资源和规划局',
      '省文化和旅游厅',
    ]);
  });

  it('does not split a name at an inner ending', () => {
    for (const name of [
      '市卫生健康委员会',
      '区委组织部',
      '市生态环境局咸安分局',
      '经济开发区管委会',
      '省住房城乡建设厅',
      '各县市区人民政府',
      '省政府各部门',
      '全区经济运行各专班',
      '人行合肥中心支行',
      '区人大常委会办公室',
      '市公安局交警支队',
      '县纪委监委',
    ]) {
      expect(names(name)).toEqual([name]);
    }
  });

  it('splits at spaces outside tables only between two unit names', () => {
    expect(names('区发改委 区财政局')).toEqual(['区发改委', '区财政局']);
    expect(names('区发\n改委、区财政局')).toEqual(['区发\n改委', '区财政局']);
  });

  it('drops 等 and what follows a name', () => {
    expect(names('区水务局等部门')).toEqual(['区水务局']);
    expect(names('区司法局等有关部门')).toEqual(['区司法局']);
    expect(names('区税务局、区国资委等')).toEqual(['区税务局', '区国资委']);
  });

  it('keeps group names as written', () => {
    expect(names('各街镇、各有关单位、市级各有关部门')).toEqual([
      '各街镇',
      '各有关单位',
      '市级各有关部门',
    ]);
  });
});

describe('splitUnitList reads roles from role words', () => {
  it('gives lead to names before 牵头 and member to names before 配合', () => {
    expect(roles('区发改委牵头,区财政局、区住建局等配合')).toEqual([
      '区发改委:lead',
      '区财政局:member',
      '区住建局:member',
    ]);
  });

  it('gives lead to every name before 分别牵头', () => {
    expect(roles('市人力社保局、市农业农村局分别牵头')).toEqual([
      '市人力社保局:lead',
      '市农业农村局:lead',
    ]);
  });

  it('drops 按职责分工负责 and keeps the field role otherwise', () => {
    expect(roles('市政府办公室牵头，市级各有关部门按职责分工负责')).toEqual([
      '市政府办公室:lead',
      '市级各有关部门:member',
    ]);
    expect(roles('区政府办公室、区司法局', 'lead')).toEqual(['区政府办公室:lead', '区司法局:lead']);
  });

  it('reads a bracketed 牵头 after a name as its role and drops annotations', () => {
    expect(roles('区发改委（牵头）、区财政局')).toEqual(['区发改委:lead', '区财政局:member']);
    expect(
      names('市发改委、市卫生健康委(除标注“分别牵头”外,列第一位为牵头或汇总单位,下同)'),
    ).toEqual(['市发改委', '市卫生健康委']);
  });
});

describe('splitUnitList reads lists of shapes first met in published plans', () => {
  it('gives 牵头 to the names before it that no role word claimed', () => {
    expect(roles('区政府办公室，区司法局，区行政审批服务局牵头，区政府有关部门配合')).toEqual([
      '区政府办公室:lead',
      '区司法局:lead',
      '区行政审批服务局:lead',
      '区政府有关部门:member',
    ]);
  });

  it('keeps an organ named by its kind alone with the name before it', () => {
    expect(names('各县(市、区)党委和政府')).toEqual(['各县(市、区)党委和政府']);
    expect(names('区财政局和区税务局')).toEqual(['区财政局', '区税务局']);
  });

  it('reads 牵头 with a verb after it as a lead, and a phrase by duties as members', () => {
    expect(roles('区教育局牵头协调')).toEqual(['区教育局:lead']);
    expect(roles('区发改委牵头督办，区财政局按职责分工推进')).toEqual([
      '区发改委:lead',
      '区财政局:member',
    ]);
    expect(roles('区发改委、区财政局等有关部门和各街道办事处根据职能分工抓好')).toEqual([
      '区发改委:member',
      '区财政局:member',
      '各街道办事处:member',
    ]);
  });
});
