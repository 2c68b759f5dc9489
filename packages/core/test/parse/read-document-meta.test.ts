import { describe, expect, it } from 'vitest';
import { readDocumentMeta } from '../../src/parse/meta/read-document-meta.js';
import { sourceText } from '../../src/parse/text/source-text.js';

const meta = (doc: string) => {
  const text = sourceText(doc);
  return readDocumentMeta(text, text.lineCount);
};

describe('readDocumentMeta reads the header of a document', () => {
  it('reads the number, signature date, issuer and title', () => {
    expect(
      meta(
        '关于印发某方案的通知\n徐府发〔2020〕13号\n各单位：\n现印发给你们。\n上海市徐汇区人民政府\n2020年7月3日\n\n2020年徐汇区工作要点与责任分工\n',
      ),
    ).toEqual({
      title: '2020年徐汇区工作要点与责任分工',
      issuer: '上海市徐汇区人民政府',
      docNumber: '徐府发〔2020〕13号',
      date: '2020-07-03',
    });
  });

  it('takes the plan named in a notice line as the title, never the signing office', () => {
    const doc =
      '关于印发《2024年某县营商环境重点任务分工方案》的通知\n某政办发〔2024〕7号\n各乡镇人民政府：\n现印发给你们。\n某县人民政府办公室\n2024年3月15日\n';
    expect(meta(doc)).toMatchObject({
      title: '2024年某县营商环境重点任务分工方案',
      issuer: '某县人民政府办公室',
    });
    expect(meta('某县人民政府办公室\n2024年3月15日\n').title).toBeUndefined();
  });

  it('reads dates written in Chinese numerals', () => {
    expect(meta('二○○六年四月二十八日').date).toBe('2006-04-28');
    expect(meta('二〇一七年二月二十四日').date).toBe('2017-02-24');
  });

  it('falls back to the 发文日期 field, then the page date', () => {
    expect(meta('发布日期：2023-04-18\n发文日期 2023-04-10').date).toBe('2023-04-10');
    expect(meta('发布时间:2025-01-13').date).toBe('2025-01-13');
    expect(meta('日期:2011-02-12').date).toBeUndefined();
  });

  it('does not take a number quoted in a sentence for the document number', () => {
    expect(meta('根据《通知》(济政办发〔2021〕4号)要求,制定本方案。').docNumber).toBeUndefined();
    expect(meta('发布机构 区人民政府办公室 文    号 蔡政办〔2023〕1号').docNumber).toBe(
      '蔡政办〔2023〕1号',
    );
  });

  it('joins a title printed on two lines', () => {
    expect(meta('立山区政府2023年重点工作\n\n任务分解和责任分工方案\n').title).toBe(
      '立山区政府2023年重点工作任务分解和责任分工方案',
    );
    expect(meta('徐庄镇2017年度安全生产专项整治\n工作计划\n').title).toBe(
      '徐庄镇2017年度安全生产专项整治工作计划',
    );
  });
});
