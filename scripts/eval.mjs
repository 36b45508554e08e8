#!/usr/bin/env node
// Precision and recall of the linter against a labelled folder of documents.
//
// Usage: npm run eval [-- [folder] [--json] [--verbose] [--rules a,b] [--no-build]]
//   folder     a folder of `NN-*.md` documents with an `expected.json` (default ../shared/corpus)
//   --json     machine-readable output (one JSON object on stdout)
//   --verbose  list every false positive and false negative with file:line and message, and
//              the findings of rules that are not scored
//   --rules    score only these rules (comma-separated); default: the rules the labels cover
//   --no-build use dist/index.js as it is, even when it is older than the sources
//   --lib FILE use another build of the library (a CommonJS module exporting lint), e.g. to compare
//   --record   write this score into docs/first-contact.json as a first contact (refused when the
//              set has been read, or this engine already scored it); --engine NAME says
//              which engine scored it (default: the commit of HEAD, "+changes" when the tree is dirty)
//   --min-severity info|warning|error
//              score only findings at or above this default severity (default: info, i.e. all);
//              the summary always adds a line for warnings and errors alone — what the Problems
//              panel and `csplan lint`'s exit status treat as problems, hints left out
//
// A set's README may say which rules the labels cover ("## Rules", a table of `rule-id` rows) and
// which rules its writer left unlabelled on a document ("## Not scored": "- `NN-name.md`: `rule-id`
// — why", e.g. a real page cut short has no missing-section label); those findings are not scored.
//
// Matching (see the corpus README): a finding matches a label with the same file and rule and a
// line within 3; for document-level rules, the same file and rule alone. Each label is matched at
// most once, each finding at most once (a maximum matching, so the order of findings does not
// change the score).
import { execFileSync } from 'node:child_process';
import { existsSync, readFileSync, readdirSync, statSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join, resolve, basename, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const LINE_TOLERANCE = 3;
// Document-level rules (matched by file and rule, not line) come from the library's RULES; this list
// only serves a --lib build that does not export them.
const DOCUMENT_LEVEL_FALLBACK = new Set([
  'missing-kpi',
  'no-analysis',
  'no-execution-guarantee',
  'no-improvement-loop',
  'uncategorized-problems',
  'missing-section',
]);

function usage(code) {
  const text = `Usage: npm run eval -- [folder] [--json] [--verbose] [--rules a,b] [--no-build]
  folder      labelled documents (NN-*.md + expected.json); default ../shared/corpus
  --json      print one JSON object (per-rule and overall counts, precision, recall)
  --verbose   list each false positive / false negative, and unscored findings
  --rules     comma-separated rule ids to score (default: the rules the labels cover)
  --no-build  do not rebuild dist/index.js when it is missing or older than src/
  --lib FILE  score another build of the library (CommonJS, exports lint)
  --min-severity info|warning|error   score only findings at or above this severity
  --record    keep this score as the set's first contact in docs/first-contact.json
  --engine N  the engine's name for --record (default: HEAD's commit)`;
  (code ? process.stderr : process.stdout).write(text + '\n');
  process.exit(code);
}

function parseArgs(argv) {
  const opts = { folder: undefined, json: false, verbose: false, rules: undefined, build: true, lib: undefined, minSeverity: 'info', record: false, engine: undefined };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--json') opts.json = true;
    else if (a === '--verbose' || a === '-v') opts.verbose = true;
    else if (a === '--no-build') opts.build = false;
    else if (a === '--record') opts.record = true;
    else if (a === '--engine' || a.startsWith('--engine=')) {
      opts.engine = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!opts.engine) usage(2);
    }
    else if (a === '--help' || a === '-h') usage(0);
    else if (a === '--lib' || a.startsWith('--lib=')) {
      opts.lib = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!opts.lib) usage(2);
    } else if (a === '--min-severity' || a.startsWith('--min-severity=')) {
      opts.minSeverity = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!(opts.minSeverity in SEVERITY_RANK)) usage(2);
    } else if (a === '--rules' || a.startsWith('--rules=')) {
      const v = a.includes('=') ? a.slice(a.indexOf('=') + 1) : argv[++i];
      if (!v) usage(2);
      opts.rules = v.split(',').map((s) => s.trim()).filter(Boolean);
    } else if (a.startsWith('-')) {
      process.stderr.write(`eval: unknown option ${a}\n`);
      usage(2);
    } else if (opts.folder === undefined) opts.folder = a;
    else {
      process.stderr.write(`eval: more than one folder given (${opts.folder}, ${a})\n`);
      usage(2);
    }
  }
  return opts;
}

