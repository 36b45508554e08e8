// Every rule is documented in docs/rules/<id>.md, and the examples on those pages are the rule's tests:
// each `fail` example must be caught (with a message in the example's language), each `pass` example
// must not be, and quick fixes must edit only what they say and settle after one pass.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync, existsSync } from 'node:fs';
import { join, basename } from 'node:path';
import { analyze, lint } from '../../src/core/analyze';
import { applyEdits, applyFixes } from '../../src/core/fixes';
import { RULES } from '../../src/core/rules';
import type { Finding, Locale } from '../../src/core/types';

const DOCS = join(__dirname, '..', '..', 'docs', 'rules');
const LOCALES: Locale[] = ['zh-CN', 'zh-TW', 'en'];
const NOW = new Date('2026-11-23');
const TOO_LARGE = 'document-too-large';

interface Example {
  kind: 'fail' | 'pass';
  locale: Locale;
  text: string;
  /** 1-based line of the opening fence in the page, for messages. */
  line: number;
  /** The plan the example follows (a ```markdown plan <locale>``` block above it), passed as the linked plan. */
  plan?: string;
}

interface Page {
  id: string;
  file: string;
  source: string;
  examples: Example[];
}

/**
 * Fenced blocks whose info string is exactly `markdown fail|pass <locale>`. A `markdown plan <locale>`
 * block is the linked plan of the examples of that locale after it (rules that compare a summary with
 * the plan it follows).
 */
