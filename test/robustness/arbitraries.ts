// Generators for the property suite: Markdown shaped like the documents people write here
// (frontmatter with KPIs, headings in 简体 / 繁體 / English, KPI tables, plan actions as tables,
// lists and prose, phases, code fences, quotes, disable comments), mixed with YAML and plain noise
// (any unicode, full-width forms, emoji, combining marks, NUL, a BOM, CR / CRLF / mixed endings).
// Sizes are kept small on purpose: a case costs one or more full analyses, and each property runs
// at least 1,000 of them on a 2-core machine.
import fc from 'fast-check';

// ---------------------------------------------------------------------------------------------
// Words

const PART_TITLES = [
  '服务数据统计', '客户反馈分析', '问题归类与分析', '工作效率与质量评价', '目标', '具体措施', '分阶段实施',
  '资源调配与人员安排', '监控与反馈机制', '流程步骤', '角色与职责', '响应与处理时限', '满意度指标', '培训与考核',
  '服務數據統計', '客戶回饋分析', '問題歸類與分析', '工作效率與品質評價', '具體措施', '分階段實施', '監控與回饋機制',
  'Service data', 'Customer feedback', 'Problems and causes', 'Goals', 'Measures', 'Phased rollout',
  'Resources and staffing', 'Monitoring and feedback', 'Workflow steps', 'Roles', 'Training',
  '工作总结', '工作計劃', 'Notes', '附录',
];
const NUMBERING = ['', '一、', '二、', '（三）', '2.1 ', '第三章 ', '1. ', 'Part 2: ', '**'];
const KPI_KEYS = [
  'inquiries', 'response_time', 'handle_time', 'turnover_rate', 'complaint_rate', 'satisfaction', 'resolution_rate',
  'first_contact_resolution', 'repeat_complaint_rate', 'outbound_calls', '咨询量', '客户咨询量', '平均响应时间',
  '平均应答时长_秒', '投诉率', '申訴率', '满意度', '滿意度', '一次解决率', '投诉率_万分比', '满意度_百分比', 'unknown_kpi',
];
const KPI_BLOCKS = ['kpis', 'kpi', 'metrics', '指标', '指標'];
const UNITS = ['count', '%', 'score', 's', 'min', 'h', 'd', 'sec', '‱', ''];
const TYPES = ['summary', 'plan', 'summary-plan', 'workflow', '总结', '計劃', 'sop', 'memo', ''];
const PERIODS = ['2026-11', '2026年11月', '2026-Q3', '2026年第三季度', '115年上半年', '2025年6-11月', 'H1', ''];
const OWNERS = ['王芳', '质检组 方敏', '李主管', '客服组长', '产品经理 张家豪', '相关部门', '全员', '待定', 'TBD', '', ' ', '-', 'Alice', '陳小姐'];
const DEADLINES = [
  '2026-03-31', '2026/3/31', '2026年3月31日前', '3月底', '11月中旬', '年底', 'Q2', '第二季度', '上半年', '第3周', '每周一',
  '3天内', '48小时内', '1個月內', 'by end of March', '尽快', '近期', '适时', '后续', '逐步', '待定', 'ASAP', 'soon', 'TBD', '', '114年12月',
];
const ACTIONS = ['上线智能分流', '新人带教', '话术更新', '建立质检抽检', '優化知識庫', 'Roll out the new IVR', '回访投诉客户', '每周复盘会'];
const SENTENCES = [
  '满意度达92.7%。', '滿意度達 ９２．７％。', '客户咨询量 412,600 件，同比增长 8%。', '平均响应时间由120秒缩短至90秒以内。',
  '投诉率从0.8%下降到0.5%。', '主要原因是系统升级导致排队。', '由於人手不足，回覆變慢。', 'Satisfaction reached 91.5% in Q3.',
  '建立监控与督导机制，每周检查。', '每月复盘，形成闭环，持续优化。', '流程问题：转接过多。', '沟通问题：解释不清。', '系统问题：工单丢失。',
  '一般投诉 120 件，重复投诉 12 件，恶性投诉 1 件。', '我们要全面提升服务质量。', 'We will improve service.', '目标：一次解决率提升至85%。',
  '短期（1-3个月）：完成培训，考核通过率≥95%。', '第一阶段：试点。', 'Q1：上线新系统。', '286.4万次通话，1.5萬張工單。',
];
const PHASES = ['短期', '中期', '长期', 'Q1', 'Q2', 'Q3', 'Q4', '第一阶段', '第二階段', 'Phase 1', '上半年', '下半年'];

// ---------------------------------------------------------------------------------------------
// Noise

