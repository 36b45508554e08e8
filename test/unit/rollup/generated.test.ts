// The roll-up of a generated team folder against figures computed here, independently, from the
// generated numbers (generate.ts returns them in canonical units): sums, inquiry-weighted means,
// best and worst, month-over-month trends, who has not handed in, incomplete documents.
import assert from 'node:assert/strict';
import { analyze } from '../../../src/core/analyze';
import { buildRollup, summarizeDocument, type DocSummary, type RollupReport } from '../../../src/core/rollup';
import { generateTeam, type TruthRow } from './generate';

const KPIS = ['response_time', 'handle_time', 'complaint_rate', 'satisfaction'] as const;
const LOWER_IS_BETTER = new Set(['response_time', 'handle_time', 'complaint_rate']);

function close(actual: number | undefined, expected: number, what: string): void {
  assert.ok(actual !== undefined, `${what}: missing`);
  assert.ok(Math.abs(actual - expected) <= 1e-6 * Math.max(1, Math.abs(expected)), `${what}: ${actual} ≠ ${expected}`);
}

/** Σ wᵢxᵢ / Σ wᵢ over the rows, with 咨询量 as the weight. */
function weighted(rows: TruthRow[], pick: (r: TruthRow) => number): number {
  let num = 0;
  let den = 0;
  for (const r of rows) {
    num += pick(r) * r.inquiries;
    den += r.inquiries;
  }
  return num / den;
}

