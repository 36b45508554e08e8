// The extension's manifest and translations hold together: every %key% in package.json exists in the
// three package.nls files, every vscode.l10n.t() string in src/vscode has a zh-cn and zh-tw entry,
// the snippet files parse and use guessable prefixes, and the frontmatter schema compiles with Ajv.
import { strict as assert } from 'node:assert';
import { readFileSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import Ajv from 'ajv';
import { RULES } from '../../src/core/rules';

const root = path.resolve(__dirname, '..', '..');
const read = (p: string) => readFileSync(path.join(root, p), 'utf8');
const json = (p: string) => JSON.parse(read(p));

function walk(dir: string): string[] {
  return readdirSync(path.join(root, dir)).flatMap((n) => {
    const p = path.join(dir, n);
    return statSync(path.join(root, p)).isDirectory() ? walk(p) : [p];
  });
}

describe('extension manifest and translations', () => {
  const pj = json('package.json');

  it('has every %key% of package.json in package.nls.json, .zh-cn and .zh-tw', () => {
    const keys = [...JSON.stringify(pj).matchAll(/"%([^%"]+)%"/g)].map((m) => m[1]);
    assert.ok(keys.length > 20);
    for (const f of ['package.nls.json', 'package.nls.zh-cn.json', 'package.nls.zh-tw.json']) {
      const nls = json(f);
      const missing = keys.filter((k) => typeof nls[k] !== 'string' || !nls[k]);
      assert.deepEqual(missing, [], `${f} misses keys`);
    }
    const zh = json('package.nls.zh-cn.json');
    assert.match(zh['csplan.command.openPreview'], /[\u4e00-\u9fff]/);
  });

  it('offers every rule of the engine in the csplan.rules setting', () => {
    const conf = Array.isArray(pj.contributes.configuration) ? pj.contributes.configuration[0] : pj.contributes.configuration;
    assert.deepEqual(Object.keys(conf.properties['csplan.rules'].properties).sort(), RULES.map((r) => r.id).sort());
  });

  it('has every vscode.l10n.t() string of src/vscode in the three bundles', () => {
    const strings = new Set<string>();
    for (const f of walk('src/vscode').filter((f) => f.endsWith('.ts'))) {
      for (const m of read(f).matchAll(/l10n\.t\(\s*(['"`])((?:\\.|(?!\1).)*)\1/g)) strings.add(m[2].replace(/\\(['"`\\])/g, '$1'));
    }
    assert.ok(strings.size > 10);
    for (const f of ['l10n/bundle.l10n.json', 'l10n/bundle.l10n.zh-cn.json', 'l10n/bundle.l10n.zh-tw.json']) {
      const b = json(f);
      const missing = [...strings].filter((s) => typeof b[s] !== 'string');
      assert.deepEqual(missing, [], `${f} misses strings`);
      if (!f.endsWith('l10n.json')) continue;
    }
    // Placeholders survive translation.
    const cn = json('l10n/bundle.l10n.zh-cn.json');
    const tw = json('l10n/bundle.l10n.zh-tw.json');
    for (const s of strings) {
      const ph = (t: string) => (t.match(/\{\d+\}/g) ?? []).sort().join();
      assert.equal(ph(cn[s]), ph(s), `zh-cn placeholders of "${s}"`);
      assert.equal(ph(tw[s]), ph(s), `zh-tw placeholders of "${s}"`);
    }
  });

  it('contributes snippets for every part in three languages with guessable prefixes', () => {
    const files = pj.contributes.snippets.map((s: { path: string; language: string }) => {
      assert.equal(s.language, 'markdown');
      return json(s.path);
    });
    assert.equal(files.length, 3);
    for (const file of files) {
      const prefixes = Object.values(file).flatMap((s) => (s as { prefix: string[] }).prefix);
      for (const p of ['cs-kpi', 'cs-plan', 'cs-problems', 'cs-phases', 'cs-monitor']) assert.ok(prefixes.includes(p), p);
    }
    const cn = Object.values(files[0]).flatMap((s) => (s as { prefix: string[] }).prefix);
    assert.ok(cn.includes('kpi表') && cn.includes('计划表'));
    const plan = JSON.stringify(files[0]);
    assert.ok(plan.includes('责任人') && plan.includes('截止时间') && plan.includes('指标'));
  });

  it('registers the config schema for JSON and YAML, and declares web and trust support', () => {
    assert.ok(pj.contributes.jsonValidation.some((v: { url: string }) => v.url === './schemas/csplanrc.schema.json'));
    assert.ok(pj.contributes.yamlValidation.some((v: { fileMatch: string[] }) => v.fileMatch.includes('.csplanrc.yaml')));
    assert.deepEqual(pj.capabilities.untrustedWorkspaces, { supported: true });
    assert.equal(pj.capabilities.virtualWorkspaces, true);
    assert.ok(pj.browser);
    // Markdown, and the walkthrough's buttons that are not contributed commands (those activate by themselves).
    const contributed = new Set(pj.contributes.commands.map((c: { command: string }) => c.command));
    const buttons = pj.contributes.walkthroughs.flatMap((w: { steps: { completionEvents: string[] }[] }) => w.steps.flatMap((st) => st.completionEvents))
      .filter((e: string) => e.startsWith('onCommand:') && !contributed.has(e.slice('onCommand:'.length)));
    assert.deepEqual(pj.activationEvents, ['onLanguage:markdown', ...buttons]);
  });

  it('keeps node: imports out of src/vscode and src/core (the web bundle)', () => {
    const offenders = [...walk('src/vscode'), ...walk('src/core')]
      .filter((f) => f.endsWith('.ts'))
      .filter((f) => /from\s+['"](node:|fs['"]|path['"])/.test(read(f)));
    assert.deepEqual(offenders, []);
  });

  it('frontmatter schema compiles with Ajv and judges values', () => {
    const ajv = new Ajv({ strict: false, allErrors: true });
    const validate = ajv.compile(json('schemas/frontmatter.schema.json'));
    assert.ok(validate({ type: 'plan', period: '2025-Q1', kpis: { satisfaction: { baseline: 90, target: 94, unit: '%' }, 满意度_百分比: 92 } }));
    assert.ok(validate({ type: 'summary', kpis: { complaint_rate: { actual: 35, unit: '‱' }, satisfaction: { actual: 4.6, unit: 'score' } } }));
    assert.ok(!validate({ type: 'report' }));
    assert.ok(!validate({ kpis: { satisfaction: 120 } }));
    assert.ok(!validate({ kpis: { inquiries: -3 } }));
    assert.ok(!validate({ kpis: { response_time: { actual: 20, unit: 'sec' } } }));
    assert.ok(!validate({ typo: 1 }));
    // Every canonical KPI has bilingual texts and a direction where one is better.
    const kpis = json('schemas/frontmatter.schema.json').definitions.kpis.properties;
    assert.deepEqual(Object.keys(kpis).sort(), ['complaint_rate', 'first_contact_resolution', 'handle_time', 'inquiries', 'outbound_calls', 'repeat_complaint_rate', 'resolution_rate', 'response_time', 'satisfaction', 'turnover_rate']);
    for (const [k, s] of Object.entries<{ title: string; description: string; 'x-direction'?: string }>(kpis)) {
      assert.match(s.title, /[\u4e00-\u9fff].* [A-Za-z]/, k);
      assert.match(s.description, /[\u4e00-\u9fff]/, k);
      assert.match(s.description, /better|trend/, k);
      if (k !== 'inquiries') assert.ok(s['x-direction'], k);
    }
  });
});
