// The vocabulary as data (src/core/vocabulary) and a team's own words (.csplanrc `vocabulary:`).
import assert from 'node:assert/strict';
import { analyze, lint } from '../../../src/core/analyze';
import { createAnalyzer } from '../../../src/core/incremental';
import { mergeConfigs } from '../../../src/core/config';
import { entrySource, wordsPattern } from '../../../src/core/vocabulary';
import { LANGUAGES } from '../../../src/core/vocabulary';
import { teamWords } from '../../../src/core/vocabulary/team';
import type { Config } from '../../../src/core/types';

const now = new Date(2026, 10, 23);

describe('vocabulary data files', () => {
  it('a Latin word matches whole words, * any ending, a hyphen a hyphen, a space or nothing', () => {
    const re = wordsPattern(['review', 'monitor*', 'follow-up', 'call volume']);
    assert.ok(re.test('Monthly review'));
    assert.ok(!re.test('preview pane'), 'review inside preview');
    assert.ok(re.test('monitoring') && re.test('Monitored'));
    assert.ok(re.test('follow up') && re.test('followup') && re.test('follow-up'));
    assert.ok(re.test('call   volume'));
    assert.ok(!re.test('overviewing'));
  });

  it('Chinese words match anywhere; patterns pass through', () => {
    const re = wordsPattern(['复盘', { re: '受.{1,12}影响' }]);
    assert.ok(re.test('月度复盘会'));
    assert.ok(re.test('受台风天气影响'));
    assert.equal(entrySource('质检'), '质检');
  });

  it('every language file has the lists the recognisers read, in its own script', () => {
    for (const [id, v] of Object.entries(LANGUAGES)) {
      for (const list of ['monitoring', 'loop', 'analysis', 'vagueTimes', 'collectives', 'roleSuffixes', 'ownerLabels', 'deadlineLabels'] as const) {
        assert.ok((v[list] ?? []).length > 0, `${id}: ${list} is empty`);
      }
      assert.ok(Object.keys(v.parts ?? {}).length >= 10, `${id}: parts`);
    }
    const hant = JSON.stringify(LANGUAGES['zh-Hant']);
    assert.ok(!/[监质检]/.test(hant.replace(/"re":"[^"]*"/g, '')), 'zh-Hant holds simplified-only characters');
  });
});

describe('a team vocabulary (.csplanrc vocabulary:)', () => {
  const PLAN = `---
type: plan
---
# 下季度工作计划

## 具体措施

| 措施 | 责任人 | 完成时间 |
|---|---|---|
| 上线夜间分流 | 阿部 | 2026-03-31 |
| 整理FAQ | 总机班 | 2026-02-28 |
| 回访差评客户 | 平安 | 2026-01-31 |
`;
  const owners = (config?: Config) => lint(PLAN, { now, config, locale: 'en' }).filter((f) => f.rule === 'action-missing-owner').map((f) => f.range.start.line);

  it('people and roles the team names are owners; words it says are not owners are not', () => {
    const before = owners();
    const after = owners({ vocabulary: { people: ['阿部'], roles: ['总机班'], notOwners: ['平安'] } });
    // Without the team's words, 阿部 and 总机班 end as a department does (部, 班); 平安 reads as a surname + name.
    assert.deepEqual(before, [10, 11]);
    assert.deepEqual(after, [12]);
  });

  it('KPI aliases are read as frontmatter keys and in the body', () => {
    const SUMMARY = `---
type: summary
kpis:
  好评率: { actual: 96.5, unit: "%" }
---
# 十一月总结

## 服务数据

本月好评率 94.1%。
`;
    const config: Config = { vocabulary: { kpiAliases: { satisfaction: ['好评率'] } } };
    const r = analyze(SUMMARY, { now, config, locale: 'en' });
    assert.ok(r.model.kpis.some((k) => k.key === 'satisfaction' && k.source === 'frontmatter' && k.value === 96.5), JSON.stringify(r.model.kpis));
    assert.ok(r.findings.some((f) => f.rule === 'kpi-mismatch' && f.range.start.line === 10), 'the body value contradicts the frontmatter');
    assert.ok(!analyze(SUMMARY, { now, locale: 'en' }).model.kpis.some((k) => k.key === 'satisfaction'));
  });

  it('is in force only during its analysis, and the incremental analyzer keys reuse by it', () => {
    const config: Config = { vocabulary: { people: ['阿May'] } };
    analyze(PLAN, { now, config });
    assert.equal(teamWords().person('阿May'), false);
    const a = createAnalyzer({ now, config });
    const b = createAnalyzer({ now });
    assert.deepEqual(a.analyze(PLAN).findings, analyze(PLAN, { now, config }).findings);
    assert.deepEqual(b.analyze(PLAN).findings, analyze(PLAN, { now }).findings);
  });

  it('configs add to each other’s words', () => {
    const merged = mergeConfigs({ vocabulary: { people: ['阿May'], kpiAliases: { satisfaction: ['好评率'] } } }, { vocabulary: { people: ['Kelvin'], kpiAliases: { satisfaction: ['点赞率'] } } });
    assert.deepEqual(merged.vocabulary, { people: ['阿May', 'Kelvin'], kpiAliases: { satisfaction: ['好评率', '点赞率'] } });
  });
});
