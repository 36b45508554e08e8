import assert from 'node:assert/strict';
import { analyze, lint } from '../../../src/core/analyze';
import { applyFixes } from '../../../src/core/fixes';
import { RULES } from '../../../src/core/rules';

const now = new Date(2026, 10, 23);
const PLAN = `---
type: plan
period: 2026-Q1
team: 售后二组
author: 王芳
---
# 2026年第一季度客服工作计划

## 一、目标

客户满意度从91%提升至95%，平均响应时间由120秒缩短至90秒以内。

## 二、具体措施

| 措施 | 责任人 | 截止时间 | 指标 |
|---|---|---|---|
| 上线智能分流 | 陈工 | 2026年2月底 | 分流率≥30% |
| 新人带教 |  | 尽快 | 上手周期≤15天 |
`;

describe('analyze()', () => {
  it('finds the pitfalls of the contract example with exact positions', () => {
    const f = lint(PLAN, { now });
    const owner = f.find((x) => x.rule === 'action-missing-owner');
    const vague = f.find((x) => x.rule === 'vague-deadline');
    assert.ok(owner && vague);
    assert.equal(owner.range.start.line, 18);
    assert.equal(vague.range.start.line, 18);
    assert.equal(PLAN.slice(vague.range.start.offset, vague.range.end.offset), '尽快');
    assert.equal(vague.range.start.column, PLAN.split('\n')[17].indexOf('尽快') + 1);
  });

  it('speaks the requested locale', () => {
    const en = lint(PLAN, { now, locale: 'en' }).find((x) => x.rule === 'vague-deadline')!.message;
    const cn = lint(PLAN, { now, locale: 'zh-CN' }).find((x) => x.rule === 'vague-deadline')!.message;
    const tw = lint(PLAN, { now, locale: 'zh-TW' }).find((x) => x.rule === 'vague-deadline')!.message;
    assert.match(en, /is not a deadline/);
    assert.match(cn, /不是明确的完成时间/);
    assert.match(tw, /不是明確的完成時間/);
  });

  it('honours severities and "off" from the config', () => {
    const f = lint(PLAN, { now, config: { rules: { 'vague-deadline': 'error', 'action-missing-owner': 'off' } } });
    assert.equal(f.find((x) => x.rule === 'vague-deadline')?.severity, 'error');
    assert.ok(!f.some((x) => x.rule === 'action-missing-owner'));
  });

  it('honours disable-next-line, disable and enable comments', () => {
    const withComment = PLAN.replace('| 新人带教 |', '<!-- csplan-disable-next-line vague-deadline -->\n| 新人带教 |');
    // An HTML comment inside a table would end the table, so test next-line on a list instead.
    const list = `# 计划\n\n## 具体措施\n\n<!-- csplan-disable-next-line vague-deadline -->\n- 新人带教。责任人：王芳；完成时间：尽快。\n- 话术更新。责任人：李明；完成时间：近期。\n`;
    const f = lint(list, { now });
    assert.deepEqual(f.filter((x) => x.rule === 'vague-deadline').map((x) => x.range.start.line), [7]);
    const block = `# 计划\n\n## 具体措施\n\n<!-- csplan-disable vague-deadline -->\n- 新人带教。责任人：王芳；完成时间：尽快。\n<!-- csplan-enable vague-deadline -->\n\n- 话术更新。责任人：李明；完成时间：近期。\n`;
    assert.deepEqual(lint(block, { now }).filter((x) => x.rule === 'vague-deadline').map((x) => x.range.start.line), [9]);
    assert.ok(withComment.length > PLAN.length);
  });

  it('reports broken YAML at its line and keeps going', () => {
    const text = '---\ntype: summary\nkpis:\n  satisfaction: [92.7\n\tcomplaint_rate: 3\n---\n# 2026年11月工作总结\n';
    const f = lint(text, { now });
    const y = f.find((x) => x.rule === 'frontmatter-yaml');
    assert.ok(y);
    assert.ok(y.range.start.line >= 4 && y.range.start.line <= 5);
  });

  it('reports an unclosed frontmatter fence', () => {
    const f = lint('---\ntype: plan\n# 标题\n', { now });
    assert.ok(f.some((x) => x.rule === 'frontmatter-yaml'));
  });

  it('reports wrong types at the key', () => {
    const text = '---\ntype: summary\nkpis:\n  satisfaction: 九成\n  complaint_rate: {actual: 120, unit: "%"}\n---\n# 总结\n';
    const f = lint(text, { now }).filter((x) => x.rule === 'frontmatter-schema');
    assert.ok(f.length >= 2, JSON.stringify(f));
    assert.ok(f.some((x) => x.range.start.line === 4));
    assert.ok(f.some((x) => x.range.start.line === 5));
    // On the key itself, not on the value.
    assert.deepEqual(f.map((x) => text.slice(x.range.start.offset, x.range.end.offset)).sort(), ['actual', 'satisfaction']);
  });

  it('counts columns in UTF-16 units and handles CRLF and a BOM', () => {
    const crlf = '\uFEFF' + PLAN.replace(/\n/g, '\r\n');
    const a = lint(crlf, { now }).find((x) => x.rule === 'vague-deadline')!;
    assert.equal(a.range.start.line, 18);
    assert.equal(crlf.slice(a.range.start.offset, a.range.end.offset), '尽快');
  });

  it('never throws on odd input', () => {
    for (const t of ['', '---', '---\n---', '\u0000\u0001', '# 😀👨‍👩‍👧 总结\n\n- ' + 'x'.repeat(100000), '> '.repeat(500) + '深', '|'.repeat(1000)]) analyze(t, { now });
  });

  it('bounds the work on a huge document and says so once', () => {
    const big = ('## 一、服务数据统计\n\n满意度达92.7%。\n\n').repeat(2000);
    const f = lint(big, { now, config: { maxBytes: 10_000 } });
    assert.equal(f.filter((x) => x.rule === 'document-too-large').length, 1);
  });

  it('fixes only insert or replace, and a second pass changes nothing', () => {
    const once = applyFixes(PLAN, lint(PLAN, { now }));
    assert.notEqual(once, PLAN);
    const twice = applyFixes(once, lint(once, { now }));
    assert.equal(twice, once);
    // Every line of the original survives (fixes add; the vague word is replaced by a date).
    for (const line of PLAN.split('\n').filter((l) => !l.includes('新人带教'))) assert.ok(once.includes(line), line);
  });

  it('infers the type from the title and parts when there is no frontmatter', () => {
    assert.equal(analyze('# 2026年工作总结\n\n## 一、服务数据统计\n\n咨询量 100 件\n').model.type, 'summary');
    assert.equal(analyze('# 2026年工作计划\n\n## 一、目标\n\n满意度 95%\n').model.type, 'plan');
    assert.equal(analyze('# 2025年工作总结及2026年工作计划\n').model.type, 'summary-plan');
    assert.equal(analyze('# Complaint handling workflow (SOP)\n\n## Workflow steps\n').model.type, 'workflow');
  });

  it('has a scorecard whose numbers add up', () => {
    const { completeness } = analyze(PLAN, { now });
    assert.equal(completeness.met, completeness.items.filter((i) => i.met).length);
    assert.equal(completeness.total, completeness.items.length);
    assert.equal(completeness.score, Math.round((completeness.met / completeness.total) * 100));
    assert.ok(completeness.items.some((i) => i.id === 'part:resources' && !i.met));
  });

  it('every rule has titles and descriptions in three languages', () => {
    for (const r of RULES) for (const l of ['zh-CN', 'zh-TW', 'en'] as const) {
      assert.ok(r.title[l] && r.description[l], `${r.id} ${l}`);
    }
  });
});