/** Newest modification time of any file under `dir` (0 when it does not exist). */
function newestMtime(dir) {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  const stack = [dir];
  while (stack.length) {
    const d = stack.pop();
    for (const e of readdirSync(d, { withFileTypes: true })) {
      const p = join(d, e.name);
      if (e.isDirectory()) stack.push(p);
      else if (e.isFile()) newest = Math.max(newest, statSync(p).mtimeMs);
    }
  }
  return newest;
}

/** Builds dist/index.js alone (same options as scripts/build.mjs) when missing or stale. */
async function ensureLibrary(build) {
  const out = join(ROOT, 'dist/index.js');
  const have = existsSync(out);
  if (!build) {
    if (!have) throw new Error('dist/index.js is missing; run `npm run build` (or drop --no-build)');
    return out;
  }
  const srcNewest = Math.max(newestMtime(join(ROOT, 'src/core')), statSync(join(ROOT, 'src/index.ts')).mtimeMs);
  if (have && statSync(out).mtimeMs >= srcNewest) return out;
  const esbuild = await import('esbuild');
  try {
    await esbuild.build({
      entryPoints: [join(ROOT, 'src/index.ts')],
      outfile: out,
      bundle: true,
      minify: false,
      platform: 'node',
      format: 'cjs',
      target: 'es2022',
      logLevel: 'silent',
      legalComments: 'none',
      loader: { '.json': 'json' },
    });
  } catch (e) {
    if (!have) throw e;
    process.stderr.write(`eval: rebuilding dist/index.js failed, using the existing build:\n${e.message}\n`);
  }
  return out;
}

/** The rule ids listed in the `## Rules` table of the folder's README, if any. */
function rulesFromReadme(folder) {
  const p = join(folder, 'README.md');
  if (!existsSync(p)) return [];
  const text = readFileSync(p, 'utf8');
  const m = /^##\s+Rules\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(text);
  if (!m) return [];
  const ids = [];
  for (const line of m[1].split('\n')) {
    const r = /^\|\s*`([a-z][a-z0-9-]*)`\s*\|/.exec(line);
    if (r) ids.push(r[1]);
  }
  return ids;
}

/**
 * The README's "## Not scored" list: rules the writer did not label on a document, and says so, e.g.
 * a real page the stored copy cuts short carries no `missing-section` label (its missing parts may be
 * on the page). One bullet a document: "- `03-name.md`: `missing-section`, `missing-kpi` — why".
 * Findings of those rules on that document are shown as not scored, not as false alarms.
 */
