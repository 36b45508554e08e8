// `csplan new summary|plan --from FILE` (issue 14), the built CLI, in three languages: the text is the
// core generator's, `csplan lint` then reports what the issue expects, and --out never overwrites.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { analyze } from '../../src/core/analyze';
import { planFromSummary, summaryFromPlan } from '../../src/core/loop/generate';
import { ROOT, TempDir, csplan, ensureBuilt, json } from './helpers';

const example = (p: string) => readFileSync(join(ROOT, 'examples', p), 'utf8');

describe('csplan new (dist/cli.js)', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('new summary --from a zh-CN plan: the generator text on stdout, plan: naming the plan', () => {
    const r = csplan(['new', 'summary', '--from', 'examples/loop/2026-Q4-plan-wang-fang.md']);
    assert.equal(r.code, 0, r.stderr);
    assert.equal(r.stdout, summaryFromPlan(analyze(example('loop/2026-Q4-plan-wang-fang.md')).model, { planPath: './2026-Q4-plan-wang-fang.md' }).text);
    assert.match(r.stdout, /^plan: \.\/2026-Q4-plan-wang-fang\.md$/m);
  });

  it('new summary --out beside the plan: lint finds the plan and flags each blank status line and target', () => {
    const tmp = new TempDir();
    try {
      tmp.write('plans/2026-Q2-plan.md', example('plan.en.md'));
      const r = csplan(['new', 'summary', '--from', 'plans/2026-Q2-plan.md', '--out', 'summaries/2026-Q2-summary.md', '--locale', 'en'], { cwd: tmp.path });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /Wrote summaries\/2026-Q2-summary\.md/);
      const text = readFileSync(tmp.file('summaries/2026-Q2-summary.md'), 'utf8');
      assert.match(text, /^plan: \.\.\/plans\/2026-Q2-plan\.md$/m);
      const findings = json(csplan(['lint', 'summaries', '--format', 'json', '--locale', 'en'], { cwd: tmp.path }));
      const plan = analyze(example('plan.en.md')).model;
      assert.equal(findings.filter((f) => f.rule === 'plan-action-unreported').length, plan.actions.length);
      assert.equal(findings.filter((f) => f.rule === 'plan-target-unreported').length, plan.kpis.filter((k) => k.kind === 'target' && k.source === 'frontmatter').length);

      // Never over an existing file.
      const again = csplan(['new', 'summary', '--from', 'plans/2026-Q2-plan.md', '--out', 'summaries/2026-Q2-summary.md', '--locale', 'en'], { cwd: tmp.path });
      assert.equal(again.code, 2);
      assert.match(again.stderr, /already exists: it is not overwritten/);
      assert.equal(readFileSync(tmp.file('summaries/2026-Q2-summary.md'), 'utf8'), text);
    } finally {
      tmp.dispose();
    }
  });

  it('new plan --from a zh-TW summary: next period, one row per categorised problem, owner and deadline flagged', () => {
    const tmp = new TempDir();
    try {
      tmp.write('115H2-summary.md', `---
type: summary
period: 115年下半年
team: 台北客服中心
author: 陳怡君
kpis:
  satisfaction:
    actual: 91.4
    unit: "%"
---

# 陳怡君 115年下半年工作總結

## 問題歸類與分析

（一）流程問題：帳單爭議需轉三個單位，原因是權責不清。

（二）系統問題：尖峰時段系統延遲，原因是主機容量不足。
`);
      const r = csplan(['new', 'plan', '--from', '115H2-summary.md', '-o', '116H1-plan.md', '--locale', 'zh-TW'], { cwd: tmp.path });
      assert.equal(r.code, 0, r.stderr);
      assert.match(r.stderr, /已寫入 116H1-plan\.md/);
      const text = readFileSync(tmp.file('116H1-plan.md'), 'utf8');
      assert.equal(text, planFromSummary(analyze(readFileSync(tmp.file('115H2-summary.md'), 'utf8')).model).text);
      assert.match(text, /^period: 116年上半年$/m);
      assert.match(text, /^    baseline: 91\.4$/m);
      const findings = json(csplan(['lint', '116H1-plan.md', '--format', 'json'], { cwd: tmp.path }));
      const lines = (rule: string) => findings.filter((f) => f.rule === rule).map((f) => f.line).sort();
      assert.equal(lines('action-missing-owner').length, 2);
      assert.deepEqual(lines('action-missing-owner'), lines('action-missing-deadline'));
      for (const l of lines('action-missing-owner')) assert.match(text.split('\n')[l - 1], /^\| (流程|系統)問題 \| 改進：/);
    } finally {
      tmp.dispose();
    }
  });

  it('says in the user language when the source is not the right kind, and what to type', () => {
    const zh = csplan(['new', 'plan', '--from', 'examples/loop/2026-Q4-plan-wang-fang.md', '--locale', 'zh-CN']);
    assert.equal(zh.code, 2);
    assert.match(zh.stderr, /不是总结（type: summary 或 summary-plan），读作 plan/);
    const en = csplan(['new', 'summary', '--from', 'examples/loop/2026-Q4-summary-wang-fang.md', '--locale', 'en']);
    assert.equal(en.code, 2);
    assert.match(en.stderr, /is not a plan \(type: plan or summary-plan\); it reads as summary/);
    const tw = csplan(['new', '--locale', 'zh-TW']);
    assert.equal(tw.code, 2);
    assert.match(tw.stderr, /請說明要新建什麼/);
    assert.equal(csplan(['new', 'plan', '--locale', 'en']).code, 2);
    assert.match(csplan(['new', '--help', '--locale', 'en']).stdout, /csplan new summary --from PLAN\.md/);
  });
});
