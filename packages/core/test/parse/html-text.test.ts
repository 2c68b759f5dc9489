import { describe, expect, it } from 'vitest';
import { decodeEntities } from '../../src/parse/html/html-entities.js';
import { htmlText } from '../../src/parse/html/html-text.js';
import { isHtml } from '../../src/parse/html/is-html.js';
import { parse } from '../../src/parse/index.js';
import { goldDocuments } from './gold-answers.js';

describe('isHtml tells a saved page from plain text', () => {
  it('takes text that opens with a tag or a doctype for a page', () => {
    expect(isHtml('<!DOCTYPE html><html><body>1.甲</body></html>')).toBe(true);
    expect(isHtml('  <p>1.推进营商环境建设</p>')).toBe(true);
    expect(isHtml('<html lang="zh-CN">')).toBe(true);
  });

  it('takes text whose lines mostly hold tags for a page', () => {
    expect(isHtml('工作要点\n<p>1.甲。</p>\n<p>2.乙。</p>\n<div>3.丙。<br></div>\n')).toBe(true);
  });

  it('takes a page saved as one line under a few lines of a portal for a page', () => {
    const page =
      '<p class="a">督查发现问题如下:</p> <p>一、某社区</p> <p>1.楼道堆放杂物。(责任单位:某街道)</p>';
    expect(
      isHtml(
        `首页 > 信息公开\n来源：县政府办  发布时间：2023-03-01\n【打印】【关闭】\n\n${page}\n`,
      ),
    ).toBe(true);
  });

  it('leaves plain text alone, angle brackets in sentences included', () => {
    expect(isHtml('1.推进营商环境建设。（责任单位：区发改委）')).toBe(false);
    expect(isHtml('现将《2025年县<政府工作报告>任务分解》印发给你们。\nPM2.5<35微克')).toBe(false);
    expect(isHtml('1.甲<p>\n2.乙\n3.丙\n4.丁\n')).toBe(false);
  });

  it('reads no corpus document as a page', () => {
    for (const doc of goldDocuments('corpus')) {
      expect(isHtml(new TextDecoder().decode(doc.bytes)), doc.name).toBe(false);
    }
  });
});

describe('decodeEntities decodes character references as a browser does', () => {
  it('decodes named, decimal and hexadecimal references', () => {
    expect(decodeEntities('A&lt;B&gt;C&amp;D&quot;&nbsp;&ldquo;x&rdquo;')).toBe(
      'A<B>C&D"\u00a0“x”',
    );
    expect(decodeEntities('&#21306;&#x8D22;&#X653F;局')).toBe('区财政局');
  });

  it('reads legacy names without `;`, numeric C1 codes as Windows-1252, bad codes as U+FFFD', () => {
    expect(decodeEntities('a&ampb &nbsp')).toBe('a&b \u00a0');
    expect(decodeEntities('&#150;&#0;&#xD800;&#x110000;')).toBe('–\ufffd\ufffd\ufffd');
  });

  it('leaves unknown names and a lone & as written', () => {
    expect(decodeEntities('R&D &foo; & &ldquo')).toBe('R&D &foo; & &ldquo');
  });
});