function notScoredFromReadme(folder) {
  const p = join(folder, 'README.md');
  const out = new Map();
  if (!existsSync(p)) return out;
  const m = /^##\s+Not scored\s*$([\s\S]*?)(?=^##\s|(?![\s\S]))/m.exec(readFileSync(p, 'utf8'));
  if (!m) return out;
  for (const line of m[1].split('\n')) {
    const r = /^\s*[-*]\s+`([^`]+\.md)`\s*:\s*((?:`[a-z][a-z0-9-]*`[\s,]*)+)/.exec(line);
    if (!r) continue;
    const ids = [...r[2].matchAll(/`([a-z][a-z0-9-]*)`/g)].map((x) => x[1]);
    out.set(r[1], new Set([...(out.get(r[1]) ?? []), ...ids]));
  }
  return out;
}

/**
 * Maximum bipartite matching between findings and labels (Kuhn's augmenting paths; the lists are
 * short). Returns, for each label, the index of the matched finding or -1.
 */
function match(findings, labels, documentLevel) {
  const compatible = (f, l) => documentLevel || Math.abs(f.line - l.line) <= LINE_TOLERANCE;
  const labelOf = new Array(findings.length).fill(-1);
  const findingOf = new Array(labels.length).fill(-1);
  // Try closest pairs first so that, among maximum matchings, near lines pair up.
  const order = labels.map((l, li) =>
    findings
      .map((f, fi) => ({ fi, d: Math.abs(f.line - l.line) }))
      .filter(({ fi }) => compatible(findings[fi], l))
      .sort((a, b) => a.d - b.d)
      .map((x) => x.fi),
  );
  const tryLabel = (li, seen) => {
    for (const fi of order[li]) {
      if (seen.has(fi)) continue;
      seen.add(fi);
      if (labelOf[fi] === -1 || tryLabel(labelOf[fi], seen)) {
        labelOf[fi] = li;
        findingOf[li] = fi;
        return true;
      }
    }
    return false;
  };
  for (let li = 0; li < labels.length; li++) tryLabel(li, new Set());
  return findingOf;
}

// The language of a document, judged here on its own (not by the library under test): English when
// it has few Chinese characters, else Traditional or Simplified by which form of common characters
// that differ between the scripts it uses more.
const SIMPLIFIED = '们这个为与务对时来发说会后门问题体处过还进应经质电话据计划总结满识议标执负责线让务实现';
const TRADITIONAL = '們這個為與務對時來發說會後門問題體處過還進應經質電話據計劃總結滿識議標執負責線讓務實現';
function documentLanguage(text) {
  const han = (text.match(/[\u4e00-\u9fff]/g) ?? []).length;
  const latin = (text.match(/[A-Za-z]+/g) ?? []).length;
  if (han < 50 || han < latin) return 'en';
  let simp = 0;
  let trad = 0;
  for (const c of text) {
    const i = SIMPLIFIED.indexOf(c);
    const j = TRADITIONAL.indexOf(c);
    if (i >= 0 && TRADITIONAL[i] !== c) simp++;
    if (j >= 0 && SIMPLIFIED[j] !== c) trad++;
  }
  return trad > simp ? 'zh-TW' : 'zh-CN';
}

const SEVERITY_RANK = { info: 0, warning: 1, error: 2 };

const ratio = (a, b) => (b === 0 ? null : a / b);
const fmt = (x) => (x === null ? '   —  ' : x.toFixed(3).padStart(6));

// CSPLAN_FIRST_CONTACT: another file, for eval's own tests.
const FIRST_CONTACT = process.env.CSPLAN_FIRST_CONTACT || join(ROOT, 'docs/first-contact.json');

/** The engine that is scoring: HEAD's short commit, marked when the working tree has changes. */
function headEngine() {
  const git = (args) => execFileSync('git', args, { cwd: ROOT, encoding: 'utf8' }).trim();
  try {
    const commit = git(['rev-parse', '--short=7', 'HEAD']);
    const dirty = git(['status', '--porcelain', '--', 'src']).length > 0;
    return dirty ? `${commit}+changes` : commit;
  } catch {
    return 'unknown';
  }
}

/**
 * Keeps a set's first-contact score (per rule, overall, per language; all findings and warnings
 * and errors alone). The file is the evidence behind each rule's default severity
 * (test/unit/severity-policy.test.ts), so a set is recorded once and never rescored into it.
 */
function recordFirstContact(folder, opts, score) {
  const file = existsSync(FIRST_CONTACT) ? JSON.parse(readFileSync(FIRST_CONTACT, 'utf8')) : { sets: [] };
  const set = relative(ROOT, folder).split('\\').join('/');
  // A set can be scored blind by more than one engine (say, the engine when it arrived and the one
  // merged after it, neither changed for it), but never once someone has read its false alarms
  // (`"read": true`), and never twice by one engine.
  const engine = opts.engine ?? headEngine();
  const earlier = file.sets.filter((s) => s.set === set);
  if (earlier.some((s) => s.read)) {
    throw new Error(`${set} has been read (docs/first-contact.json): it no longer measures a first contact`);
  }
  if (earlier.some((s) => s.engine === engine)) {
    throw new Error(`${set} already has a first contact with engine ${engine} in docs/first-contact.json`);
  }
  const counts = (rows) => Object.fromEntries(rows.map((r) => [r.rule, { tp: r.tp, fp: r.fp, fn: r.fn }]));
  const pr = (o) => ({ tp: o.tp, fp: o.fp, fn: o.fn });
  file.sets.push({
    set,
    date: new Date().toISOString().slice(0, 10),
    engine,
    read: false,
    documents: score.documents,
    overall: pr(score.overall),
    languages: Object.fromEntries(score.languages.map((l) => [l.language, pr(l)])),
    rules: counts(score.rows),
    warningsAndErrors: { overall: pr(score.shown.overall), rules: counts(score.shown.rows) },
  });
  // One line a count, so the file reads as a table.
  const text = JSON.stringify(file, null, 2).replace(
    /\{\n\s+"tp": (\d+),\n\s+"fp": (\d+),\n\s+"fn": (\d+)\n\s+\}/g,
    '{ "tp": $1, "fp": $2, "fn": $3 }',
  );
  writeFileSync(FIRST_CONTACT, text + '\n');
  process.stderr.write(`eval: recorded the first contact of ${set} (engine ${file.sets.at(-1).engine}) in docs/first-contact.json\n`);
}

async function main() {
  const opts = parseArgs(process.argv.slice(2));
  const folder = resolve(opts.folder ?? join(ROOT, '../shared/corpus'));
  if (!existsSync(folder) || !statSync(folder).isDirectory()) throw new Error(`not a folder: ${folder}`);
  const expectedPath = join(folder, 'expected.json');
  if (!existsSync(expectedPath)) throw new Error(`no expected.json in ${folder}`);
  const expected = JSON.parse(readFileSync(expectedPath, 'utf8'));

  const libPath = opts.lib ? resolve(opts.lib) : await ensureLibrary(opts.build);
  const require = createRequire(import.meta.url);
  const lib = require(libPath);
  if (typeof lib.lint !== 'function') throw new Error(`${libPath} does not export lint()`);
  const documentLevel = Array.isArray(lib.RULES) ? new Set(lib.RULES.filter((r) => r.documentLevel).map((r) => r.id)) : DOCUMENT_LEVEL_FALLBACK;

  const files = readdirSync(folder)
    .filter((n) => /^\d{2,}-.*\.md$/.test(n))
    .sort();
  if (!files.length) throw new Error(`no NN-*.md documents in ${folder}`);

  const labelled = new Set();
  for (const list of Object.values(expected)) for (const l of list) labelled.add(l.rule);
  const scored = new Set(opts.rules ?? [...new Set([...rulesFromReadme(folder), ...labelled])]);

  const notScored = notScoredFromReadme(folder);
  const unscored = [];
  const failures = [];
  const warnings = [];
  let totalMs = 0;
  const documents = [];

  for (const name of files) {
    const labels = expected[name];
    if (!labels) warnings.push(`${name} has no entry in expected.json: treated as clean`);
    const text = readFileSync(join(folder, name), 'utf8').replace(/^\uFEFF/, '');
    let findings;
    const t0 = performance.now();
    try {
      findings = lib.lint(text, { filePath: join(folder, name) });
    } catch (e) {
      failures.push({ file: name, error: String(e && e.stack ? e.stack : e) });
      findings = [];
    }
    totalMs += performance.now() - t0;
    const flat = findings.map((f) => ({
      file: name,
      rule: f.rule,
      line: f.range.start.line,
      column: f.range.start.column,
      severity: f.severity,
      message: f.message,
    }));
    const skip = notScored.get(name) ?? new Set();
    for (const f of flat) if (!scored.has(f.rule) || skip.has(f.rule)) unscored.push(f);
    documents.push({
      name,
      labels: (labels ?? []).filter((l) => !skip.has(l.rule)),
      flat: flat.filter((f) => !skip.has(f.rule)),
      language: documentLanguage(text),
    });
  }

  /** Scores the findings at or above `minRank` (SEVERITY_RANK) against every label. */
  function scoreAt(minRank) {
    const perRule = new Map();
    const counts = (rule) => {
      if (!perRule.has(rule)) perRule.set(rule, { tp: 0, fp: 0, fn: 0 });
      return perRule.get(rule);
    };
    for (const r of scored) counts(r);
    const falsePositives = [];
    const falseNegatives = [];
    const perLanguage = new Map();
    for (const { name, labels, flat, language } of documents) {
      if (!perLanguage.has(language)) perLanguage.set(language, { documents: 0, tp: 0, fp: 0, fn: 0 });
      const lang = perLanguage.get(language);
      lang.documents++;
      for (const rule of scored) {
        const fs = flat.filter((f) => f.rule === rule && (SEVERITY_RANK[f.severity] ?? 0) >= minRank);
        const ls = labels.filter((l) => l.rule === rule).map((l) => ({ ...l, file: name }));
        const m = match(fs, ls, documentLevel.has(rule));
        const c = counts(rule);
        const usedFindings = new Set(m.filter((x) => x >= 0));
        ls.forEach((l, li) => {
          if (m[li] >= 0) {
            c.tp++;
            lang.tp++;
          } else {
            c.fn++;
            lang.fn++;
            falseNegatives.push(l);
          }
        });
        fs.forEach((f, fi) => {
          if (!usedFindings.has(fi)) {
            c.fp++;
            lang.fp++;
            falsePositives.push(f);
          }
        });
      }
    }
    const rows = [...perRule.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([rule, c]) => ({
        rule,
        ...c,
        precision: ratio(c.tp, c.tp + c.fp),
        recall: ratio(c.tp, c.tp + c.fn),
      }));
    const tot = rows.reduce((a, r) => ({ tp: a.tp + r.tp, fp: a.fp + r.fp, fn: a.fn + r.fn }), { tp: 0, fp: 0, fn: 0 });
    const overall = { ...tot, precision: ratio(tot.tp, tot.tp + tot.fp), recall: ratio(tot.tp, tot.tp + tot.fn) };
    overall.f1 =
      overall.precision === null || overall.recall === null || overall.precision + overall.recall === 0
        ? null
        : (2 * overall.precision * overall.recall) / (overall.precision + overall.recall);
    const languages = [...perLanguage.entries()]
      .sort(([a], [b]) => a.localeCompare(b))
      .map(([language, c]) => ({ language, ...c, precision: ratio(c.tp, c.tp + c.fp), recall: ratio(c.tp, c.tp + c.fn) }));
    return { rows, overall, languages, falsePositives, falseNegatives };
  }

  const { rows, overall, languages, falsePositives, falseNegatives } = scoreAt(SEVERITY_RANK[opts.minSeverity]);
  // What a writer is warned about: findings shown as warnings or errors, hints (info) left out.
  const shown = scoreAt(SEVERITY_RANK.warning);

  if (opts.record) recordFirstContact(folder, opts, { documents: files.length, rows, overall, languages, shown });

  if (opts.json) {
    const out = {
      folder,
      documents: files.length,
      lintMs: Math.round(totalMs),
      rules: rows,
      minSeverity: opts.minSeverity,
      overall,
      languages,
      warningsAndErrors: { overall: shown.overall, languages: shown.languages, rules: shown.rows },
      failures,
      warnings,
    };
    if (opts.verbose) Object.assign(out, { falsePositives, falseNegatives, unscored });
    process.stdout.write(JSON.stringify(out, null, 2) + '\n');
  } else {
    const w = Math.max(7, ...rows.map((r) => r.rule.length));
    const lines = [];
    lines.push(`${files.length} documents in ${folder} (lint: ${Math.round(totalMs)} ms)`);
    lines.push('');
    lines.push(`${'rule'.padEnd(w)}    TP    FP    FN  precision  recall`);
    for (const r of rows)
      lines.push(
        `${r.rule.padEnd(w)} ${String(r.tp).padStart(5)} ${String(r.fp).padStart(5)} ${String(r.fn).padStart(5)}     ${fmt(r.precision)}  ${fmt(r.recall)}`,
      );
    lines.push('-'.repeat(w + 41));
    lines.push(
      `${'overall'.padEnd(w)} ${String(overall.tp).padStart(5)} ${String(overall.fp).padStart(5)} ${String(overall.fn).padStart(5)}     ${fmt(overall.precision)}  ${fmt(overall.recall)}   F1 ${overall.f1 === null ? '—' : overall.f1.toFixed(3)}`,
    );
    lines.push(
      `by language: ${languages.map((l) => `${l.language} (${l.documents} docs) ${l.tp}/${l.fp}/${l.fn} P ${fmt(l.precision).trim()} R ${fmt(l.recall).trim()}`).join(' · ')}`,
    );
    if (opts.minSeverity === 'info')
      lines.push(
        `warnings and errors only (hints left out): ${shown.overall.tp}/${shown.overall.fp}/${shown.overall.fn} P ${fmt(shown.overall.precision).trim()} R ${fmt(shown.overall.recall).trim()} · ${shown.languages.map((l) => `${l.language} P ${fmt(l.precision).trim()} R ${fmt(l.recall).trim()}`).join(' · ')}`,
      );
    else lines.push(`(only findings at ${opts.minSeverity} or above were scored)`);
    if (opts.verbose) {
      const byPlace = (a, b) => a.file.localeCompare(b.file) || a.line - b.line || a.rule.localeCompare(b.rule);
      lines.push('', `False positives (${falsePositives.length}):`);
      for (const f of falsePositives.sort(byPlace)) lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}`);
      lines.push('', `False negatives (${falseNegatives.length}):`);
      for (const l of falseNegatives.sort(byPlace)) lines.push(`  ${l.file}:${l.line}  ${l.rule}  ${l.why ?? ''}`);
      lines.push('', `Not scored (${unscored.length}):`);
      for (const f of unscored.sort(byPlace)) lines.push(`  ${f.file}:${f.line}:${f.column}  ${f.rule}  ${f.message}`);
    }
    for (const w of warnings) lines.push(`warning: ${w}`);
    process.stdout.write(lines.join('\n') + '\n');
    for (const f of failures) process.stderr.write(`lint() threw on ${f.file}:\n${f.error}\n`);
  }
  process.exitCode = failures.length ? 1 : 0;
}

main().catch((e) => {
  process.stderr.write(`eval: ${e && e.message ? e.message : e}\n`);
  process.exitCode = 2;
});
