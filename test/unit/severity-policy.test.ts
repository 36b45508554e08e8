// A rule's default severity follows its measured precision at first contact (issue 13): a rule that
// did not reach the threshold on documents nobody had tuned it to ships as a hint (`info`), and its
// doc page says why; a rule that did may warn. The evidence is docs/first-contact.json, written by
// `npm run eval -- <set> --record` the first time a set is scored, never edited by hand.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { RULES } from '../../src/core/rules';

const ROOT = join(__dirname, '..', '..');

interface Counts { tp: number; fp: number; fn: number }
interface FirstContact { set: string; engine: string; rules: Record<string, Counts> }
interface Record_ {
  policy: { why: string; threshold: number; decidedBy: string[]; fewestFindings: number };
  sets: FirstContact[];
}

const record: Record_ = JSON.parse(readFileSync(join(ROOT, 'docs/first-contact.json'), 'utf8'));

/** Pooled first-contact counts of a rule over the given sets. */
function pooled(rule: string, sets: FirstContact[]): Counts {
  const sum = { tp: 0, fp: 0, fn: 0 };
  for (const s of sets) {
    const c = s.rules[rule];
    if (c) { sum.tp += c.tp; sum.fp += c.fp; sum.fn += c.fn; }
  }
  return sum;
}

/** The last first contact of each set (a set scored blind by two engines counts once). */
function latestPerSet(): FirstContact[] {
  const bySet = new Map<string, FirstContact>();
  for (const s of record.sets) bySet.set(s.set, s);
  return [...bySet.values()];
}

/**
 * The evidence that decides a rule: the first contacts the policy names (`set@engine`: the latest
 * sets, scored with the engine as it ships); when they hold fewer findings of the rule than
 * `fewestFindings`, the last first contact of every set, older engines included, since a handful of
 * findings says little either way.
 */
function evidenceFor(rule: string): Counts {
  const deciding = record.sets.filter((s) => record.policy.decidedBy.includes(`${s.set}@${s.engine}`));
  const counts = pooled(rule, deciding);
  return counts.tp + counts.fp < record.policy.fewestFindings ? pooled(rule, latestPerSet()) : counts;
}

describe('default severities follow first-contact precision (docs/first-contact.json)', () => {
  it('names sets that are recorded, and a threshold', () => {
    assert.ok(record.policy.threshold > 0 && record.policy.threshold <= 1);
    assert.ok(record.policy.decidedBy.length > 0);
    for (const s of record.policy.decidedBy) assert.ok(record.sets.some((x) => `${x.set}@${x.engine}` === s), `${s} is not recorded`);
  });

  it('each hint page gives the figure the record holds (node scripts/hint-pages.mjs)', () => {
    const r = spawnSync(process.execPath, [join(ROOT, 'scripts/hint-pages.mjs'), '--check'], { encoding: 'utf8' });
    assert.equal(r.status, 0, `stale "Why it is a hint" sections — run node scripts/hint-pages.mjs:\n${r.stdout}${r.stderr}`);
  });

  const measured = RULES.filter((r) => record.sets.some((s) => s.rules[r.id]));
  it('covers the rules the labelled sets score', () => {
    assert.ok(measured.length >= 10, `${measured.length} rules measured`);
  });

  for (const rule of measured) {
    const counts = evidenceFor(rule.id);
    const findings = counts.tp + counts.fp;
    if (findings === 0) continue; // never reported at first contact: no evidence either way
    const precision = counts.tp / findings;
    const page = readFileSync(join(ROOT, 'docs/rules', `${rule.id}.md`), 'utf8');
    if (precision < record.policy.threshold) {
      it(`${rule.id}: precision ${precision.toFixed(2)} (${counts.tp}/${findings}) at first contact → a hint, and its page says why`, () => {
        assert.equal(rule.defaultSeverity, 'info');
        assert.match(page, /^## Why it is a hint$/m, `docs/rules/${rule.id}.md explains the severity`);
      });
    } else {
      it(`${rule.id}: precision ${precision.toFixed(2)} (${counts.tp}/${findings}) at first contact → may warn`, () => {
        assert.notEqual(rule.defaultSeverity, 'info');
        assert.doesNotMatch(page, /^## Why it is a hint$/m);
      });
    }
  }
});
