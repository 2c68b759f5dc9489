import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';

const unitsOf = (text: string) => {
  const { plan } = parse(text);
  const names = new Map(plan.units.map((u) => [u.id, u.name]));
  return plan.items.map((i) =>
    plan.assignments
      .filter((a) => a.item === i.id)
      .map((a) => `${names.get(a.unit)}${a.role === 'lead' ? '*' : ''}`)
      .join(' '),
  );
};
const footerLines = (text: string) =>
  parse(text)
    .diagnostics.filter((d) => d.code === 'parse/footer-line')
    .map((d) => [d.severity, d.line, d.args?.text]);

const ITEMS =
  '1.推进营商环境建设。（责任单位：区发改委）\n2.加强财政管理。（责任单位：区财政局）\n';

describe('parse skips a portal footer line below the document', () => {
  it('skips 主办单位 after the closing signature and date, and says so with its line', () => {
    const text = `${ITEMS}\n某区人民政府办公室\n2023年3月1日\n\n主办单位：某区人民政府办公室\n`;
    expect(unitsOf(text)).toEqual(['区发改委', '区财政局']);
    expect(footerLines(text)).toEqual([['info', 7, '主办单位：某区人民政府办公室']]);
  });

  it('skips 主办单位 a blank line below the last item', () => {
    const text = `${ITEMS}\n主办单位：某区人民政府办公室`;
    expect(unitsOf(text)).toEqual(['区发改委', '区财政局']);
    expect(footerLines(text)).toEqual([['info', 4, '主办单位：某区人民政府办公室']]);
  });

  it('skips 主办单位 and 承办单位 on lines of their own next to other footer lines', () => {
    const text = `${ITEMS}\n主办单位：某区人民政府办公室\n承办单位：某区大数据中心\n技术支持：某某科技有限公司\n`;
    expect(unitsOf(text)).toEqual(['区发改委', '区财政局']);
    expect(footerLines(text).map(([, line]) => line)).toEqual([4, 5]);
  });

  it('skips a government office named right under an item that has its units, at the end', () => {
    expect(unitsOf(`${ITEMS}主办单位：某区人民政府办公室\n`)).toEqual(['区发改委', '区财政局']);
  });

  it('reads a footer line between page furniture as furniture, not as a line without an item', () => {
    const { diagnostics } = parse(
      `${ITEMS}\n分享到：\n主办单位：某区人民政府办公室\n网站标识码 3300000001\n`,
    );
    expect(diagnostics.map((d) => d.code)).toEqual(['parse/footer-line']);
  });
});

describe('parse keeps 主办单位 where it is a field of an item', () => {
  it('reads 主办单位 set against 协办单位, on lines of their own or on one line', () => {
    expect(
      unitsOf(
        '1.推进营商环境建设。\n主办单位：区发改委\n协办单位：区财政局\n\n2.加强财政管理。\n\n主办单位：区政府办公室\n\n协办单位：区审计局\n',
      ),
    ).toEqual(['区发改委* 区财政局', '区政府办公室* 区审计局']);
    expect(
      unitsOf(
        '1.推进营商环境建设。\n主办单位：区发改委  协办单位：区财政局\n2.加强财政管理。\n主办单位：区政府办公室\n',
      ),
    ).toEqual(['区发改委* 区财政局', '区政府办公室*']);
  });

  it('reads 主办单位 as the only field of the last item, even when it names the government office', () => {
    expect(
      unitsOf(
        '1.推进营商环境建设。（责任单位：区发改委）\n2.加强财政管理。\n主办单位：某区人民政府办公室\n',
      ),
    ).toEqual(['区发改委', '某区人民政府办公室*']);
  });

  it('reads the label as a field wherever the document uses it for its items', () => {
    expect(
      unitsOf(
        '1.推进营商环境建设。\n主办单位：区发改委\n\n2.加强财政管理。\n\n主办单位：区政府办公室\n',
      ),
    ).toEqual(['区发改委*', '区政府办公室*']);
  });

  it('reads 主办单位 inside an item and in a table column', () => {
    expect(unitsOf('1.组织专项活动。主办单位：市文旅局；协办单位：市体育局\n')).toEqual([
      '市文旅局* 市体育局',
    ]);
    expect(
      unitsOf(
        '序号 | 工作任务 | 主办单位 | 协办单位\n1 | 组织专项活动 | 市人民政府办公室 | 市体育局\n',
      ),
    ).toEqual(['市人民政府办公室* 市体育局']);
  });
});