function extractExamples(source: string): Example[] {
  const out: Example[] = [];
  const plans: Partial<Record<Locale, string>> = {};
  const lines = source.split(/\r?\n/);
  for (let i = 0; i < lines.length; i++) {
    const open = /^(`{3,}|~{3,})(.*)$/.exec(lines[i]);
    if (!open) continue;
    const fence = open[1];
    const info = open[2].trim();
    let j = i + 1;
    const close = new RegExp(`^${fence[0] === '`' ? '`' : '~'}{${fence.length},}\\s*$`);
    while (j < lines.length && !close.test(lines[j])) j++;
    const m = /^markdown (fail|pass|plan) (zh-CN|zh-TW|en)$/.exec(info);
    const body = lines.slice(i + 1, j).join('\n') + '\n';
    if (m && m[1] === 'plan') plans[m[2] as Locale] = body;
    else if (m) out.push({ kind: m[1] as Example['kind'], locale: m[2] as Locale, text: body, line: i + 1, ...(plans[m[2] as Locale] ? { plan: plans[m[2] as Locale] } : {}) });
    else assert.ok(!/\b(fail|pass)\b/.test(info) || !/^markdown\b/.test(info), `malformed example info string "${info}"`);
    i = j;
  }
  return out;
}

function loadPages(): Page[] {
  return readdirSync(DOCS)
    .filter((f) => f.endsWith('.md') && f !== 'README.md')
    .map((f) => {
      const source = readFileSync(join(DOCS, f), 'utf8');
      return { id: basename(f, '.md'), file: join('docs/rules', f), source, examples: extractExamples(source) };
    });
}

// ── Scripts ────────────────────────────────────────────────────────────────────────────────────
// Pairs of characters that differ between Simplified and Traditional Chinese (simplified first).
const PAIRS =
  '这這为為们們时時间間项項没沒责責务務实實标標数數据據进進关關发發开開问問题題处處应應与與设設计計资資检檢查查产產门門说說请請划劃馈饋阶階节節监監写寫终終导導对對结結总總录錄准準键鍵条條类類规規范範动動级級议議现現业業报報过過运運态態况況员員负負执執证證训訓练練个個无無让讓认認识識记記读讀论論语語错錯长長满滿诉訴单單话話质質团團队隊组組织織户戶顾顧归歸该該统統环環闭閉复復盘盤访訪续續优優测測档檔确確须須达達页頁边邊见見观觀选選转轉际際线線种種险險价價评評会會频頻误誤缺缺岗崗职職视視头頭后後点點尽盡画畫栏欄称稱将將体體机機构構于於这這从從来來还還样樣经經内內务務当當么麼现現满滿阶階标標难難确確补補欢歡较較应應时時项項'
    .match(/../g)!
    .filter((p) => p[0] !== p[1]);
const SIMPLIFIED = new Set(PAIRS.map((p) => p[0]));
const TRADITIONAL = new Set(PAIRS.map((p) => p[1]));
// Words that differ by vocabulary rather than by character (字段 / 欄位).
const VOCABULARY: Record<'zh-CN' | 'zh-TW', RegExp> = { 'zh-CN': /字段|信息|默认|视频|软件/, 'zh-TW': /欄位|資訊|預設|影片|軟體/ };
const CJK = /[\u3400-\u9fff\uf900-\ufaff]/;

/** The message without the user's own words, which are quoted and may be in any script. */
function ownWords(message: string): string {
  return message.replace(/“[^”]*”|「[^」]*」|"[^"]*"|`[^`]*`|‘[^’]*’|'[^']*'/g, ' ');
}

/**
 * The message is in the locale's language: English has no Chinese outside quotes; Chinese has Chinese, no
 * character of the other script outside quotes, and (when `distinctive`) at least one character of its own script.
 */
function assertScript(message: string, locale: Locale, where: string, distinctive = true): void {
  const own = [...ownWords(message)];
  if (locale === 'en') {
    assert.ok(!own.some((c) => CJK.test(c)), `${where}: English message has Chinese outside quotes: ${message}`);
    return;
  }
  assert.ok(own.some((c) => CJK.test(c)), `${where}: ${locale} message has no Chinese: ${message}`);
  const [mine, other] = locale === 'zh-CN' ? [SIMPLIFIED, TRADITIONAL] : [TRADITIONAL, SIMPLIFIED];
  const wrong = own.filter((c) => other.has(c));
  assert.deepEqual(wrong, [], `${where}: ${locale} message uses characters of the other script (${wrong.join('')}): ${message}`);
  // Outside quotes a message may read the same in both scripts (「客戶回饋分析」部分是空的): the part
  // names it quotes are the engine's own words, so the whole message must show its script somewhere.
  if (distinctive) assert.ok([...message].some((c) => mine.has(c)) || VOCABULARY[locale].test(message), `${where}: ${locale} message shows no character specific to its script: ${message}`);
}

function ofRule(findings: Finding[], id: string): Finding[] {
  return findings.filter((f) => f.rule === id);
}

function linkedTo(plan: string | undefined) {
  return plan === undefined ? {} : { linked: { plan: { uri: 'plan.md', text: plan } } };
}

function run(text: string, locale: Locale, plan?: string): Finding[] {
  return lint(text, { locale, now: NOW, ...linkedTo(plan) });
}

function preferred(f: Finding) {
  return f.fixes?.find((x) => x.preferred) ?? f.fixes?.[0];
}

// ── The tests ──────────────────────────────────────────────────────────────────────────────────

const pages = loadPages();
const byId = new Map(pages.map((p) => [p.id, p]));

describe('rule documentation (docs/rules)', () => {
  it('has a page for every rule and for document-too-large, and no page for an unknown rule', () => {
    for (const r of RULES) assert.ok(byId.has(r.id), `docs/rules/${r.id}.md is missing`);
    assert.ok(byId.has(TOO_LARGE), `docs/rules/${TOO_LARGE}.md is missing`);
    const known = new Set([...RULES.map((r) => r.id), TOO_LARGE]);
    for (const p of pages) assert.ok(known.has(p.id), `${p.file} documents no rule of the catalogue`);
  });

  it('every rule page has a fail and a pass example in zh-CN, zh-TW and en', () => {
    for (const r of RULES) {
      const page = byId.get(r.id);
      if (!page) continue; // reported above
      for (const locale of LOCALES)
        for (const kind of ['fail', 'pass'] as const)
          assert.ok(
            page.examples.some((e) => e.kind === kind && e.locale === locale),
            `${page.file} has no \`\`\`markdown ${kind} ${locale} example`,
          );
    }
  });

  it('each page states the default severity of its rule, and the catalogue lists them all', () => {
    const readme = readFileSync(join(DOCS, 'README.md'), 'utf8');
    for (const r of RULES) {
      const page = byId.get(r.id);
      assert.ok(page, r.id);
      assert.match(page.source, new RegExp(`^# \`?${r.id}\`?`, 'm'), `${page.file}: title`);
      assert.match(page.source, new RegExp(`\\*\\*Default severity:\\*\\*\\s*\`${r.defaultSeverity}\``), `${page.file}: default severity ${r.defaultSeverity}`);
      assert.match(page.source, new RegExp(`csplan-disable-next-line ${r.id}`), `${page.file}: inline disable comment`);
      const row = readme.split('\n').find((l) => l.startsWith('|') && l.includes(`(${r.id}.md)`));
      assert.ok(row, `README.md has no row for ${r.id}`);
      assert.ok(row.includes(`\`${r.defaultSeverity}\``), `README.md row for ${r.id} should give severity ${r.defaultSeverity}: ${row}`);
    }
    assert.ok(readme.includes(`(${TOO_LARGE}.md)`), `README.md has no row for ${TOO_LARGE}`);
  });

  for (const page of pages) {
    const rule = RULES.find((r) => r.id === page.id);
    if (!rule) continue;
    describe(page.id, () => {
      for (const ex of page.examples) {
        const where = `${page.file}:${ex.line} (${ex.kind} ${ex.locale})`;
        if (ex.kind === 'pass') {
          it(`pass ${ex.locale} (line ${ex.line}): no finding`, () => {
            const found = ofRule(run(ex.text, ex.locale, ex.plan), page.id);
            assert.deepEqual(found.map((f) => `${f.range.start.line}: ${f.message}`), [], `${where}: expected no ${page.id} finding`);
          });
          continue;
        }
        it(`fail ${ex.locale} (line ${ex.line}): caught, with a message in ${ex.locale}`, () => {
          const found = ofRule(run(ex.text, ex.locale, ex.plan), page.id);
          assert.ok(found.length > 0, `${where}: expected a ${page.id} finding, got none`);
          for (const f of found) {
            assertScript(f.message, ex.locale, where);
            assert.equal(f.severity, rule.defaultSeverity, `${where}: severity`);
            assert.ok(f.range.start.offset <= f.range.end.offset && f.range.end.offset <= ex.text.length, `${where}: range inside the text`);
          }
          // The same text in the other locales: each gives the same findings, worded differently.
          for (const other of LOCALES.filter((l) => l !== ex.locale)) {
            const again = ofRule(run(ex.text, other, ex.plan), page.id);
            assert.equal(again.length, found.length, `${where}: ${other} gives another number of findings`);
            again.forEach((f, i) => {
              assertScript(f.message, other, `${where} read in ${other}`);
              assert.notEqual(f.message, found[i].message, `${where}: the ${other} message equals the ${ex.locale} one`);
            });
          }
        });
        // Fix tests only where the example's findings offer fixes (whether a rule has fixes at all is
        // checked against the page below).
        if (!ofRule(run(ex.text, ex.locale, ex.plan), page.id).some((f) => preferred(f))) continue;
        it(`fail ${ex.locale} (line ${ex.line}): quick fixes edit only their range and settle in one pass`, () => {
          const found = ofRule(run(ex.text, ex.locale, ex.plan), page.id);
          const fixable = found.filter((f) => preferred(f));
          assert.ok(fixable.length > 0);
          for (const f of fixable) {
            const fix = preferred(f)!;
            assert.ok(fix.title.trim().length > 0, `${where}: fix title`);
            // Titles such as 在文末插入“执行保障”部分 read the same in both scripts outside the quotes.
            assertScript(fix.title, ex.locale, `${where} fix title`, false);
            const out = applyEdits(ex.text, fix.edits);
            assert.notEqual(out, ex.text, `${where}: the fix "${fix.title}" changes nothing`);
            const start = Math.min(...fix.edits.map((e) => e.start));
            const end = Math.max(...fix.edits.map((e) => e.end));
            assert.ok(out.startsWith(ex.text.slice(0, start)), `${where}: the fix "${fix.title}" changed text before its range`);
            assert.ok(out.endsWith(ex.text.slice(end)), `${where}: the fix "${fix.title}" changed text after its range`);
          }
          const once = applyFixes(ex.text, found);
          assert.notEqual(once, ex.text);
          const second = ofRule(analyze(once, { locale: ex.locale, now: NOW, ...linkedTo(ex.plan) }).findings, page.id);
          const twice = applyFixes(once, second);
          assert.equal(twice, once, `${where}: a second pass of ${page.id} fixes changed the text again`);
        });
      }
      it('the page says whether a quick fix exists, and the examples agree', () => {
        const m = /\*\*Quick fix:\*\*\s*(yes|no)\b/i.exec(page.source);
        assert.ok(m, `${page.file}: a "**Quick fix:** yes|no" line`);
        const hasFix = page.examples.filter((e) => e.kind === 'fail').some((e) => ofRule(run(e.text, e.locale, e.plan), page.id).some((f) => f.fixes?.length));
        assert.equal(hasFix, m[1].toLowerCase() === 'yes', `${page.file}: says quick fix ${m[1]}, examples ${hasFix ? 'have' : 'have no'} fixes`);
      });
    });
  }

  describe(TOO_LARGE, () => {
    const body = ['# 2026 年 10 月客服工作总结', '', '## 服务数据统计', '', '本月受理咨询 3,200 件，满意度 95.1%。', ''].join('\n');
    const big = body + '\n' + '- 本月完成回访 120 件，满意度 95.1%。\n'.repeat(200);
    it('is reported, in each language, when the document exceeds maxBytes', () => {
      const messages: string[] = [];
      for (const locale of LOCALES) {
        const found = lint(big, { locale, now: NOW, config: { maxBytes: 2048 } }).filter((f) => f.rule === TOO_LARGE);
        assert.equal(found.length, 1, locale);
        assertScript(found[0].message, locale, `${TOO_LARGE} ${locale}`);
        assert.ok(found[0].range.start.offset <= 2048, 'sits where the analysis stopped');
        messages.push(found[0].message);
      }
      assert.equal(new Set(messages).size, 3);
    });
    it('is not reported under the limit', () => {
      assert.equal(lint(big, { locale: 'en', now: NOW }).filter((f) => f.rule === TOO_LARGE).length, 0);
      assert.equal(lint(body, { locale: 'en', now: NOW, config: { maxBytes: 2048 } }).filter((f) => f.rule === TOO_LARGE).length, 0);
    });
    it('has a page', () => {
      assert.ok(existsSync(join(DOCS, `${TOO_LARGE}.md`)));
    });
  });
});
