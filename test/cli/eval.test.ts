// scripts/eval.mjs: the scoring itself, against a small labelled folder and a library whose findings
// are known, so every count can be checked by hand.
import { strict as assert } from 'node:assert';
import { spawnSync } from 'node:child_process';
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { ROOT, TempDir } from './helpers';

const EXPECTED = {
  '01-a.md': [
    { rule: 'vague-deadline', line: 10, why: 'matched at distance 3' },
    { rule: 'vague-deadline', line: 20, why: 'found at line 24: too far' },
    { rule: 'missing-kpi', line: 1, why: 'document level: any line matches' },
    { rule: 'action-missing-owner', line: 30, why: 'two findings near one label: one TP, one FP' },
  ],
  '02-b.md': [],
  '03-c.md': [{ rule: 'no-analysis', line: 5, why: 'the library throws on this file' }],
};

// findings per file: [rule, line]
const FINDINGS: Record<string, [string, number][]> = {
  '01-a.md': [
    ['vague-deadline', 13],
    ['vague-deadline', 24],
    ['missing-kpi', 77],
    ['action-missing-owner', 29],
    ['action-missing-owner', 31],
    ['frontmatter-schema', 2],
  ],
  '02-b.md': [['goal-not-measurable', 4]],
};

const LIB = `
const path = require('path');
const F = ${JSON.stringify(FINDINGS)};
exports.lint = (text, { filePath }) => {
  const name = path.basename(filePath);
  if (name === '03-c.md') throw new Error('boom');
  return (F[name] || []).map(([rule, line]) => ({ rule, severity: rule === 'goal-not-measurable' ? 'info' : 'warning', message: rule + ' at ' + line,
    range: { start: { line, column: 1, offset: 0 }, end: { line, column: 2, offset: 1 } } }));
};`;

function evalRun(args: string[], env: Record<string, string> = {}) {
  return spawnSync(process.execPath, [join(ROOT, 'scripts/eval.mjs'), ...args], { cwd: ROOT, encoding: 'utf8', timeout: 60_000, env: { ...process.env, ...env } });
}

