import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../../src/core/render';
import { kpiPanelHtml, kpiRows, scorecardHtml, kpiChartSvg } from '../../src/core/render/panels';
import { renderReport, standaloneHtml, docMeta } from '../../src/core/render/report';
import { LABELS } from '../../src/core/render/labels';
import { LOCALES } from '../../src/core/types';
import { sampleResult } from './render-fixtures';
import { analyze } from '../../src/core/analyze';
import { applyEdits } from '../../src/core/fixes';
import { insertFixForPart, jumpTarget } from '../../src/core/render/actions';

const corpus = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'export', name), 'utf8');

describe('renderHtml', () => {
  it('does not render the frontmatter as text', () => {
    const { html } = renderHtml('---\ntype: summary\nteam: 客服一组\n---\n# 标题\n');
    assert.ok(!html.includes('客服一组'));
    assert.ok(!html.includes('type:'));
    assert.match(html, /<h1 data-line="5">标题<\/h1>/);
  });

  it('puts the source line on every block, and lists them in lineMap', () => {
    const text = '# A\n\npara\n\n- x\n- y\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n> quote\n\n```\ncode\n```\n';
    const { html, lineMap } = renderHtml(text);
    for (const [tag, line] of [['h1', 1], ['p', 3], ['ul', 5], ['li', 6], ['table', 8], ['tr', 10], ['blockquote', 12], ['pre', 14]] as const) {
      assert.match(html, new RegExp(`<${tag} data-line="${line}"`), `${tag} at ${line}`);
    }
    assert.deepEqual(lineMap, [...lineMap].sort((a, b) => a - b));
    assert.ok(lineMap.includes(1) && lineMap.includes(14));
  });

  it('renders bold that ends in Chinese punctuation the way the writer meant', () => {
    const { html } = renderHtml('**投诉率下降。**后续工作，前**「重点」**内容；**滿意度達92.7%。**另外');
    assert.match(html, /<strong>投诉率下降。<\/strong>后续工作/);
    assert.match(html, /前<strong>「重点」<\/strong>内容/);
    assert.match(html, /<strong>滿意度達92.7%。<\/strong>另外/);
    assert.ok(!html.includes('**'));
  });

  it('renders GFM tables, strikethrough and task lists', () => {
    const { html } = renderHtml('| 指标 | 实际 |\n|---|---:|\n| 满意度 | 92.7% |\n\n~~旧目标~~\n\n- [x] 完成\n- [ ] 未完成\n');
    assert.match(html, /<table data-line="1">/);
    assert.match(html, /<td[^>]*>92.7%<\/td>/);
    assert.match(html, /<del>旧目标<\/del>/);
    assert.match(html, /<input type="checkbox" checked disabled>/);
  });

  it('keeps <br> in table cells and drops other raw HTML and comments', () => {
    const { html } = renderHtml('| a |\n|---|\n| 一<br>二 |\n\n<!-- csplan-disable missing-kpi -->\n\n<div class="x">raw</div>\n');
    assert.match(html, /一<br>\n?二/);
    assert.ok(!html.includes('csplan-disable'));
    assert.ok(!html.includes('class="x"'));
  });

  it('replaces images by a placeholder unless remote images are allowed (https only)', () => {
    const md = '![图表](https://example.com/c.png) ![本地](./a.png)';
    const blocked = renderHtml(md, { locale: 'zh-CN' }).html;
    assert.ok(!blocked.includes('<img'));
    assert.match(blocked, /\[图片未加载：图表\]/);
    const allowed = renderHtml(md, { allowRemoteImages: true, locale: 'en' }).html;
    assert.match(allowed, /<img src="https:\/\/example.com\/c.png" alt="图表">/);
    assert.match(allowed, /\[image not loaded: 本地\]/);
  });

  it('renders a corpus document with every heading and table', () => {
    const text = corpus('03-hospital-patient-service-summary-plan.md');
    const { html } = renderHtml(text);
    const headings = text.split('\n').filter((l) => /^#{1,6} /.test(l)).length;
    assert.equal((html.match(/<h[1-6] /g) ?? []).length, headings);
    assert.equal((html.match(/<table /g) ?? []).length, 2);
    assert.ok(html.includes('一窗通办'));
  });
});

describe('scorecard and KPI panel', () => {
  const text = '---\ntype: summary-plan\n---\n正文投诉率 0.5%\n';
  const result = sampleResult(text);

  it('shows score, met/total and every item met or missing, with the line to jump to', () => {
    const html = scorecardHtml(result.completeness, { locale: 'zh-CN', interactive: true });
    assert.match(html, /data-score="50" data-met="2" data-total="4"/);
    assert.match(html, /<span class="csplan-score-value">50<\/span>/);
    assert.match(html, /已满足 2 \/ 4 项/);
    assert.equal((html.match(/class="csplan-item csplan-met"/g) ?? []).length, 2);
    assert.equal((html.match(/class="csplan-item csplan-missing"/g) ?? []).length, 2);
    assert.match(html, /data-item-id="part:monitoring" data-kind="part" data-jump-line="2" data-part="monitoring"/);
    assert.match(html, /<button type="button" class="csplan-insert" data-part="monitoring"/);
    // a missing item with no range has no jump
    assert.match(html, /data-item-id="loop" data-kind="loop">/);
    // labels escaped
    assert.ok(!html.includes('<script>'));
  });

  it('has no buttons when not interactive (export)', () => {
    assert.ok(!scorecardHtml(result.completeness, { locale: 'en' }).includes('<button'));
  });

  it('builds KPI rows: baseline → actual → target, direction, target worse than baseline, body mismatch', () => {
    const rows = kpiRows(result, 'en');
    const sat = rows.find((r) => r.key === 'satisfaction')!;
    assert.deepEqual([sat.baseline, sat.actual, sat.target, sat.unit, sat.direction], [93.6, 95.2, 90, '%', 'higher']);
    assert.equal(sat.targetWorse, true);
    const rt = rows.find((r) => r.key === 'response_time')!;
    assert.equal(rt.direction, 'lower');
    assert.equal(rt.targetWorse, true, 'response time target 20 s is worse than baseline 19 s');
    const cr = rows.find((r) => r.key === 'complaint_rate')!;
    assert.equal(cr.actual, 0.31, 'frontmatter value preferred');
    assert.equal(cr.mismatch, true);
    assert.equal(cr.targetWorse, false);
  });

  it('marks bad targets and mismatches in red in the table and the chart', () => {
    const html = kpiPanelHtml(result, { locale: 'zh-TW' });
    assert.match(html, /<tr class="csplan-kpi-row csplan-bad-target" data-kpi="satisfaction">/);
    assert.match(html, /<tr class="csplan-kpi-row csplan-bad-mismatch" data-kpi="complaint_rate">/);
    assert.match(html, /目標比基準還差/);
    assert.match(html, /越高越好/);
    const svg = kpiChartSvg(kpiRows(result, 'en'), 'en');
    assert.match(svg, /^<svg class="csplan-kpi-chart"/);
    assert.match(svg, /<rect class="csplan-bar csplan-bar-target csplan-bar-bad"/);
    assert.match(svg, /<rect class="csplan-bar csplan-bar-actual csplan-bar-bad"/);
    assert.ok(!/<script|on\w+=|style=/i.test(svg));
  });

  it('speaks all three locales', () => {
    for (const key of Object.keys(LABELS) as (keyof typeof LABELS)[]) {
      for (const l of LOCALES) assert.ok(LABELS[key][l], `${key} in ${l}`);
    }
    assert.match(kpiPanelHtml(result, { locale: 'en' }), /Key indicators/);
    assert.match(kpiPanelHtml(result, { locale: 'zh-CN' }), /关键指标/);
    assert.match(kpiPanelHtml(result, { locale: 'zh-TW' }), /關鍵指標/);
  });

  it('assembles the preview body and the standalone export', () => {
    const report = renderReport(text, result, { locale: 'en', interactive: true });
    assert.match(report.html, /^<aside class="csplan-panels"><section class="csplan-scorecard/);
    assert.match(report.html, /<article class="csplan-doc" lang="en">/);
    const file = standaloneHtml(text, result, { css: 'body{color:red}', locale: 'zh-CN' });
    assert.match(file, /^<!DOCTYPE html>/);
    assert.match(file, /<style>\nbody\{color:red\}\n<\/style>/);
    assert.match(file, /default-src 'none'/);
    assert.ok(!file.includes('<script'));
    assert.ok(!file.includes('<button'));
    assert.match(file, /刘静/);
    assert.equal(docMeta(result, 'en').period, '2024-H1');
  });
});

describe('scorecard actions (engine results)', () => {
  it('finds the fix that inserts a missing part, and applying it inserts a heading recognised as that part', () => {
    for (const locale of LOCALES) {
      const text = '---\ntype: plan\n---\n# 2026 年计划\n\n## 目标\n\n满意度提升到 95%。\n\n## 具体措施\n\n| 措施 | 责任人 | 截止时间 |\n|---|---|---|\n| 上线智能分流 | 陈工 | 2026-03-31 |\n';
      const before = analyze(text, { locale });
      const missing = before.completeness.items.find((i) => i.kind === 'part' && !i.met && i.part === 'monitoring');
      assert.ok(missing, 'monitoring part missing');
      const fix = insertFixForPart(before, 'monitoring');
      assert.ok(fix, `fix for monitoring in ${locale}`);
      const after = analyze(applyEdits(text, fix!.edits), { locale });
      assert.ok(after.model.sections.some((s) => s.part === 'monitoring'), 'the inserted heading is recognised');
      assert.ok(after.completeness.items.some((i) => i.id === missing!.id));
      const target = jumpTarget(before, missing!.id, undefined);
      assert.ok(target && 'start' in target);
    }
  });

  it('the scorecard numbers in the preview equal analyze()', () => {
    const text = corpus('12-tw-online-learning-summary-plan.md');
    const result = analyze(text, { locale: 'zh-TW' });
    const { html } = renderReport(text, result, { locale: 'zh-TW', interactive: true });
    const c = result.completeness;
    assert.match(html, new RegExp(`data-score="${c.score}" data-met="${c.met}" data-total="${c.total}"`));
    assert.equal((html.match(/class="csplan-item /g) ?? []).length, c.items.length);
    assert.equal((html.match(/csplan-item csplan-missing/g) ?? []).length, c.items.filter((i) => !i.met).length);
  });
});
