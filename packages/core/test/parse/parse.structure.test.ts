import { describe, expect, it } from 'vitest';
import { parse } from '../../src/parse/index.js';
import { asAnswer } from './gold-answers.js';

// Small documents of each failure class seen on published plans the reader had
// not met; the expected readings were worked out by hand from the text.

/** The reading as `title|unit:role,unit:role`, one string per item. */
function reading(text: string): string[] {
  return asAnswer(parse(text).plan).map(
    (item) => `${item.title}|${item.units.map((u) => `${u.name}:${u.role}`).join(',')}`,
  );
}

/** One document of each failure class, with its reading worked out by hand. */
const LAYOUTS: { layout: string; text: string; reading: string[] }[] = [
  {
    layout:
      'a label the lexicon lacks (任务分工, 承办, 落实, 主办/协办, 责任科室, 牵头责任单位) and 由…负责 in brackets',
    text: '关于印发2024年重点工作任务分工的通知\n一、交通运输\n1.推进国省干线公路改造。任务分工：市交通运输局牵头，各县区、各有关部门配合。\n2.加快农村公路建设。任务分工：市交通运输局负责。\n3.实施公交优先战略（由市交通运输局、市住建局负责）。\n4.完善物流体系。承办单位：市商务局\n5.开展安全检查。落实单位：市应急管理局、各县区政府\n6.组织专项活动。主办单位：市文旅局；协办单位：市体育局、市教育局\n7.推进档案数字化。责任科室：办公室、档案科\n8.加强督查督办。牵头责任单位：市政府督查室；配合单位：各县区政府\n',
    reading: [
      '推进国省干线公路改造|市交通运输局:lead,各县区:member,各有关部门:member',
      '加快农村公路建设|市交通运输局:member',
      '实施公交优先战略|市交通运输局:member,市住建局:member',
      '完善物流体系|市商务局:member',
      '开展安全检查|市应急管理局:member,各县区政府:member',
      '组织专项活动|市文旅局:lead,市体育局:member,市教育局:member',
      '推进档案数字化|办公室:member,档案科:member',
      '加强督查督办|市政府督查室:lead,各县区政府:member',
    ],
  },
  {
    layout: 'a notice and its list in one paragraph, numbering inline after a sentence end',
    text: '2023年主要目标任务分解 各县区人民政府，市政府各部门：现将主要目标任务分解如下，请认真落实。1、地区生产总值增长6.5%（市发改委，各县区政府）。2、一般公共预算收入增长5%（市财政局、市税务局，各县区政府）。3、城镇新增就业2万人以上（市人社局，各县区政府）。4、城乡居民收入增长7%（市统计局、市人社局、市农业农村局）。5、粮食产量稳定在60万吨以上（市农业农村局）。\n',
    reading: [
      '地区生产总值增长6.5%|市发改委:member,各县区政府:member',
      '一般公共预算收入增长5%|市财政局:member,市税务局:member,各县区政府:member',
      '城镇新增就业2万人以上|市人社局:member,各县区政府:member',
      '城乡居民收入增长7%|市统计局:member,市人社局:member,市农业农村局:member',
      '粮食产量稳定在60万吨以上|市农业农村局:member',
    ],
  },
  {
    layout: 'a convention stated once in the notice, and a group with list punctuation inside',
    text: '关于印发2022年政府工作报告重点任务分解的通知\n各乡镇人民政府，县直各单位：\n现将分工方案印发给你们（列第一位的为牵头单位，下同），请认真贯彻落实。\n1.推进乡村振兴示范区建设。（县农业农村局、县财政局、各乡镇人民政府）\n2.实施城区道路改造工程。（县住建局、县交通局）\n3.加强基层医疗卫生服务能力。（县卫健委、县医保局、各乡、镇人民政府）\n',
    reading: [
      '推进乡村振兴示范区建设|县农业农村局:lead,县财政局:member,各乡镇人民政府:member',
      '实施城区道路改造工程|县住建局:lead,县交通局:member',
      '加强基层医疗卫生服务能力|县卫健委:lead,县医保局:member,各乡、镇人民政府:member',
    ],
  },
  {
    layout: 'a table one cell per line with a leaders column',
    text: '重点工作任务分解表\n序号\n重点工作\n牵头单位\n配合单位\n责任领导\n完成时限\n1\n推进老旧小区改造\n县住建局\n县财政局、县发改委\n张三\n2024年12月底\n2\n建设城市污水处理厂\n县水利局\n县生态环境分局\n李四\n2024年10月\n3\n实施教育提升工程\n县教育局\n县财政局\n王五\n2024年9月\n',
    reading: [
      '推进老旧小区改造|县住建局:lead,县财政局:member,县发改委:member',
      '建设城市污水处理厂|县水利局:lead,县生态环境分局:member',
      '实施教育提升工程|县教育局:lead,县财政局:member',
    ],
  },
  {
    layout:
      'a category printed on its first row only, leaders and progress naming units in passing',
    text: '序号 | 类别 | 工作任务 | 责任单位 | 责任领导 | 进展情况 |\n1 | 经济发展 | 推进工业园区扩区 | 县发改委、县工信局 | 刘明 | 已完成规划编制，县自然资源局正在报批 |\n2 |  | 招引亿元以上项目10个 | 县商务局 | 刘明 | 已签约6个 |\n3 | 社会民生 | 新建幼儿园3所 | 县教育局 | 王红 | 2所已开工 |\n4 |  | 改造农村公路50公里 | 县交通局 | 王红 | 完成30公里 |\n',
    reading: [
      '推进工业园区扩区|县发改委:member,县工信局:member',
      '招引亿元以上项目10个|县商务局:member',
      '新建幼儿园3所|县教育局:member',
      '改造农村公路50公里|县交通局:member',
    ],
  },
  {
    layout: 'a portal footer with 主办单位 and 承办单位 after the last item',
    text: '首页 > 政务公开 > 计划规划\n2024年工作要点\n1. 加强党的建设。（牵头单位：机关党委）\n2. 推进依法行政。（牵头单位：法规科；配合单位：办公室）\n3. 提升服务效能。（牵头单位：政务服务科）\n打印本页 关闭窗口\n主办单位：某某县人民政府办公室 承办单位：某某县大数据中心 联系电话：0000-1234567\n技术支持：某某网络科技有限公司\n',
    reading: [
      '加强党的建设|机关党委:lead',
      '推进依法行政|法规科:lead,办公室:member',
      '提升服务效能|政务服务科:lead',
    ],
  },
  {
    layout: 'a header printed on two rows',
    text: '序号 | 工作任务 | 责任单位 |  | 完成时限 |\n |  | 牵头单位 | 配合单位 |  |\n1 | 推进老旧小区改造 | 区住建局 | 区财政局、区发改委 | 2024年12月 |\n2 | 建设城市污水处理厂 | 区水务局 | 区生态环境局 | 2024年10月 |\n',
    reading: [
      '推进老旧小区改造|区住建局:lead,区财政局:member,区发改委:member',
      '建设城市污水处理厂|区水务局:lead,区生态环境局:member',
    ],
  },
  {
    layout: 'a convention stated inside the first item',
    text: '2024年重点工作责任分工\n1.推进产业转型升级（第一个为牵头或汇总单位，下同）。（市发改委、市工信局、市科技局）\n2.扩大有效投资。（市发改委、市财政局）\n3.促进消费回补。（市商务局、市文旅局、市市场监管局）\n',
    reading: [
      '推进产业转型升级|市发改委:lead,市工信局:member,市科技局:member',
      '扩大有效投资|市发改委:lead,市财政局:member',
      '促进消费回补|市商务局:lead,市文旅局:member,市市场监管局:member',
    ],
  },
  {
    layout: "a role in brackets after a name, leaders' names after units, X牵头 inside a field",
    text: '1.推进产业转型升级。责任单位：区发改委（牵头）、区工信局、区科技局\n2.扩大有效投资。责任单位：区发改委（张伟）、区财政局（李娜）\n3.促进消费回补。责任单位：区商务局牵头，区文旅局、区市场监管局参与\n',
    reading: [
      '推进产业转型升级|区发改委:lead,区工信局:member,区科技局:member',
      '扩大有效投资|区发改委:member,区财政局:member',
      '促进消费回补|区商务局:lead,区文旅局:member,区市场监管局:member',
    ],
  },
  {
    layout: 'header cells wrapped over two lines in a table of one cell per line',
    text: '序号\n主要\n任务\n牵头\n单位\n配合\n单位\n1\n推进老旧小区改造\n区住建局\n区财政局、区发改委\n2\n建设城市污水处理厂\n区水务局\n区生态环境局\n',
    reading: [
      '推进老旧小区改造|区住建局:lead,区财政局:member,区发改委:member',
      '建设城市污水处理厂|区水务局:lead,区生态环境局:member',
    ],
  },
  {
    layout: 'articles 第一条 as entries',
    text: '第一条 建立健全法治政府建设工作机制。责任单位：区司法局\n第二条 推进严格规范公正文明执法。责任单位：区城管执法局、区市场监管局\n第三条 加强行政复议工作。责任单位：区司法局\n',
    reading: [
      '建立健全法治政府建设工作机制|区司法局:member',
      '推进严格规范公正文明执法|区城管执法局:member,区市场监管局:member',
      '加强行政复议工作|区司法局:member',
    ],
  },
  {
    layout: 'bracketed lists on their own lines, a signing office below the last',
    text: '（一）推进产业转型升级\n（区发改委、区工信局）\n（二）扩大有效投资\n（区发改委、区财政局）\n（三）促进消费回补\n（区商务局）\nXX区人民政府办公室\n2024年3月1日\n',
    reading: [
      '推进产业转型升级|区发改委:member,区工信局:member',
      '扩大有效投资|区发改委:member,区财政局:member',
      '促进消费回补|区商务局:member',
    ],
  },
  {
    layout: 'sections, items and label fields all in one paragraph',
    text: '一、深化改革 1.推进国企改革。牵头单位：区国资委 配合单位：区财政局 2.优化营商环境。牵头单位：区发改委 配合单位：区市场监管局、区政务服务中心 二、民生保障 3.新建学校2所。牵头单位：区教育局 配合单位：区住建局\n',
    reading: [
      '推进国企改革|区国资委:lead,区财政局:member',
      '优化营商环境|区发改委:lead,区市场监管局:member,区政务服务中心:member',
      '新建学校2所|区教育局:lead,区住建局:member',
    ],
  },
  {
    layout: 'a header whose labels wrapped onto a second row',
    text: '序号 | 工作任务 | 牵头 | 配合 | 完成\n |  | 单位 | 单位 | 时限\n1 | 推进老旧小区改造 | 区住建局 | 区财政局 | 2024年12月\n2 | 建设污水处理厂 | 区水务局 | 区生态环境局 | 2024年10月\n',
    reading: [
      '推进老旧小区改造|区住建局:lead,区财政局:member',
      '建设污水处理厂|区水务局:lead,区生态环境局:member',
    ],
  },
  {
    layout: 'a tab table whose progress column names units in passing',
    text: '序号\t重点任务\t责任单位\t推进情况\n1\t实施城区绿化提升工程\t县林业局\t已完成县林业局、县住建局联合验收\n2\t建设智慧停车系统\t县公安局交警大队、县城管局\t县城管局正在招标\n3\t改造农贸市场3个\t县市场监管局\t已开工2个\n',
    reading: [
      '实施城区绿化提升工程|县林业局:member',
      '建设智慧停车系统|县公安局交警大队:member,县城管局:member',
      '改造农贸市场3个|县市场监管局:member',
    ],
  },
  {
    layout: 'a township page with portal chrome, leaders in the field, a signature and a footer',
    text: '当前位置：首页 > 信息公开 > 计划总结\n某某镇2023年重点工作任务分解\n发布时间：2023-02-10 浏览次数：356\n各村（社区）、镇直各单位：\n现将2023年重点工作任务分解如下，请认真抓好落实。\n一、经济发展\n1.完成固定资产投资5亿元。责任单位：经发办；责任领导：王强\n2.新引进项目10个。责任单位：招商办、经发办；责任领导：李明\n二、社会事业\n3.新建村级卫生室2个。责任单位：社会事务办、卫生院\n4.完成农村改厕200户。责任单位：农业服务中心、各村（社区）\n某某镇人民政府\n2023年2月10日\n【打印此页】【关闭窗口】\n版权所有：某某镇人民政府 地址：某某镇人民路1号\n',
    reading: [
      '完成固定资产投资5亿元|经发办:member',
      '新引进项目10个|招商办:member,经发办:member',
      '新建村级卫生室2个|社会事务办:member,卫生院:member',
      '完成农村改厕200户|农业服务中心:member,各村(社区):member',
    ],
  },
  {
    layout: 'a Party plan in one paragraph, bracketed numbers right after the text',
    text: '2022年区委工作要点分工方案 一、加强党的政治建设（一）深入学习贯彻党的二十大精神。牵头单位：区委宣传部；责任单位：区委组织部、区直机关工委（二）严格落实意识形态工作责任制。牵头单位：区委宣传部 二、推进经济高质量发展（三）做好招商引资工作。牵头单位：区商务局；责任单位：各镇（街道）\n',
    reading: [
      '深入学习贯彻党的二十大精神|区委宣传部:lead,区委组织部:member,区直机关工委:member',
      '严格落实意识形态工作责任制|区委宣传部:lead',
      '做好招商引资工作|区商务局:lead,各镇(街道):member',
    ],
  },
  {
    layout:
      'a portal page that lost its line breaks, its furniture and footer fields run into the last item',
    text: '设为首页 | 加入收藏 当前位置：首页 > 政务公开 2024年工作要点 1. 加强党的建设。（牵头单位：机关党委） 2. 推进依法行政。（牵头单位：法规科；配合单位：办公室） 3. 提升服务效能。（牵头单位：政务服务科） 分享到： 扫一扫在手机打开当前页 主办单位：某某县人民政府办公室 承办单位：某某县大数据中心 网站标识码 3300000001',
    reading: [
      '加强党的建设|机关党委:lead',
      '推进依法行政|法规科:lead,办公室:member',
      '提升服务效能|政务服务科:lead',
    ],
  },
  {
    layout:
      'a table one cell per line with a lone | after every cell, the rows with nothing between them, group rows named for leaders',
    text: '序号\n|\n重点工作任务\n|\n责任单位\n|\n(一)张市长牵头重点工作\n|\n1\n|\n推进数字政府建设。\n|\n市数据资源局、市政府办公厅\n|\n2\n|\n深化营商环境改革。\n|\n市发改委\n|\n(二)李副市长牵头重点工作\n|\n3\n|\n建设城市轨道交通。\n|\n市交通局、市建委,各区政府\n|\n',
    reading: [
      '推进数字政府建设|市数据资源局:member,市政府办公厅:member',
      '深化营商环境改革|市发改委:member',
      '建设城市轨道交通|市交通局:member,市建委:member,各区政府:member',
    ],
  },
  {
    layout:
      'a label the lexicon lacks on a line of its own (部门分工:), its value units with their roles, under a line naming the leader',
    text: '一、主要预期目标\n1.地区生产总值增长6%以上。\n分管省领导:林某\n部门分工:省发展改革委牵头,各地、各部门配合。\n2.地方一般公共预算收入增长5%左右。\n分管省领导:张某\n部门分工:省财政厅牵头,各地、各部门配合。\n',
    reading: [
      '地区生产总值增长6%以上|省发展改革委:lead,各地:member,各部门:member',
      '地方一般公共预算收入增长5%左右|省财政厅:lead,各地:member,各部门:member',
    ],
  },
  {
    layout:
      'a table of cells side by side under a header whose labels are spaced out letter by letter',
    text: '量化指标任务分工\n序号 工 作 任 务 牵头负责部门\n1 居民消费价格涨幅3%左右 发展改革委\n2 城镇新增就业100万人以上 人力资源社会保障部\n3 公路投资1.65万亿元 交通运输部\n',
    reading: [
      '居民消费价格涨幅3%左右|发展改革委:lead',
      '城镇新增就业100万人以上|人力资源社会保障部:lead',
      '公路投资1.65万亿元|交通运输部:lead',
    ],
  },
  {
    layout:
      'numbered headings over unnumbered lines each closed by its own bracketed clause, one of them X配合Y',
    text: '(一)约束性指标\n1. 约束性指标的责任部门\n单位地区生产总值能耗降低20%左右。(省经贸委牵头)\n完成国家下达的耕地保有量指标。(省国土资源厅牵头)\n2. 建立约束性指标公报制度\n每年定期公布耕地保有量情况。(省国土资源厅、统计局负责)\n每年定期公布主要污染物减排情况。(省环保厅配合统计局负责)\n',
    reading: [
      '单位地区生产总值能耗降低20%左右|省经贸委:lead',
      '完成国家下达的耕地保有量指标|省国土资源厅:lead',
      '每年定期公布耕地保有量情况|省国土资源厅:member,统计局:member',
      '每年定期公布主要污染物减排情况|省环保厅:member,统计局:member',
    ],
  },
  {
    layout:
      'a progress table whose related-units cell says which part a unit leads, and a task flagged ▲',
    text: '序号\t目标任务\t牵头单位\t相关单位\n1\t地区生产总值增长7.5%\t区发改局\t区统计局(数据统计评估牵头单位)、各乡、街道办事处\n2\t▲完成全国第四次经济普查\t区统计局\t各乡、街道办事处\n',
    reading: [
      '地区生产总值增长7.5%|区发改局:lead,区统计局:lead,各乡、街道办事处:member',
      '完成全国第四次经济普查|区统计局:lead,各乡、街道办事处:member',
    ],
  },
  {
    layout:
      'numbered targets followed by a sentence naming the units of the one or N targets above it',
    text: '(一)发展目标\n1.地区生产总值增长8%;\n2.固定资产投资增长10%;\n3.人均地区生产总值达到1万美元;\n3项目标的责任单位均为市发展改革委。\n4.地方财政收入净增5亿元;\n该目标责任单位为市财政局。\n5.实际利用外资达到8亿美元;\n6.社会消费品零售总额增长12%;\n以上两项目标牵头单位是市商务局。\n',
    reading: [
      '地区生产总值增长8%|市发展改革委:member',
      '固定资产投资增长10%|市发展改革委:member',
      '人均地区生产总值达到1万美元|市发展改革委:member',
      '地方财政收入净增5亿元|市财政局:member',
      '实际利用外资达到8亿美元|市商务局:lead',
      '社会消费品零售总额增长12%|市商务局:lead',
    ],
  },
  {
    layout:
      "a table flattened with '| ' before every cell but a row's first and a lone | closing each row, its lead cell merged down and printed a few characters a line",
    text: '牵头单位\n| 目 标 任 务\n| 责 任 单 位\n|\n市政\n府办\n公厅\n| 强化行政监督\n| 市直各单位、各区县市\n|\n推进国家安全工作发展\n| 市直各单位\n|\n市\n发\n改\n委\n| 地区生产总值增长13%\n| 统计局、各区县市\n|\n固定资产投资增长20%\n|\n',
    reading: [
      '强化行政监督|市政府办公厅:lead,市直各单位:member,各区县市:member',
      '推进国家安全工作发展|市政府办公厅:lead,市直各单位:member',
      '地区生产总值增长13%|市发改委:lead,统计局:member,各区县市:member',
      '固定资产投资增长20%|市发改委:lead,统计局:member,各区县市:member',
    ],
  },
  {
    layout:
      "a table a document site ran together with nothing between its cells and no figure between a row's task and its units, a leader's column before the unit columns",
    text: '重点工作责任分解表\n序号工作任务分管领导牵头单位配合单位1提升农村饮水安全水平。王建国水利局农业农村局各镇人民政府2推进城区道路改造。李强住建局交警大队城管局3实施全民健身工程。陈红梅文体旅局各街道办事处\n',
    reading: [
      '提升农村饮水安全水平|水利局:lead,农业农村局:member,各镇人民政府:member',
      '推进城区道路改造|住建局:lead,交警大队:member,城管局:member',
      '实施全民健身工程|文体旅局:lead,各街道办事处:member',
    ],
  },
  {
    layout:
      "a table run together on one line that goes on from the page before (its rows start at 7), each row's units after its task's last sentence with what they do",
    text: '(上接第二版)\n序号工作任务责任单位7完善养老服务体系。推进社区嵌入式养老。市民政局、市卫健委牵头;市财政局配合;各县(区)政府落实8加强婴幼儿照护服务。市卫健委牵头;市教育局、市妇联配合\n',
    reading: [
      '完善养老服务体系|市民政局:lead,市卫健委:lead,市财政局:member,各县(区)政府:member',
      '加强婴幼儿照护服务|市卫健委:lead,市教育局:member,市妇联:member',
    ],
  },
  {
    layout:
      'numbered problems under headings that name the town answering for them and how many are its own, one with sub-points of its own',
    text: '二、存在问题\n(一)城关镇(3个)\n1.东街农贸市场周边占道经营。\n2.西湖小区垃圾满溢。\n(1)垃圾桶未盖;\n(2)桶壁脏污。\n(二)新华镇(1个)\n1.车站广场乱停乱放。\n',
    reading: [
      '东街农贸市场周边占道经营|城关镇:member',
      '西湖小区垃圾满溢|城关镇:member',
      '车站广场乱停乱放|新华镇:member',
    ],
  },
  {
    layout:
      'each task followed by lines naming persons under labels the lexicon lacks (协调人:, 督办人:) and a unit line, and a group whose level words follow it after list punctuation',
    text: '1.推进老旧小区改造。\n责任人:王某副市长\n协调人:李某副秘书长\n责任单位:市住建局,各开发区、镇(街道)\n2.建设城市公园。\n督办人:张某\n责任单位:市园林局\n',
    reading: [
      '推进老旧小区改造|市住建局:member,各开发区、镇(街道):member',
      '建设城市公园|市园林局:member',
    ],
  },
  {
    layout:
      'a page that lost its line breaks around a single numbered entry, its units in a phrase 由X承办,Y协办',
    text: '某省治理餐桌污染工作方案 时间:2022-11-27 根据省政府的要求,制定工作方案如下: 一、治理畜牧业产品污染 由省经贸委承办,省农业厅、卫生厅协办。治理工作目标:定点屠宰率达85%以上。\n',
    reading: ['治理畜牧业产品污染|省经贸委:lead,省农业厅:member,卫生厅:member'],
  },
  {
    layout:
      'unnumbered targets run together on one line under a numbered heading, each closed by its own clause, the last clause wrapped to the next line',
    text: '(一)主要目标。\n1.主要指标的责任部门。\n常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头)耕地保有量保持在国务院确定的面积。\n(市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头)\n',
    reading: [
      '常住人口控制在1150万人左右|市人口计生委:lead,市公安局:lead',
      '万元地区生产总值能源消耗降低20%|市经委:lead',
      '耕地保有量保持在国务院确定的面积|市国土房管局:lead',
      '主要污染物排放总量减少10%|市环保局:lead',
    ],
  },
  {
    layout:
      'a page that lost its line breaks: targets with a leader line and a label the lexicon lacks before units with their roles',
    text: '2021年重点任务分工方案 一、主要预期目标 1.地区生产总值增长6%以上。 分管省领导:林某 部门分工:省发展改革委牵头,各地、各部门配合。 2.地方一般公共预算收入增长5%左右。 分管省领导:张某 部门分工:省财政厅牵头,各地、各部门配合。 3.固定资产投资增长8%左右。 分管省领导:林某 部门分工:省发展改革委牵头,各地、各部门配合。\n',
    reading: [
      '地区生产总值增长6%以上|省发展改革委:lead,各地:member,各部门:member',
      '地方一般公共预算收入增长5%左右|省财政厅:lead,各地:member,各部门:member',
      '固定资产投资增长8%左右|省发展改革委:lead,各地:member,各部门:member',
    ],
  },
  {
    layout:
      'a page that lost its line breaks: a spaced table whose header is spaced letter by letter, and targets with sentences naming the units of those above',
    text: '量化指标任务分工 序号 工 作 任 务 牵头负责部门 1 居民消费价格涨幅3%左右 发展改革委 2 城镇新增就业100万人以上 人力资源社会保障部 3 公路投资1.65万亿元 交通运输部\n',
    reading: [
      '居民消费价格涨幅3%左右|发展改革委:lead',
      '城镇新增就业100万人以上|人力资源社会保障部:lead',
      '公路投资1.65万亿元|交通运输部:lead',
    ],
  },
  {
    layout:
      'a page that lost its line breaks: numbered targets and sentences naming the units of the one or N targets above',
    text: '(一)发展目标。 1.地区生产总值增长8%; 2.固定资产投资增长10%; 2项目标的责任单位均为市发展改革委。 3.地方财政收入净增5亿元; 该目标责任单位为市财政局。 4.实际利用外资达到8亿美元; 该目标责任单位为市商务局。\n',
    reading: [
      '地区生产总值增长8%|市发展改革委:member',
      '固定资产投资增长10%|市发展改革委:member',
      '地方财政收入净增5亿元|市财政局:member',
      '实际利用外资达到8亿美元|市商务局:member',
    ],
  },
  {
    layout:
      'a page that lost its line breaks: a numbered heading over targets run together, each closed by its own clause',
    text: '(一)主要目标。 1.主要指标的责任部门。 常住人口控制在1150万人左右。(市人口计生委、市公安局牵头)万元地区生产总值能源消耗降低20%。(市经委牵头) 耕地保有量保持在国务院确定的面积。 (市国土房管局牵头)主要污染物排放总量减少10%。(市环保局牵头) 2.建立指标公报制度。 每年公布耕地保有量情况。(市国土房管局、市统计局负责)每年公布主要污染物减排情况。(市环保局、市统计局负责)\n',
    reading: [
      '常住人口控制在1150万人左右|市人口计生委:lead,市公安局:lead',
      '万元地区生产总值能源消耗降低20%|市经委:lead',
      '耕地保有量保持在国务院确定的面积|市国土房管局:lead',
      '主要污染物排放总量减少10%|市环保局:lead',
      '每年公布耕地保有量情况|市国土房管局:member,市统计局:member',
      '每年公布主要污染物减排情况|市环保局:member,市统计局:member',
    ],
  },
  {
    layout:
      'a page that lost its line breaks: numbered titles ended by a space over targets that each close with their own clause',
    text: '二、责任主体及工作分工 (一)约束性指标 1. 约束性指标的责任部门 单位地区生产总值能耗降低20%左右。(省经贸委牵头) 完成国家下达的耕地保有量指标。(省国土资源厅牵头) 2. 建立约束性指标公报制度 每年定期公布耕地保有量情况。(省国土资源厅、统计局负责) 每年定期公布主要污染物减排情况。(省环保厅、统计局负责)\n',
    reading: [
      '单位地区生产总值能耗降低20%左右|省经贸委:lead',
      '完成国家下达的耕地保有量指标|省国土资源厅:lead',
      '每年定期公布耕地保有量情况|省国土资源厅:member,统计局:member',
      '每年定期公布主要污染物减排情况|省环保厅:member,统计局:member',
    ],
  },
  {
    layout:
      'a report that names each unit and then its problems, numbered when there are several (`X街道办事处:1.…;2.…。Y局:…。`)',
    text: '区环境整治检查情况通报\n本次检查发现的问题如下:东湖街道办事处:1.滨江路沿街店铺占道经营;2.农贸市场周边垃圾堆放。区城管局:公园路夜市油烟扰民,未按时整改。区市场监管局:1.部分餐饮店无证经营;2.食品摊点卫生较差。\n请上述单位于10日内整改到位。\n',
    reading: [
      '滨江路沿街店铺占道经营|东湖街道办事处:member',
      '农贸市场周边垃圾堆放|东湖街道办事处:member',
      '公园路夜市油烟扰民,未按时整改|区城管局:member',
      '部分餐饮店无证经营|区市场监管局:member',
      '食品摊点卫生较差|区市场监管局:member',
    ],
  },
  {
    layout:
      'a table of one cell per line whose header left out its 序号 cell, rows starting at their numbers',
    text: '重点任务\n责任单位\n完成情况\n1\n新建城区公园3处。\n区住建局\n已完成2处。\n2\n改造老旧小区12个。\n区住建局\n区城管局\n已开工10个。\n3\n新增停车位500个。\n区交通局\n已完成。\n',
    reading: [
      '新建城区公园3处|区住建局:member',
      '改造老旧小区12个|区住建局:member,区城管局:member',
      '新增停车位500个|区交通局:member',
    ],
  },
  {
    layout: 'lines naming one unit each above targets numbered from 1 under it',
    text: '各乡镇年度考核目标\n  东山镇政府\n  1.粮食产量稳定在3万吨.(分值:10分)\n  2.新建农村公路20公里。(分值:5分)\n  西河乡政府\n  1.粮食产量稳定在2万吨.(分值:10分)\n  2.完成危房改造50户。(分值:5分)\n',
    reading: [
      '粮食产量稳定在3万吨.(分值:10分)|东山镇政府:member',
      '新建农村公路20公里|东山镇政府:member',
      '粮食产量稳定在2万吨.(分值:10分)|西河乡政府:member',
      '完成危房改造50户|西河乡政府:member',
    ],
  },
  {
    layout: 'groups each led by the people a unit sends (由X1名县级领导带队)',
    text: '五、检查分组\n(一)食品安全检查组。由县市场监管局1名县级领导带队,3名专业人员参加。\n(二)校园安全检查组。由县教育局两名科级干部带队。\n',
    reading: ['食品安全检查组|县市场监管局:member', '校园安全检查组|县教育局:member'],
  },
  {
    layout: 'a row whose task cell is merged over two units, each with its own progress cell',
    text: '序号\n工作任务\n牵头单位\n进展情况\n1\n城乡居民收入稳步增长。\n市农业农村局\n农村居民收入增长6%。\n市人社局\n城镇居民收入增长5%。\n2\n财政收入稳定增长。\n市财政局\n增长4%。\n',
    reading: [
      '城乡居民收入稳步增长|市农业农村局:lead,市人社局:lead',
      '财政收入稳定增长|市财政局:lead',
    ],
  },
  {
    layout:
      'a piped table under a two-row header whose last row has one cell more: the first text cell after the number stays the task',
    text: '序号 | 项目名称 | 建设规模及内容 | 总投资 | 建设起止年限 | 至2021年底累计完成投资 | 2022年工作计划 | 项目建设阶段(1-12月份) | 责任单位 | 政策处理 单位 | |||\n投资 | 工程主要形象进度 | 完成 投资 | % | 主要形象进度 | ||||||||\n1 | 城区公园提升工程★ | 对城区8处公园的步道进行提升改造 | 1800 | 2022 | 1800 | 建成 | 1800 | 100 | 完成 | 县住建局 | ||\n2 | 中学食堂改造工程一期★ | 计划分阶段对中学食堂进行改建,近期扩展北侧用地,新建一幢两层食堂,共800个餐位 | 3685 | 2022-2023 | 1800 | 工程基础完工 | 1000 | 55.6 | 完成基础施工,进行垫层施工 | 县教育局 | ||\n',
    reading: ['城区公园提升工程★|县住建局:member', '中学食堂改造工程一期★|县教育局:member'],
  },
  {
    layout: 'a page title whose bracket names a kind of body, not a unit (统计表(政府))',
    text: '重点工作进展情况统计表(政府)\n1.推进项目建设。(牵头单位:市发改委)\n2.扩大对外开放。(牵头单位:市商务局)\n',
    reading: ['推进项目建设|市发改委:lead', '扩大对外开放|市商务局:lead'],
  },
  {
    layout:
      'a page that lost its line breaks, holding one numbered entry after its notice (read as one paragraph otherwise)',
    text: '关于印发2020年工作计划的通知 各县市人民政府,州政府各部门: 现将工作计划印发给你们,请认真贯彻落实。 某州人民政府 2020年2月22日 2020年工作计划 一、提升政务服务效能 1.加大简政放权力度。坚持依法放权,承接好省下放行政许可事项。(责任单位:州司法局、州委编办)\n',
    reading: ['加大简政放权力度|州司法局:member,州委编办:member'],
  },
  {
    layout: 'a piped table whose header line is as short as a label (a workbook laid out as text)',
    text: '| 序号 | 工作任务 | 牵头单位 |\n| 1 | 推进第1项工作 | 区第1局 |\n| 2 | 推进第2项工作 | 区第2局 |\n',
    reading: ['推进第1项工作|区第1局:lead', '推进第2项工作|区第2局:lead'],
  },
  {
    layout:
      'a page that lost its line breaks, each list from 1 under a unit named alone between spaces',
    text: '各乡镇年度考核目标 东山镇政府 1.粮食产量稳定在3万吨。(分值:10分) 2.新建农村公路20公里。(分值:5分) 西河乡政府 1.粮食产量稳定在2万吨。(分值:10分) 2.完成危房改造50户。(分值:5分)\n',
    reading: [
      '粮食产量稳定在3万吨|东山镇政府:member',
      '新建农村公路20公里|东山镇政府:member',
      '粮食产量稳定在2万吨|西河乡政府:member',
      '完成危房改造50户|西河乡政府:member',
    ],
  },
  {
    layout:
      'a page that lost its line breaks, each heading with its bracketed clause above problems numbered from 1',
    text: '问题清单曝光如下: 东门社区(责任单位:东城街道东门社区) 1、无障碍通道未设置 2、路面车位被占用 西门社区(责任单位:西城街道西门社区) 1、垃圾未及时清理 2、宣传栏破损\n',
    reading: ['东门社区|东城街道东门社区:member', '西门社区|西城街道西门社区:member'],
  },
  {
    layout:
      'a field whose list ends at a full stop, a remark about the item after it (and a time still read)',
    text: '二、部分项目进展情况\n1、农村道路畅通工程,牵头部门:市交通局。建设进度较慢的县区为东山县。\n2、棚户区改造,牵头部门:市住建委。新开工进度较慢,未完成的为开发区和市本级。\n3、水库除险加固,责任单位:市水利局。2023年底前完成。\n',
    reading: [
      '农村道路畅通工程|市交通局:lead',
      '棚户区改造|市住建委:lead',
      '水库除险加固|市水利局:member',
    ],
  },
  {
    layout: 'a notice whose addressee line ends in a label-like word and a colon',
    text: '各市(州)人民政府、省级有关部门(单位):\n现将方案印发给你们。\n(一)加强市场体系建设。〔责任单位:省发展改革委、省市场监管局〕\n(二)优化市场准入环境。〔责任单位:省市场监管局〕\n',
    reading: [
      '加强市场体系建设|省发展改革委:member,省市场监管局:member',
      '优化市场准入环境|省市场监管局:member',
    ],
  },
  {
    layout: 'a label at the start of a bracket typed with a semicolon for its colon',
    text: '1.整治乱搭乱建问题。(责任单位:国土局、住建局)\n2.实施改厨改厕工程。(责任单位;住建局、畜牧局、各乡镇场)\n',
    reading: [
      '整治乱搭乱建问题|国土局:member,住建局:member',
      '实施改厨改厕工程|住建局:member,畜牧局:member,各乡镇场:member',
    ],
  },
  {
    layout:
      'fields on one line set apart by spaces, labels the lexicon lacks among them (项目责任人, 实际完成情况), and a table run into the last list',
    text: '1.新辟公交线路10条。 牵头领导:王某 责任单位:市交通委 项目责任人:李某 配合单位:市公安局、市城管局,各区政府 海曙、江东 合计 新辟线路年度目标 2 5 7\n2.新增视频采集设备300套。 牵头领导:张某 责任单位:市公安局 项目责任人:赵某 实际完成情况:完成55%。\n',
    reading: [
      '新辟公交线路10条|市交通委:member,市公安局:member,市城管局:member,各区政府:member',
      '新增视频采集设备300套|市公安局:member',
    ],
  },
  {
    layout:
      'a page run together whose one entry follows its heading with nothing between and gives its work in prose (…由X负责,…由Y及Z负责)',
    text: '宣传工作方案 一、主要任务 着力提高知晓率。(一)社会宣传1、制作发放宣传画报。画报的设计制作由市创建办负责,发放、张贴工作由各镇街及相关部门负责。\n',
    reading: ['制作发放宣传画报|市创建办:member,各镇街:member,相关部门:member'],
  },
  {
    layout:
      'a heading whose text names who sends word (…由各督查组负责通知), above groups each with its own unit',
    text: '三、督查分组\n督查的具体事项由各督查组负责直接通知对口单位。\n(一)煤矿安全督查组。由市煤炭工业局1名县级领导带队。\n(二)非煤矿山安全督查组。由市安监局1名县级领导带队。\n',
    reading: ['煤矿安全督查组|市煤炭工业局:member', '非煤矿山安全督查组|市安监局:member'],
  },
  {
    layout:
      'a copy that wrote pinyin after characters, labels and names included (責(zé)任單位, 區(qū)教育局): read past, kept as printed',
    text: '1、推進義務教育(yù)均衡發(fā)展。(責(zé)任單位:區(qū)教育局)\n2、新建社區(qū)公園3處。(責(zé)任單位:區(qū)住建局、各街道)\n',
    reading: [
      '推進義務教育(yù)均衡發(fā)展|區(qū)教育局:member',
      '新建社區(qū)公園3處|區(qū)住建局:member,各街道:member',
    ],
  },
  {
    layout: 'a table of keys and values flattened to rows, the task numbered inside its value cell',
    text: '重点工作: | 135.统筹违法建设治理与城市更新。 |\n牵头单位: | 市城市管理综合执法局 |\n年度阶段性工作目标: | 第一季度:完成任务的20%以上。 |\n',
    reading: ['统筹违法建设治理与城市更新|市城市管理综合执法局:lead'],
  },
  {
    layout:
      'a table of one cell per line, a `|` line after each, whose header left out 序号 and whose rows open with a category cell merged over rows',
    text: '工作任务\n|\n具体要求\n|\n责任科室\n|\n时限要求\n|\n规范公开文件\n|\n1\n|\n全面清理行政规范性文件。\n|\n办公室\n|\n年底前\n|\n深化政策解读\n|\n2\n|\n持续提升政策解读质量。\n|\n各科室\n|\n持续推进\n|\n3\n|\n丰富政策解读形式。\n|\n办公室\n|\n持续推进\n|\n',
    reading: [
      '全面清理行政规范性文件|办公室:member',
      '持续提升政策解读质量|各科室:member',
      '丰富政策解读形式|办公室:member',
    ],
  },
  {
    layout:
      'entries whose units are the subjects of their sentences, on a page with no clause at all (entries naming no acting unit are no items)',
    text: '一、宣传工作\n1、区森林防火指挥部、区教育局联合印发致家长的一封信。\n2、组织宣传车到各乡镇宣传。\n二、巡查工作\n1、清明节期间,区森林防火指挥部组织巡查组深入乡镇巡查。\n2、视天气情况,区政府颁发森林防火令。\n',
    reading: [
      '区森林防火指挥部、区教育局联合印发致家长的一封信|区森林防火指挥部:member,区教育局:member',
      '清明节期间,区森林防火指挥部组织巡查组深入乡镇巡查|区森林防火指挥部:member',
      '视天气情况,区政府颁发森林防火令|区政府:member',
    ],
  },
  {
    layout:
      'a page that lost its breaks, with an entry whose text opens with a digit (`3、120急救中心`) right after the one before it',
    text: '督查通报 现将本周督查情况通报如下。 1、城东市场(责任单位:县商务局):地面脏乱。 2、汽车站(责任单位:县交通局):无公益广告。 3、120急救中心(责任单位:县卫健委):标识不清。 4、步行街(责任单位:县城管局):占道经营。\n',
    reading: [
      '城东市场:地面脏乱|县商务局:member',
      '汽车站:无公益广告|县交通局:member',
      '120急救中心:标识不清|县卫健委:member',
      '步行街:占道经营|县城管局:member',
    ],
  },
  {
    layout:
      'a table of keys and values printed as rows that open with a bar, its work numbered inside the value cell',
    text: '| 重点工作: | 12.推进城市更新,治理违法建设。 |\n| 牵头单位: | 市城市管理局 |\n| 年度目标: | 第一季度:完成任务的30%。 |\n',
    reading: ['推进城市更新,治理违法建设|市城市管理局:lead'],
  },
  {
    layout:
      'a note after a unit that it leads a part of the work, written with 主责 (`区统计局(数据统计评估主责单位)`)',
    text: '1.地区生产总值增长7%。(责任单位:区发改局、区统计局(数据统计评估主责单位))\n2.固定资产投资增长10%。(责任单位:区发改局、区统计局(数据统计评估主责单位))\n',
    reading: [
      '地区生产总值增长7%|区发改局:member,区统计局:lead',
      '固定资产投资增长10%|区发改局:member,区统计局:lead',
    ],
  },
  {
    layout: 'a 主要落实单位 column set against a column of units that assist',
    text: '序号 | 目标任务 | 主要落实单位 | 协同配合部门\n1 | 地区生产总值增长7% | 区发改局 | 区统计局、区财政局\n2 | 新增就业5000人 | 区人社局 | 区财政局\n',
    reading: [
      '地区生产总值增长7%|区发改局:lead,区统计局:member,区财政局:member',
      '新增就业5000人|区人社局:lead,区财政局:member',
    ],
  },
  {
    layout:
      'a page that lost its breaks around two numbered entries, the first run into the page heading, the second split off after the clause before it',
    text: '协会网 > 热门话题 国务院发布重点工作部门分工意见 发表时间:2018-4-17 近日,国务院发布重点工作部门分工的意见,明确牵头部门。 大力实施乡村振兴战略 (二十四)健全城乡融合发展体制机制。科学制定规划。(国家发展改革委、农业农村部牵头,有关部门按职责分工负责) (二十五)推进农业供给侧结构性改革。发展农产品加工业。(农业农村部、科技部等按职责分工负责)\n',
    reading: [
      '健全城乡融合发展体制机制|国家发展改革委:lead,农业农村部:lead,有关部门:member',
      '推进农业供给侧结构性改革|农业农村部:member,科技部:member',
    ],
  },
  {
    layout:
      'a page that lost its breaks, its entries unnumbered, each a sentence followed by its fields (主管领导, 责任单位, 主要责任人)',
    text: '今年十大实事如何落实?记者整理如下。 关键词 教育 市区新增中小学学位2万个。 主管领导:刘东 责任单位:市教育局 主要责任人:毛杰 进度安排:12月底前完成。 市区新建中小学校30所。 主管领导:刘东 责任单位:市教育局、市住建局 主要责任人:毛杰 进度安排:12月底前全部开工。\n',
    reading: [
      '市区新增中小学学位2万个|市教育局:member',
      '市区新建中小学校30所|市教育局:member,市住建局:member',
    ],
  },
  {
    layout:
      'a page that lost its breaks, with an unnumbered entry after a heading, printed as its numbered ones are (`客运中心(责任单位:交通局):…`)',
    text: '督查通报 现将本周督查情况通报如下。 整改较好的点位 1、城东市场(责任单位:县商务局):地面脏乱已整改。 2、汽车站(责任单位:县交通局):公益广告已补齐。 3、步行街(责任单位:县城管局):占道经营已整改。 整改未落实的点位 客运中心(责任单位:交通局):大门消防区域磨损;无公益广告。\n',
    reading: [
      '城东市场:地面脏乱已整改|县商务局:member',
      '汽车站:公益广告已补齐|县交通局:member',
      '步行街:占道经营已整改|县城管局:member',
      '客运中心:大门消防区域磨损|交通局:member',
    ],
  },
  {
    layout:
      'a numbered entry run into the line above with its fields, its number set apart from its sentence by a space',
    text: '工作要点\n1. 推进产业升级。 责任单位:区发改委 配合单位:区财政局 2. 扩大有效投资。 责任单位:区住建局 配合单位:区财政局\n',
    reading: [
      '推进产业升级|区发改委:member,区财政局:member',
      '扩大有效投资|区住建局:member,区财政局:member',
    ],
  },
  {
    layout:
      'a label the notice says leads, in other words of the same part (`各主要承办部门要充分发挥牵头抓总作用` over `主要责任单位:`), and one it only sets beside a lead',
    text: '关于印发重点工作分工方案的通知\n各部门、各单位要细化落实。各主要承办部门要充分发挥牵头抓总作用,各责任单位要加强与牵头单位沟通联系。\n一、主要预期目标\n1.地区生产总值增长5%。\n牵头领导:常务副区长\n主要责任单位:区发展改革委\n配合单位:区统计局\n2.城镇新增就业1万人。\n责任单位:区人力社保局、区财政局\n',
    reading: [
      '地区生产总值增长5%|区发展改革委:lead,区统计局:member',
      '城镇新增就业1万人|区人力社保局:member,区财政局:member',
    ],
  },
  {
    layout:
      'a convention that the first listed unit leads, stated inside the first bracket with no 为 (`由排名首位的部门牵头负责`)',
    text: '2007年主要工作分办意见\n一、主要预期目标\n1、地区生产总值增长10%以上(由市发改委、市统计局负责。一项任务涉及多个部门的,原则上由排名首位的部门牵头负责。下同)。\n2、财政收入增长12%以上(由市财政局、市税务局负责)。\n',
    reading: [
      '地区生产总值增长10%以上|市发改委:lead,市统计局:member',
      '财政收入增长12%以上|市财政局:lead,市税务局:member',
    ],
  },
  {
    layout:
      'a table row whose lead and member cells are both blank, merged with the row above, beside a row whose member cell alone is blank',
    text: '序号 | 目标任务 | 牵头单位 | 责任单位\n1 | 新增托位400个 | 县教育局 | 县各有关单位\n2 | 保障职业学院秋季开学 |  | \n3 | 建设城市书房5个 | 县文旅局 | \n',
    reading: [
      '新增托位400个|县教育局:lead,县各有关单位:member',
      '保障职业学院秋季开学|县教育局:lead,县各有关单位:member',
      '建设城市书房5个|县文旅局:lead',
    ],
  },
  {
    layout:
      'a table of inspection groups (分组 / 督查组牵头单位 / 督查单位): each group is led by a department, the district it inspects answers for nothing',
    text: '督查组分组表\n分 组\n| 督查组牵头单位\n| 督查单位\n| 备 注\n|\n第一组\n| 市安监局\n| 雁塔区\n|\n|\n第二组\n| 市公安局\n| 长安区\n|\n|\n',
    reading: ['第一组|市安监局:lead', '第二组|市公安局:lead'],
  },
  {
    layout:
      'numbered headings each followed by numbered field lines (`(一)责任领导:…`, `(二)责任单位:…`), one left over from the page before',
    text: '十件实事任务分解\n(三)完成时限:上年底\n一、建设乡镇敬老院\n(一)责任领导:张三\n(二)责任单位:市民政局\n(三)协办单位:市财政局、各县区政府\n(四)项目内容:新建敬老院10所。\n(五)完成时限:年内\n二、改造农村公路\n(一)责任领导:李四\n(二)责任单位:市交通局\n(三)协办单位:各县区政府\n',
    reading: [
      '建设乡镇敬老院|市民政局:member,市财政局:member,各县区政府:member',
      '改造农村公路|市交通局:member,各县区政府:member',
    ],
  },
  {
    layout:
      'a page that lost its breaks, one unnumbered task run into its introduction with its fields after it (分管领导, and 部门分工, a label the lexicon lacks, before units with their roles)',
    text: '2月23日,省政府办公厅印发工作任务分工方案,明确分工责任。 方案提出确保完成目标任务。其中明确指出: 推进数字经济发展。实施数据增值工程。 分管领导:张三 部门分工:省工业和信息化厅牵头,省委网信办、科技厅等配合。\n',
    reading: ['推进数字经济发展|省工业和信息化厅:lead,省委网信办:member,科技厅:member'],
  },
  {
    layout:
      "a numbered item continued on a line that ends with its fields after spaces, which stays the item's",
    text: '工作要点\n1.推进产业升级工作。\n加强技术改造。 牵头单位:区发改委 配合单位:区财政局\n2.扩大有效投资。\n牵头单位:区住建局\n',
    reading: ['推进产业升级工作|区发改委:lead,区财政局:member', '扩大有效投资|区住建局:lead'],
  },
  {
    layout:
      'a bracket (〔〕) of units and role words that ends with a sentence of its own, a note on them (`以下各项工作均需…落实,不再列出。`)',
    text: '工作任务\n1.制定准入清单。完成清单编制工作。〔市生态环境局牵头,市自然资源局参与,各县区政府负责落实。以下各项工作均需各县区政府落实,不再列出。〕严格控制燃煤锅炉。(市生态环境局、市场监管局牵头,市发改局参与)\n2.整治散乱污企业。(市公安局牵头)\n',
    reading: [
      '制定准入清单|市生态环境局:lead,市自然资源局:member,各县区政府:member,市场监管局:lead,市发改局:member',
      '整治散乱污企业|市公安局:lead',
    ],
  },
  {
    layout:
      'a numbered task whose title is followed by two sentences, each closed by a clause that names the same lead first: one item, not a heading over two',
    text: '工作任务\n1.制定准入清单。完成清单编制工作。(市生态环境局牵头,市发改局参与)严格控制燃煤锅炉。(市生态环境局、市场监管局牵头,市发改局参与)\n2.整治散乱污企业。(市公安局牵头)\n',
    reading: [
      '制定准入清单|市生态环境局:lead,市发改局:member,市场监管局:lead',
      '整治散乱污企业|市公安局:lead',
    ],
  },
];