/** Characters that have broken editors and parsers before: each is a hazard for offsets or regexes. */
const HAZARDS = [
  '\u0000', '\uFEFF', '\r', '\r\n', '\n', '\t', '\u00A0', '\u3000', '\u200B', '\u200D', '\u2028', '\u2029',
  '😀', '👨‍👩‍👧', '🇨🇳', '🏳️‍🌈', 'e\u0301', 'a\u0308\u0304', '\u0301', '\uD83D', '\uDE00', // lone surrogates too
  '９２．７％', '：', '（', '）', '｜', '＃', '－－－', '｛', '｝', '\\', '`', '|', '*', '_', '~', '<', '>', '&', '[', ']', '(', ')', '!', '#', '-', ':', '%',
  '<!--', '-->', '<script>', '</div>', '&amp;', '&#0;', '$$', '---', '...', '```', '~~~', '> ', '- ', '1. ', '| --- |',
];

export const hazard = fc.constantFrom(...HAZARDS);

/** Any text: unicode (with lone surrogates), full-width, CJK, and the hazards above. Short. */
export const noiseText = (maxLength = 24): fc.Arbitrary<string> =>
  fc
    .array(
      fc.oneof(
        { weight: 3, arbitrary: fc.string({ unit: 'grapheme', maxLength: 4 }) },
        { weight: 2, arbitrary: fc.string({ unit: 'binary', maxLength: 3 }) },
        { weight: 3, arbitrary: hazard },
        { weight: 2, arbitrary: fc.constantFrom(...SENTENCES, ...PART_TITLES, ...OWNERS, ...DEADLINES) },
        { weight: 1, arbitrary: fc.integer({ min: 0x3000, max: 0x9fff }).map((c) => String.fromCharCode(c)) },
        { weight: 1, arbitrary: fc.integer({ min: 0xff01, max: 0xff5e }).map((c) => String.fromCharCode(c)) },
      ),
      { maxLength: Math.max(1, Math.ceil(maxLength / 3)) },
    )
    .map((parts) => parts.join('').slice(0, maxLength * 2));

const pick = <T>(xs: readonly T[]) => fc.constantFrom(...xs);

/** A cell or a slot: usually a real value, sometimes noise. */
const slot = (values: readonly string[]) => fc.oneof({ weight: 5, arbitrary: pick(values) }, { weight: 1, arbitrary: noiseText(8) });

// ---------------------------------------------------------------------------------------------
// YAML frontmatter

const yamlScalar = fc.oneof(
  fc.integer({ min: -1000, max: 1_000_000 }).map(String),
  fc.double({ min: -200, max: 200, noNaN: true, noDefaultInfinity: true }).map((n) => String(Math.round(n * 10) / 10)),
  pick(['"九成"', '九成', '120', '-3', '92.7%', '９２．７', 'null', '~', 'true', '[]', '{}', '"', "'unclosed", '[1, 2', '*undefined_alias', '!!binary aGVsbG8=', '!!js/function "f"', '&a 1', '0x1F', '1e309', '.nan']),
);

const kpiValue = fc.oneof(
  { weight: 3, arbitrary: yamlScalar.map((v) => ` ${v}`) },
  {
    weight: 2,
    arbitrary: fc
      .record({ actual: yamlScalar, target: yamlScalar, baseline: yamlScalar, unit: pick(UNITS) }, { requiredKeys: [] })
      .map((o) => ` {${Object.entries(o).map(([k, v]) => `${k}: ${v === '' ? '""' : v}`).join(', ')}}`),
  },
  {
    weight: 1,
    arbitrary: fc
      .record({ actual: yamlScalar, target: yamlScalar, unit: pick(UNITS) }, { requiredKeys: [] })
      .map((o) => '\n' + Object.entries(o).map(([k, v]) => `    ${k}: ${v === '' ? '""' : v}`).join('\n')),
  },
);

const yamlLine = fc.oneof(
  { weight: 3, arbitrary: fc.tuple(pick(['type', 'period', 'team', 'author', 'title', 'unknown']), fc.oneof(pick(TYPES), pick(PERIODS), pick(OWNERS), yamlScalar)).map(([k, v]) => `${k}: ${v}`) },
  { weight: 1, arbitrary: fc.tuple(pick(['\t', '  ', '   ', '- ', '? ', '', ':']), noiseText(12)).map(([a, b]) => a + b) },
  { weight: 1, arbitrary: pick(['type: plan', 'type: plan', 'a: &a [1,2]', 'b: [*a, *a]', 'kpis: 3', 'kpis:', '  - 1', '%YAML 1.2', '--- ', '...']) },
);

const kpiBlock = fc
  .tuple(pick(KPI_BLOCKS), fc.array(fc.tuple(pick(KPI_KEYS), kpiValue), { maxLength: 5 }))
  .map(([block, kpis]) => [`${block}:`, ...kpis.map(([k, v]) => `  ${k}:${v}`)].join('\n'));