describe('npm run eval (scripts/eval.mjs)', function () {
  this.timeout(60_000);
  let tmp: TempDir;
  before(() => {
    tmp = new TempDir();
    tmp.write('corpus/expected.json', JSON.stringify(EXPECTED));
    for (const name of Object.keys(EXPECTED)) tmp.write(`corpus/${name}`, '# doc\n');
    tmp.write('corpus/notes.md', 'not NN-*.md: ignored\n');
    tmp.write('corpus/README.md', '## Rules\n\n| rule id | meaning |\n|---|---|\n| `vague-deadline` | x |\n| `missing-kpi` | x |\n| `action-missing-owner` | x |\n| `no-analysis` | x |\n| `goal-not-measurable` | x |\n');
    tmp.write('lib.cjs', LIB);
  });
  after(() => tmp.dispose());

  it('scores warnings and errors alone beside all findings; --min-severity scores only those', () => {
    const r = evalRun([tmp.file('corpus'), '--json', '--lib', tmp.file('lib.cjs')]);
    const out = JSON.parse(r.stdout);
    // goal-not-measurable's one finding is a hint (info): a false alarm among all findings, not among warnings.
    assert.deepEqual([out.overall.tp, out.overall.fp, out.overall.fn], [3, 3, 2]);
    assert.deepEqual([out.warningsAndErrors.overall.tp, out.warningsAndErrors.overall.fp, out.warningsAndErrors.overall.fn], [3, 2, 2]);
    const w = evalRun([tmp.file('corpus'), '--json', '--lib', tmp.file('lib.cjs'), '--min-severity', 'warning']);
    const only = JSON.parse(w.stdout);
    assert.equal(only.minSeverity, 'warning');
    assert.deepEqual([only.overall.tp, only.overall.fp, only.overall.fn], [3, 2, 2]);
    const text = evalRun([tmp.file('corpus'), '--lib', tmp.file('lib.cjs')]);
    assert.match(text.stdout, /warnings and errors only \(hints left out\): 3\/2\/2 P 0\.600 R 0\.600/);
    assert.equal(evalRun([tmp.file('corpus'), '--min-severity', 'fatal']).status, 2);
  });

  it("a README's '## Not scored' list leaves those rules out on those documents, labels and findings alike", () => {
    tmp.write('cut/expected.json', JSON.stringify(EXPECTED));
    for (const name of Object.keys(EXPECTED)) tmp.write(`cut/${name}`, '# doc\n');
    const rules = '## Rules\n\n| rule id | meaning |\n|---|---|\n| `vague-deadline` | x |\n| `missing-kpi` | x |\n| `action-missing-owner` | x |\n| `no-analysis` | x |\n| `goal-not-measurable` | x |\n';
    tmp.write('cut/README.md', `${rules}\n## Not scored\n\n- \`01-a.md\`: \`missing-kpi\`, \`action-missing-owner\` — cut\n- \`02-b.md\`: \`goal-not-measurable\` — cut\n`);
    const out = JSON.parse(evalRun([tmp.file('cut'), '--json', '--lib', tmp.file('lib.cjs')]).stdout);
    // Left: vague-deadline 1 TP 1 FP 1 FN; no-analysis 1 FN (03 throws). Gone: missing-kpi's TP, owner's TP+FP, the goal's FP.
    assert.deepEqual([out.overall.tp, out.overall.fp, out.overall.fn], [1, 1, 2]);
    const text = evalRun([tmp.file('cut'), '--verbose', '--lib', tmp.file('lib.cjs')]).stdout;
    assert.match(text, /Not scored \(\d+\)[\s\S]*01-a\.md:77:1\s+missing-kpi/);
  });

  it('--record keeps a first contact once, with the engine named, and refuses a second', () => {
    const file = tmp.file('first-contact.json');
    const env = { CSPLAN_FIRST_CONTACT: file };
    const r = evalRun([tmp.file('corpus'), '--lib', tmp.file('lib.cjs'), '--record', '--engine', 'abc1234'], env);
    assert.match(r.stderr, /recorded the first contact/);
    const kept = JSON.parse(readFileSync(file, 'utf8'));
    assert.equal(kept.sets.length, 1);
    assert.equal(kept.sets[0].engine, 'abc1234');
    assert.deepEqual(kept.sets[0].overall, { tp: 3, fp: 3, fn: 2 });
    assert.deepEqual(kept.sets[0].rules['vague-deadline'], { tp: 1, fp: 1, fn: 1 });
    assert.deepEqual(kept.sets[0].warningsAndErrors.rules['goal-not-measurable'], { tp: 0, fp: 0, fn: 0 });
    const again = evalRun([tmp.file('corpus'), '--lib', tmp.file('lib.cjs'), '--record', '--engine', 'abc1234'], env);
    assert.equal(again.status, 2);
    assert.match(again.stderr, /already has a first contact with engine abc1234/);
    assert.equal(JSON.parse(readFileSync(file, 'utf8')).sets.length, 1, 'the file is unchanged');
    // Another engine, blind: kept beside it.
    assert.equal(evalRun([tmp.file('corpus'), '--lib', tmp.file('lib.cjs'), '--record', '--engine', 'def5678'], env).status, 1 /* the library throws on 03-c.md */);
    const two = JSON.parse(readFileSync(file, 'utf8'));
    assert.deepEqual(two.sets.map((s: any) => s.engine), ['abc1234', 'def5678']);
    // Once read, a set is closed to first contacts.
    two.sets[1].read = true;
    writeFileSync(file, JSON.stringify(two));
    const closed = evalRun([tmp.file('corpus'), '--lib', tmp.file('lib.cjs'), '--record', '--engine', 'fff0000'], env);
    assert.equal(closed.status, 2);
    assert.match(closed.stderr, /has been read/);
  });

  it('counts TP, FP and FN per rule with the line tolerance, document-level rules and one match per label', () => {
    const r = evalRun([tmp.file('corpus'), '--json', '--verbose', '--lib', tmp.file('lib.cjs')]);
    assert.equal(r.status, 1, 'a library that throws makes the run fail'); // 03-c.md
    const out = JSON.parse(r.stdout);
    assert.equal(out.documents, 3);
    const by = Object.fromEntries(out.rules.map((x: any) => [x.rule, x]));
    assert.deepEqual(Object.keys(by).sort(), ['action-missing-owner', 'goal-not-measurable', 'missing-kpi', 'no-analysis', 'vague-deadline']);
    assert.deepEqual([by['vague-deadline'].tp, by['vague-deadline'].fp, by['vague-deadline'].fn], [1, 1, 1]);
    assert.deepEqual([by['missing-kpi'].tp, by['missing-kpi'].fp, by['missing-kpi'].fn], [1, 0, 0]);
    assert.deepEqual([by['action-missing-owner'].tp, by['action-missing-owner'].fp, by['action-missing-owner'].fn], [1, 1, 0]);
    assert.deepEqual([by['goal-not-measurable'].tp, by['goal-not-measurable'].fp, by['goal-not-measurable'].fn], [0, 1, 0]);
    assert.deepEqual([by['no-analysis'].tp, by['no-analysis'].fp, by['no-analysis'].fn], [0, 0, 1]);
    assert.equal(by['goal-not-measurable'].recall, null, 'no labels: recall undefined');
    assert.deepEqual([out.overall.tp, out.overall.fp, out.overall.fn], [3, 3, 2]);
    assert.equal(out.overall.precision, 0.5);
    assert.equal(out.overall.recall, 0.6);
    // frontmatter-schema is not labelled: not scored, but listed.
    assert.deepEqual(out.unscored.map((f: any) => `${f.file}:${f.line} ${f.rule}`), ['01-a.md:2 frontmatter-schema']);
    assert.deepEqual(out.falseNegatives.map((f: any) => `${f.file}:${f.line} ${f.rule}`).sort(), ['01-a.md:20 vague-deadline', '03-c.md:5 no-analysis']);
    assert.equal(out.failures.length, 1);
  });

  it('prints a table with per-rule and overall precision and recall, and lists FP/FN with --verbose', () => {
    const r = evalRun([tmp.file('corpus'), '--verbose', '--lib', tmp.file('lib.cjs')]);
    assert.match(r.stdout, /^vague-deadline\s+1\s+1\s+1\s+0\.500\s+0\.500$/m);
    assert.match(r.stdout, /^overall\s+3\s+3\s+2\s+0\.500\s+0\.600\s+F1 0\.545$/m);
    assert.match(r.stdout, /False positives \(3\):\n\s+01-a\.md:24:1\s+vague-deadline/);
    assert.match(r.stdout, /False negatives \(2\):/);
    assert.match(r.stdout, /Not scored \(1\):\n\s+01-a\.md:2:1\s+frontmatter-schema/);
    assert.match(r.stderr, /lint\(\) threw on 03-c\.md/);
  });

  it('rejects a folder without expected.json and unknown options', () => {
    const r = evalRun([tmp.path, '--lib', tmp.file('lib.cjs')]);
    assert.equal(r.status, 2);
    assert.match(r.stderr, /no expected\.json/);
    assert.equal(evalRun(['--frobnicate']).status, 2);
  });
});