describe('parse reads a plan by its structure', () => {
  for (const { layout, text, reading: expected } of LAYOUTS) {
    it(`reads ${layout}`, () => {
      expect(reading(text)).toEqual(expected);
    });
  }
});

describe('parse says why it found no items', () => {
  it('names the numbered entries it read and what it looked for in them', () => {
    const { plan, diagnostics } = parse(
      '1.推进产业转型升级。\n2.扩大有效投资。\n3.促进消费回补。\n',
    );
    expect(plan.items).toEqual([]);
    const noItems = diagnostics.find((d) => d.code === 'parse/no-items')!;
    expect(noItems.message).toContain('3 numbered entries were read (1. 2. 3.)');
    expect(noItems.message).toContain('责任单位');
    expect(noItems.line).toBe(1);
  });

  it('does not read one unit before a colon in a sentence as a page of units and their tasks', () => {
    const { plan } = parse('区城管局:请于月底前报送整改情况。联系人:张三。\n');
    expect(plan.assignments).toEqual([]);
  });

  it('says when there are no numbered entries at all', () => {
    const { diagnostics } = parse('今天天气很好。\n');
    const noItems = diagnostics.find((d) => d.code === 'parse/no-items')!;
    expect(noItems.message).toContain('no numbered entries');
  });
});