describe('htmlText gives the text of a page as a browser shows it', () => {
  it('puts paragraphs, divs, list items, headings and breaks on lines of their own', () => {
    expect(htmlText('<h1>标题</h1><p>1.甲</p><div>2.乙<br>续</div><ul><li>丙<li>丁</ul>尾')).toBe(
      '标题\n1.甲\n2.乙\n续\n丙\n丁\n尾',
    );
  });

  it('drops scripts, styles, comments and the head, a `<` or `>` inside them included', () => {
    expect(
      htmlText(
        '<html><head><title>站名</title><style>p>b{}</style></head><body><!-- <p>注释</p> -->' +
          '<script>if (a<b) document.write("<p>假</p>")</script><p>真</p></body></html>',
      ),
    ).toBe('真');
  });

  it('makes runs of white space one space, none at a wrap between Chinese characters', () => {
    expect(htmlText('<p>推进营商\n    环境建设  (2023 -\n 2025)</p>')).toBe(
      '推进营商环境建设 (2023 - 2025)',
    );
    expect(htmlText('<pre>甲\n乙</pre>')).toBe('甲\n乙');
  });

  it('skips quoted `>` in attributes and reads unquoted ones', () => {
    expect(htmlText('<p title="a>b" class=x>甲</p><a href=/x?a=1>乙</a>')).toBe('甲\n乙');
  });

  it('closes the paragraphs, cells and rows a page leaves open', () => {
    expect(htmlText('<p>甲<p>乙<div>丙</div></p>丁')).toBe('甲\n乙\n丙\n丁');
  });

  it('writes a table of data a row per line, cells between `|`, breaks in a cell as spaces', () => {
    expect(
      htmlText(
        '<table><tr><th>序号</th><th>任务</th><th>责任单位</th></tr>' +
          '<tr><td>1</td><td><p>推进改革</p></td><td>区发改委<br>区财政局</td></tr>' +
          '<tr><td colspan="3">二、民生</td></tr><tr><td>2<td>办实事<td></table>',
      ),
    ).toBe(
      '| 序号 | 任务 | 责任单位 |\n| 1 | 推进改革 | 区发改委 区财政局 |\n| 二、民生 |\n| 2 | 办实事 |  |',
    );
  });

  it('reads a table that lays out the page as blocks', () => {
    expect(
      htmlText(
        '<table><tr><td>导航</td><td><p>1.甲</p><table><tr><td>a</td><td>b</td></tr></table></td></tr></table>',
      ),
    ).toBe('导航\n1.甲\na\nb');
  });

  it('keeps the text of a page nested deeper than it follows', () => {
    const deep = '<div>'.repeat(5000) + '甲' + '</div>'.repeat(5000);
    expect(htmlText(deep)).toBe('甲');
  });
});

describe('parse reads a page saved as text', () => {
  const PAGE =
    '<!DOCTYPE html><html><head><title>某区人民政府</title>' +
    '<script>var n = 1 < 2 && 3 > 2; document.write("<p>9.假任务（责任单位：假单位）</p>");</script>' +
    '</head><body><div class="nav">当前位置：首页 &gt; 政务公开</div>' +
    '<p>某区2023年工作要点</p><p>1.推进营商环境建设。（责任单位：区发改委、区财政局）</p>' +
    '<p>2.深化&ldquo;放管服&rdquo;改革&amp;创新。&#xFF08;责任单位：区政务服务局&#65289;</p>' +
    '<p>&nbsp;</p></body></html>';

  it('reads the items of a page whose paragraphs run on one line, and says it read HTML', () => {
    const { plan, diagnostics } = parse(PAGE);
    const names = new Map(plan.units.map((u) => [u.id, u.name]));
    expect(
      plan.items.map((i) => [
        i.label,
        i.title,
        plan.assignments.filter((a) => a.item === i.id).map((a) => names.get(a.unit)),
      ]),
    ).toEqual([
      ['1.', '推进营商环境建设', ['区发改委', '区财政局']],
      ['2.', '深化“放管服”改革&创新', ['区政务服务局']],
    ]);
    expect(plan.meta?.title).toBe('某区2023年工作要点');
    expect(diagnostics.map((d) => [d.code, d.severity])).toEqual([['parse/read-as-html', 'info']]);
  });

  it('reads a page table as the table reader reads rows', () => {
    const { plan } = parse(
      '<table><tr><td>序号</td><td>工作任务</td><td>牵头单位</td><td>配合单位</td></tr>' +
        '<tr><td>1</td><td>推进改革</td><td>区发改委</td><td>区财政局<br>区住建局</td></tr>' +
        '<tr><td>2</td><td>办好实事</td><td>区民政局</td><td></td></tr></table>',
    );
    const names = new Map(plan.units.map((u) => [u.id, u.name]));
    expect(
      plan.items.map((i) =>
        plan.assignments
          .filter((a) => a.item === i.id)
          .map((a) => `${names.get(a.unit)}${a.role === 'lead' ? '*' : ''}`),
      ),
    ).toEqual([['区发改委*', '区财政局', '区住建局'], ['区民政局*']]);
  });
});