/** A frontmatter block: usually well formed, sometimes broken (tabs, quotes, duplicates, no closing fence). */
export const frontmatter: fc.Arbitrary<string> = fc
  .tuple(
    pick(TYPES),
    fc.option(pick(PERIODS), { nil: undefined }),
    fc.option(kpiBlock, { nil: undefined }),
    fc.array(yamlLine, { maxLength: 3 }),
    fc.constantFrom('---', '---', '---', '...', '', '--'),
  )
  .map(([type, period, kpis, extra, close]) =>
    ['---', `type: ${type}`, ...(period !== undefined ? [`period: ${period}`] : []), ...(kpis ? [kpis] : []), ...extra, close].join('\n'),
  );

// ---------------------------------------------------------------------------------------------
// Markdown blocks

const heading = fc
  .tuple(fc.integer({ min: 1, max: 6 }), pick(NUMBERING), slot(PART_TITLES), fc.boolean())
  .map(([depth, num, title, bold]) => (num === '**' || bold ? `**${title}**` : `${'#'.repeat(depth)} ${num}${title}`));

const paragraph = fc.array(slot(SENTENCES), { minLength: 1, maxLength: 3 }).map((s) => s.join(''));

const actionTable = fc
  .tuple(
    pick(['| 措施 | 责任人 | 截止时间 | 指标 |', '| 措施 | 負責人 | 完成時間 | 指標 |', '| Action | Owner | Deadline | Indicator |', '| 阶段 | 时间 | 指标 |', '| 指标 | 数值 |']),
    fc.array(fc.tuple(slot(ACTIONS), slot(OWNERS), slot(DEADLINES), slot(SENTENCES)), { maxLength: 4 }),
    fc.boolean(),
  )
  .map(([head, rows, separator]) => {
    const cols = head.split('|').length - 2;
    const lines = [head, ...(separator ? ['|' + ' --- |'.repeat(cols)] : [])];
    for (const r of rows) lines.push('| ' + r.slice(0, cols).map((c) => c.replace(/\n/g, ' ')).join(' | ') + ' |');
    return lines.join('\n');
  });

const actionItem = fc
  .tuple(slot(ACTIONS), slot(OWNERS), slot(DEADLINES), pick(['责任人：{o}；完成时间：{d}。', '負責人：{o}，時限：{d}', 'Owner: {o}; deadline: {d}.', '（{o}，{d}）', '{d}前完成', '']))
  .map(([a, o, d, tpl]) => `${a}。${tpl.replace('{o}', o).replace('{d}', d)}`);

/** Lists, sometimes nested deeply, ordered or not. */
const list = fc
  .array(fc.tuple(fc.integer({ min: 0, max: 6 }), fc.oneof(actionItem, slot(SENTENCES), pick(PHASES).map((p) => `${p}：完成培训`)), pick(['- ', '* ', '1. ', '2) ', '- [ ] '])), { minLength: 1, maxLength: 5 })
  .map((items) => items.map(([depth, text, marker]) => '  '.repeat(depth) + marker + text).join('\n'));

const quote = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.oneof(paragraph, list)).map(([depth, body]) => body.split('\n').map((l) => '> '.repeat(depth) + l).join('\n'));

const codeFence = fc
  .tuple(pick(['```', '~~~', '````']), pick(['', 'yaml', 'markdown', 'js']), fc.oneof(frontmatter, paragraph, noiseText(20)), fc.boolean())
  .map(([fence, lang, body, closed]) => `${fence}${lang}\n${body}${closed ? `\n${fence}` : ''}`);

const comment = pick([
  '<!-- csplan-disable vague-deadline -->',
  '<!-- csplan-enable vague-deadline -->',
  '<!-- csplan-disable-next-line -->',
  '<!-- csplan-disable-next-line action-missing-owner, vague-deadline -->',
  '<!-- csplan-disable -->',
  '<!-- csplan-enable -->',
  '<!-- unclosed comment',
  '<script>alert(1)</script>',
  '<img src=x onerror=alert(1)>',
]);

/**
 * Raw HTML of every CommonMark kind (1: <pre>/<script>/<style>/<textarea> to their closing tag;
 * 2–5: comments, <?, <!X, CDATA to their end marker; 6: a block-level tag; 7: any tag alone on its
 * line, both to a blank line), closed or not: where a fix may insert depends on them.
 */
const rawHtml = pick([
  '<details>', '</details>', '<summary>摘要</summary>', '<pre>', '</pre>', '<pre>\n代码 尽快\n</pre>', '<div>', '</div>',
  '<div class="note">\n内容', '<table><tr><td>措施</td><td>尽快</td></tr></table>', '<?php echo 1;', '<?x?>', '<![CDATA[ x',
  '<!DOCTYPE html>', '<style>p{}', '<textarea>', '<span>行内</span>', '<br>', '<a href="x">', '</span>', '<img src=x>',
]);