describe('parse says how sure it is of each item', () => {
  it('is sure of units read under a label and less sure of units it inferred', () => {
    const { readings } = parse(
      '1.推进产业转型升级。（责任单位：区发改委）\n2.清理垃圾死角。\n整改要求：由县环卫站负责清除。\n',
    );
    expect(readings.map((r) => [r.confidence, r.evidence, r.doubts])).toEqual([
      [1, 'label', []],
      [0.6, 'by-phrase', []],
    ]);
  });

  it('doubts every item of a page read with its line breaks restored', () => {
    const { readings } = parse(
      '通知如下： 1、地区生产总值增长6.5%（市发改委）。 2、财政收入增长5%（市财政局）。 3、新增就业2万人（市人社局）。',
    );
    expect(readings.map((r) => [r.confidence, r.evidence, r.doubts])).toEqual([
      [0.77, 'bracket', ['restored-breaks']],
      [0.77, 'bracket', ['restored-breaks']],
      [0.77, 'bracket', ['restored-breaks']],
    ]);
  });

  it('gives one reading per item, in the plan order', () => {
    const { plan, readings } = parse(
      '1.甲工作。（牵头单位：区发改委）\n2.乙工作。（区财政局牵头，区税务局配合）\n',
    );
    expect(readings.map((r) => r.item)).toEqual(plan.items.map((i) => i.id));
    expect(readings.map((r) => r.evidence)).toEqual(['label', 'role-words']);
  });
  it('judges nothing when asked not to, and reads the same plan and diagnostics', () => {
    const text = '1.甲工作。（牵头单位：区发改委）\n2.乙工作。（区财政局牵头，区税务局配合）\n';
    const judged = parse(text);
    const unjudged = parse(text, { readings: false });
    expect(unjudged.readings).toEqual([]);
    expect(unjudged.plan).toEqual(judged.plan);
    expect(unjudged.diagnostics).toEqual(judged.diagnostics);
    expect(judged.readings).toHaveLength(2);
  });
});

describe('parse says what it read past', () => {
  it('names the pinyin a copy wrote after characters, where the first stood', () => {
    const { diagnostics } = parse('通知\n1、推進教育(yù)均衡發展。(責(zé)任單位:區(qū)教育局)\n');
    const glosses = diagnostics.find((d) => d.code === 'parse/pinyin-glosses');
    expect(glosses).toMatchObject({ severity: 'info', line: 2, column: 7, args: { count: 3 } });
  });
});