describe('rollup: a generated team folder (14 people × 6 months, 2 teams)', function () {
  this.timeout(120000);
  const team = generateTeam(20261123, { people: 14, months: 6, teams: 2, missingRate: 0.15, incompleteRate: 0.2 });
  let summaries: DocSummary[];
  let report: RollupReport;
  const byMonth = new Map<string, TruthRow[]>();
  for (const t of team.truth) byMonth.set(t.month, [...(byMonth.get(t.month) ?? []), t]);

  before(() => {
    summaries = team.files.map((f) => summarizeDocument(f.name, analyze(f.text, { locale: 'en' })));
    report = buildRollup(summaries, { locale: 'en' });
  });

  it('generated what the test needs: missing pairs and incomplete documents exist', () => {
    assert.ok(team.truth.length < 14 * 6, 'some summaries are missing');
    assert.ok(team.truth.some((t) => !t.complete), 'some are incomplete');
  });

  it('reads every period and KPI as generated (periods in five spellings, KPIs under aliases and in other units)', () => {
    for (const s of summaries) {
      const t = team.truth.find((x) => x.file === s.path)!;
      assert.equal(s.period.normalised?.key, t.month, s.path);
      assert.equal(s.author, t.person);
      assert.equal(s.team, t.team);
      close(s.kpis.inquiries?.actual, t.inquiries, `${s.path} inquiries`);
      for (const k of KPIS) {
        close(s.kpis[k]?.actual, t[k], `${s.path} ${k}`);
        close(s.kpis[k]?.target, t.targets[k], `${s.path} ${k} target`);
      }
    }
  });

  it('counts documents, people and periods', () => {
    assert.equal(report.counts.documents, team.truth.length);
    assert.equal(report.counts.used, team.truth.length);
    assert.equal(report.counts.people, 14);
    assert.equal(report.counts.teams, 2);
    assert.equal(report.counts.periods, 6);
    assert.deepEqual(report.problems, []);
  });

  it('one table per month, one row per person who handed in, in order', () => {
    assert.deepEqual(report.tables.map((t) => t.period?.key), team.months);
    for (const table of report.tables) {
      const rows = byMonth.get(table.period!.key)!;
      assert.deepEqual(table.rows.map((r) => r.key).sort(), rows.map((r) => r.person).sort());
      for (const row of table.rows) {
        const t = rows.find((r) => r.person === row.key)!;
        close(row.kpis.satisfaction?.actual, t.satisfaction, 'row satisfaction');
        // Direction-aware "met": a response time at or under target is met.
        assert.equal(row.kpis.response_time?.met, t.response_time <= t.targets.response_time);
        assert.equal(row.kpis.satisfaction?.met, t.satisfaction >= t.targets.satisfaction);
      }
    }
  });

  it('team figures: inquiries summed, rates and times weighted by inquiries', () => {
    for (const table of report.tables) {
      const rows = byMonth.get(table.period!.key)!;
      const agg = table.aggregate;
      close(agg.inquiries?.value, rows.reduce((s, r) => s + r.inquiries, 0), 'sum of inquiries');
      assert.equal(agg.inquiries?.method, 'sum');
      for (const k of KPIS) {
        close(agg[k]?.value, weighted(rows, (r) => r[k]), `${table.period!.key} ${k}`);
        close(agg[k]?.target, weighted(rows, (r) => r.targets[k]), `${table.period!.key} ${k} target`);
        assert.equal(agg[k]?.method, 'weighted-mean');
        assert.equal(agg[k]?.n, rows.length);
        assert.match(agg[k]!.note, /weighted by inquiries/);
      }
    }
  });

  it('best and worst per KPI, direction-aware', () => {
    for (const table of report.tables) {
      const rows = byMonth.get(table.period!.key)!;
      for (const k of KPIS) {
        const values = rows.map((r) => r[k]);
        const lo = Math.min(...values);
        const hi = Math.max(...values);
        const bw = table.bestWorst.find((b) => b.kpi === k)!;
        assert.ok(bw, `${k} best/worst`);
        const [best, worst] = LOWER_IS_BETTER.has(k) ? [lo, hi] : [hi, lo];
        close(bw.best.value, best, `${k} best`);
        close(bw.worst.value, worst, `${k} worst`);
        assert.ok(rows.some((r) => r.person === bw.best.key && r[k] === best));
        assert.ok(rows.some((r) => r.person === bw.worst.key && r[k] === worst));
      }
      // 咨询量 is workload, not merit: no best or worst.
      assert.ok(!table.bestWorst.some((b) => b.kpi === 'inquiries'));
    }
  });

  it('month-over-month trends of the team figures, a falling complaint rate counted as better', () => {
    for (const k of [...KPIS, 'inquiries'] as const) {
      const trend = report.trends.find((t) => t.kpi === k && t.kind === 'month')!;
      assert.ok(trend, `trend of ${k}`);
      const expected = team.months.map((m) => {
        const rows = byMonth.get(m)!;
        return k === 'inquiries' ? rows.reduce((s, r) => s + r.inquiries, 0) : weighted(rows, (r) => r[k]);
      });
      assert.deepEqual(trend.points.map((p) => p.period), team.months);
      trend.points.forEach((p, i) => close(p.value, expected[i], `${k} ${p.period}`));
      trend.changes.forEach((c, i) => {
        const delta = expected[i + 1] - expected[i];
        close(c.delta, delta, `${k} change ${c.from}→${c.to}`);
        const verdict = k === 'inquiries' ? 'neutral' : (delta < 0) === LOWER_IS_BETTER.has(k) ? 'better' : 'worse';
        assert.equal(c.verdict, verdict, `${k} ${c.from}→${c.to}`);
        assert.ok(!c.gap);
        // A total is compared with one over a different number of summaries: said so, not judged.
        const [na, nb] = [byMonth.get(team.months[i])!.length, byMonth.get(team.months[i + 1])!.length];
        if (k === 'inquiries' && na !== nb) assert.deepEqual(c.contributors, { from: na, to: nb }, `${c.from}→${c.to}`);
        else assert.equal(c.contributors, undefined, `${k} ${c.from}→${c.to}`);
      });
      trend.points.forEach((pt, i) => assert.equal(pt.n, byMonth.get(team.months[i])!.length, `${k} ${pt.period} n`));
      // Each person's own series, with null where they did not hand in.
      for (const p of team.people) {
        const series = trend.perRow[p.name];
        assert.equal(series.length, team.months.length);
        team.months.forEach((m, i) => {
          const t = byMonth.get(m)!.find((r) => r.person === p.name);
          if (t) close(series[i] ?? undefined, k === 'inquiries' ? t.inquiries : t[k], `${p.name} ${k} ${m}`);
          else assert.equal(series[i], null, `${p.name} ${m}: no document, no value`);
        });
      }
    }
  });

  it('quarter over quarter from the monthly summaries: complete quarters only, every document of the quarter weighed', () => {
    const quarters = [['2026-Q1', team.months.slice(0, 3)], ['2026-Q2', team.months.slice(3, 6)]] as const;
    for (const k of [...KPIS, 'inquiries'] as const) {
      const trend = report.trends.find((t) => t.kpi === k && t.kind === 'quarter')!;
      assert.ok(trend, `quarterly trend of ${k}`);
      assert.equal(trend.derivedFrom, 'month');
      assert.deepEqual(trend.points.map((p) => p.period), quarters.map((q) => q[0]));
      const expected = quarters.map(([, months]) => {
        const rows = team.truth.filter((t) => (months as readonly string[]).includes(t.month));
        return k === 'inquiries' ? rows.reduce((s, r) => s + r.inquiries, 0) : weighted(rows, (r) => r[k]);
      });
      trend.points.forEach((p, i) => close(p.value, expected[i], `${k} ${p.period}`));
      // A person's quarter: their own months, combined the same way.
      const p0 = team.people[0].name;
      const mine = team.truth.filter((t) => t.person === p0 && (quarters[0][1] as readonly string[]).includes(t.month));
      close(trend.perRow[p0][0] ?? undefined, k === 'inquiries' ? mine.reduce((s, r) => s + r.inquiries, 0) : weighted(mine, (r) => r[k]), `${p0} ${k} Q1`);
    }
    // Four months only: one complete quarter, so no quarterly trend.
    const short = buildRollup(summaries.filter((s) => s.period.normalised!.key <= team.months[3]), { locale: 'en' });
    assert.ok(!short.trends.some((t) => t.kind === 'quarter'));
  });

  it('lists who has not handed in, from their first month on, within their team', () => {
    const expected: string[] = [];
    const first = new Map<string, string>();
    for (const t of team.truth) if (!first.has(t.person) || t.month < first.get(t.person)!) first.set(t.person, t.month);
    for (const m of team.months) {
      const rows = byMonth.get(m)!;
      const teams = new Set(rows.map((r) => r.team));
      for (const p of team.people) {
        if (first.get(p.name)! <= m && teams.has(p.team) && !rows.some((r) => r.person === p.name)) expected.push(`${m} ${p.name}`);
      }
    }
    assert.ok(expected.length > 0);
    assert.deepEqual(report.missing.map((x) => `${x.period} ${x.who}`).sort(), expected.sort());
    for (const x of report.missing) assert.ok(x.lastPath, 'links to their latest document');
  });

  it('lists the incomplete documents, and only those, with their pitfalls', () => {
    const expected = team.truth.filter((t) => !t.complete).map((t) => t.file).sort();
    assert.deepEqual(report.incomplete.map((d) => d.path).sort(), expected);
    for (const d of report.incomplete) {
      assert.ok(d.score < 80);
      assert.ok(d.pitfalls.length > 0 && d.pitfalls.length <= 3);
      // Most severe first, then by line: missing-section (a hint by default,
      // docs/rules/missing-section.md) is listed unless the three places are taken before it.
      const rank = { error: 0, warning: 1, info: 2 } as const;
      const ranks = d.pitfalls.map((p) => rank[p.severity]);
      assert.deepEqual(ranks, [...ranks].sort((a, b) => a - b), 'ordered by severity');
      assert.ok(d.pitfalls.some((p) => p.rule === 'missing-section') || d.pitfalls.length === 3, d.path);
    }
  });

  it('--by team: one row per team, its figures from its own people', () => {
    const byTeam = buildRollup(summaries, { locale: 'en', by: 'team' });
    for (const table of byTeam.tables) {
      const rows = byMonth.get(table.period!.key)!;
      for (const row of table.rows) {
        const mine = rows.filter((r) => r.team === row.key);
        close(row.kpis.inquiries?.actual, mine.reduce((s, r) => s + r.inquiries, 0), `${row.key} inquiries`);
        for (const k of KPIS) close(row.kpis[k]?.actual, weighted(mine, (r) => r[k]), `${row.key} ${k}`);
      }
      close(table.aggregate.satisfaction?.value, weighted(rows, (r) => r.satisfaction), 'team table aggregate');
    }
  });

  it('--by period: one row per month with the team figure', () => {
    const byPeriod = buildRollup(summaries, { locale: 'en', by: 'period' });
    assert.equal(byPeriod.tables.length, 1);
    const table = byPeriod.tables[0];
    assert.equal(table.kind, 'month');
    assert.deepEqual(table.rows.map((r) => r.key), team.months);
    for (const row of table.rows) {
      const rows = byMonth.get(row.key)!;
      close(row.kpis.complaint_rate?.actual, weighted(rows, (r) => r.complaint_rate), `${row.key} complaint rate`);
    }
    close(table.aggregate.inquiries?.value, team.truth.reduce((s, r) => s + r.inquiries, 0), 'all inquiries');
  });

  it('does not depend on the order the summaries arrive in (workers finish in any order)', () => {
    const shuffled = [...summaries].reverse();
    assert.deepEqual(buildRollup(shuffled, { locale: 'en' }), report);
  });
});