/** An indented code block (it cannot interrupt a paragraph: glued to one, it is a lazy line). */
const indentedCode = fc.tuple(pick(['    ', '\t', '     ']), slot(SENTENCES)).map(([indent, s]) => indent + s);

const block = fc.oneof(
  { weight: 1, arbitrary: rawHtml },
  { weight: 1, arbitrary: indentedCode },
  { weight: 4, arbitrary: heading },
  { weight: 4, arbitrary: paragraph },
  { weight: 3, arbitrary: actionTable },
  { weight: 3, arbitrary: list },
  { weight: 1, arbitrary: quote },
  { weight: 1, arbitrary: codeFence },
  { weight: 1, arbitrary: comment },
  { weight: 1, arbitrary: noiseText(30) },
  { weight: 1, arbitrary: pick(['---', '***', '', '$$\nx\n$$', '[^1]: 注', '[link](javascript:alert(1))', '![](http://example.invalid/x.png)']) },
);

type Eol = 'lf' | 'crlf' | 'cr' | 'mixed';

function withEndings(text: string, eol: Eol, seed: number): string {
  if (eol === 'lf') return text;
  if (eol === 'crlf') return text.replace(/\n/g, '\r\n');
  if (eol === 'cr') return text.replace(/\n/g, '\r');
  let i = seed;
  return text.replace(/\n/g, () => ['\n', '\r\n', '\r'][(i = (i * 1103515245 + 12345) & 0x7fffffff) % 3]);
}

/** A document as people write them: optional frontmatter, then blocks; sometimes a BOM, other line endings. */
export const document: fc.Arbitrary<string> = fc
  .tuple(
    fc.option(frontmatter, { freq: 3, nil: undefined }),
    fc.array(block, { maxLength: 10 }),
    fc.constantFrom<Eol>('lf', 'lf', 'lf', 'crlf', 'cr', 'mixed'),
    fc.boolean(),
    fc.nat(),
    fc.constantFrom('\n\n', '\n', '\n\n\n'),
  )
  .map(([fm, blocks, eol, bom, seed, sep]) => (bom && seed % 4 === 0 ? '\uFEFF' : '') + withEndings([...(fm !== undefined ? [fm] : []), ...blocks].join(sep) + (seed % 2 ? '\n' : ''), eol, seed));

/** Plain YAML noise, with or without fences. */
export const yamlNoise: fc.Arbitrary<string> = fc
  .tuple(fc.array(fc.oneof(yamlLine, kpiBlock), { maxLength: 6 }), fc.boolean())
  .map(([lines, fenced]) => (fenced ? ['---', ...lines, '---', '# 标题'] : lines).join('\n'));

/** A document with noise spliced in at random places. */
export const noisyDocument: fc.Arbitrary<string> = fc
  .tuple(document, fc.array(fc.tuple(fc.double({ min: 0, max: 1, noNaN: true }), noiseText(6)), { maxLength: 3 }))
  .map(([doc, splices]) => {
    let out = doc;
    for (const [at, noise] of splices) {
      const i = Math.floor(at * out.length);
      out = out.slice(0, i) + noise + out.slice(i);
    }
    return out;
  });

/** What the engine may be handed: mostly documents, also YAML and raw noise. */
export const anyInput: fc.Arbitrary<string> = fc.oneof(
  { weight: 6, arbitrary: document },
  { weight: 3, arbitrary: noisyDocument },
  { weight: 1, arbitrary: yamlNoise },
  { weight: 1, arbitrary: noiseText(60) },
);

/** One edit of a text: at a fraction of its length, delete some characters and insert some text. */
export interface Edit {
  at: number;
  remove: number;
  insert: string;
}

export const edit: fc.Arbitrary<Edit> = fc.record({
  at: fc.double({ min: 0, max: 1, noNaN: true }),
  remove: fc.oneof({ weight: 3, arbitrary: fc.constant(0) }, { weight: 2, arbitrary: fc.integer({ min: 1, max: 3 }) }, { weight: 1, arbitrary: fc.integer({ min: 4, max: 80 }) }),
  insert: fc.oneof(
    { weight: 3, arbitrary: fc.constantFrom('', 'a', '字', '\n', '\r\n', '# ', '## 目标\n', '|', '- ', '尽快', '9', '%', '---\n', '```\n', '\n\n## 具体措施\n\n| 措施 | 责任人 | 截止时间 |\n|---|---|---|\n| 新人带教 |  | 尽快 |\n') },
    { weight: 1, arbitrary: block },
    { weight: 1, arbitrary: noiseText(6) },
  ),
});

export function applyEdit(text: string, e: Edit): string {
  const at = Math.min(text.length, Math.floor(e.at * (text.length + 1)));
  return text.slice(0, at) + e.insert + text.slice(Math.min(text.length, at + e.remove));
}
