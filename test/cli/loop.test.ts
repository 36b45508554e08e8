// csplan lint links each summary to the plan it follows, as a team lead runs it over a folder of
// plans and summaries (examples/loop), by `plan:` or by team, author and period.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TempDir, csplan, ensureBuilt, json } from './helpers';

const LOOP_RULES = ['plan-action-unreported', 'plan-target-unreported'];

function loopFindings(r: ReturnType<typeof csplan>) {
  return json(r)
    .filter((f) => LOOP_RULES.includes(f.rule))
    .map((f) => `${f.file}:${f.line} ${f.rule}`);
}

describe('csplan lint: a summary against the plan it follows', function () {
  this.timeout(120_000);
  before(ensureBuilt);

  it('examples/loop: the summary that reports everything is clean; the other is told what it passed over', () => {
    const r = csplan(['lint', 'examples/loop', '--format', 'json', '--locale', 'en']);
    assert.deepEqual(loopFindings(r).sort(), [
      'examples/loop/2026-Q4-summary-li-ming.md:23 plan-target-unreported',
      'examples/loop/2026-Q4-summary-li-ming.md:35 plan-action-unreported',
      'examples/loop/2026-Q4-summary-li-ming.md:37 plan-action-unreported',
    ]);
    const messages = json(r).filter((f) => f.rule === 'plan-action-unreported').map((f) => f.message);
    assert.ok(messages.some((m) => m.includes('梳理大促期间的排班方案') && m.includes('2026-11-05') && m.includes('李明')), messages.join('\n'));
  });

  it('--fix inserts a status line for the action not mentioned, and keeps every word of the summary', () => {
    const tmp = new TempDir();
    try {
      for (const f of ['2026-Q4-plan-li-ming.md', '2026-Q4-summary-li-ming.md']) tmp.write(f, readFileSync(join(ROOT, 'examples/loop', f)));
      const before = readFileSync(tmp.file('2026-Q4-summary-li-ming.md'), 'utf8');
      csplan(['lint', '--fix', '.'], { cwd: tmp.path });
      const after = readFileSync(tmp.file('2026-Q4-summary-li-ming.md'), 'utf8');
      assert.ok(after.includes('- 梳理大促期间的排班方案（李明，2026-11-05）：完成情况：'), after);
      for (const line of before.split('\n')) assert.ok(after.includes(line), `kept: ${line}`);
      const again = csplan(['lint', '--format', 'json', '.'], { cwd: tmp.path });
      assert.equal(loopFindings(again).length, 3, 'the inserted line is still reported until its outcome is written');
    } finally {
      tmp.dispose();
    }
  });

  it('plan: wins over the search, and a plan: that points nowhere is reported on its value', () => {
    const tmp = new TempDir();
    try {
      const plan = readFileSync(join(ROOT, 'examples/loop/2026-Q4-plan-li-ming.md'), 'utf8');
      tmp.write('plans/other.md', plan.replace('author: 李明', 'author: 别人'));
      const summary = readFileSync(join(ROOT, 'examples/loop/2026-Q4-summary-li-ming.md'), 'utf8');
      tmp.write('team/s.md', summary.replace('author: 李明', 'author: 李明\nplan: ../plans/other.md'));
      tmp.write('team/t.md', summary.replace('author: 李明', 'author: 李明\nplan: ../plans/none.md'));
      const r = csplan(['lint', '--format', 'json', '--locale', 'en', '.'], { cwd: tmp.path });
      assert.deepEqual(loopFindings(r).sort(), ['team/s.md:24 plan-target-unreported', 'team/s.md:36 plan-action-unreported', 'team/s.md:38 plan-action-unreported', 'team/t.md:6 plan-action-unreported']);
      const missing = json(r).find((f) => f.file === 'team/t.md' && f.rule === 'plan-action-unreported');
      assert.match(missing.message, /none\.md/);
    } finally {
      tmp.dispose();
    }
  });

  it('a summary with no plan for its team and period is not asked about one', () => {
    const tmp = new TempDir();
    try {
      tmp.write('s.md', readFileSync(join(ROOT, 'examples/loop/2026-Q4-summary-li-ming.md'), 'utf8'));
      tmp.write('p.md', readFileSync(join(ROOT, 'examples/loop/2026-Q4-plan-li-ming.md'), 'utf8').replace('period: 2026-Q4', 'period: 2027-Q1'));
      assert.deepEqual(loopFindings(csplan(['lint', '--format', 'json', '.'], { cwd: tmp.path })), []);
    } finally {
      tmp.dispose();
    }
  });
});
