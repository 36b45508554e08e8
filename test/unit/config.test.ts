import { strict as assert } from 'node:assert';
import { mkdtempSync, mkdirSync, rmSync, writeFileSync, utimesSync, realpathSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Ajv from 'ajv';
import schema from '../../schemas/csplanrc.schema.json';
import { RULES } from '../../src/core/rules';
import { clearConfigCache, findConfigFile, loadConfigFile, loadConfigFor, mergeConfig } from '../../src/node/config';

describe('config discovery (src/node/config.ts)', () => {
  let root: string;
  const write = (rel: string, text: string) => {
    const p = join(root, rel);
    mkdirSync(join(p, '..'), { recursive: true });
    writeFileSync(p, text);
    return p;
  };
  const doc = (rel: string) => write(rel, '# doc\n');

  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'csplan-config-')));
    clearConfigCache();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('gives the defaults when there is no config file', () => {
    const r = loadConfigFor(doc('a/b/x.md'));
    // (a config above the temp folder would be found too; tmpdir() has none)
    assert.deepEqual(r, { config: {}, sources: [], errors: [] });
  });

  it('finds the nearest file upward; the nearest wins alone', () => {
    write('.csplanrc.yaml', 'rules:\n  missing-kpi: off\nlocale: zh-TW\n');
    write('team/.csplanrc.json', '{ "rules": { "vague-deadline": "error" } }');
    const inTeam = loadConfigFor(doc('team/deep/er/x.md'));
    assert.deepEqual(inTeam.config, { rules: { 'vague-deadline': 'error' } });
    assert.deepEqual(inTeam.sources, [join(root, 'team/.csplanrc.json')]);
    const elsewhere = loadConfigFor(doc('other/y.md'));
    assert.deepEqual(elsewhere.config, { rules: { 'missing-kpi': 'off' }, locale: 'zh-TW' });
    assert.equal(elsewhere.errors.length, 0);
    assert.equal(findConfigFile(join(root, 'team/deep')), join(root, 'team/.csplanrc.json'));
  });

  it('prefers .csplanrc.json, then .yaml, then .yml in one folder', () => {
    write('.csplanrc.yml', 'locale: en\n');
    write('.csplanrc.yaml', 'locale: zh-CN\n');
    assert.equal(loadConfigFor(doc('x.md')).config.locale, 'zh-CN');
    clearConfigCache();
    write('.csplanrc.json', '{"locale": "zh-TW"}');
    assert.equal(loadConfigFor(doc('x.md')).config.locale, 'zh-TW');
  });

  it('reports an unknown rule id at its line and column, suggests the near one, keeps the rest', () => {
    write('.csplanrc.yaml', ['locale: en', 'rules:', '  vague-deadline: error', '  vague-deadlines: warning', '  no-such-rule: off', ''].join('\n'));
    const r = loadConfigFor(doc('x.md'));
    assert.deepEqual(r.config, { locale: 'en', rules: { 'vague-deadline': 'error' } });
    assert.equal(r.errors.length, 2);
    const [near, far] = r.errors;
    assert.equal(near.file, join(root, '.csplanrc.yaml'));
    assert.deepEqual([near.line, near.column], [4, 3]);
    assert.match(near.message, /Unknown rule "vague-deadlines".*Did you mean "vague-deadline"/);
    assert.deepEqual([far.line, far.column], [5, 3]);
    assert.doesNotMatch(far.message, /Did you mean/);
  });

  it('reports a wrong severity at the value and drops only that setting', () => {
    write('.csplanrc.yaml', 'rules:\n  missing-kpi: fatal\n  no-analysis: { severity: loud, minItems: 3 }\n  kpi-mismatch: info\n');
    const r = loadConfigFor(doc('x.md'));
    assert.deepEqual(r.config, { rules: { 'no-analysis': { minItems: 3 }, 'kpi-mismatch': 'info' } });
    assert.equal(r.errors.length, 2);
    assert.deepEqual([r.errors[0].line, r.errors[0].column], [2, 16]);
    assert.match(r.errors[0].message, /missing-kpi.*off, info, warning, error.*"fatal"/);
    assert.equal(r.errors[1].line, 3);
    assert.match(r.errors[1].message, /no-analysis.*"loud"/);
  });

  it('reports wrong types (locale, maxBytes, requiredParts) and keeps the valid parts', () => {
    write(
      '.csplanrc.json',
      JSON.stringify({ locale: 'fr', maxBytes: 'big', requiredParts: { summary: ['data', 'bogus', 'problems'], memo: ['goals'] }, colour: 'red' }, null, 2),
    );
    const r = loadConfigFor(doc('x.md'));
    assert.deepEqual(r.config, { requiredParts: { summary: ['data', 'problems'] } });
    const msgs = r.errors.map((e) => e.message).join('\n');
    assert.match(msgs, /"locale" must be one of zh-CN, zh-TW, en \(got "fr"\)/);
    assert.match(msgs, /"maxBytes" must be a whole number/);
    assert.match(msgs, /unknown part "bogus"/);
    assert.match(msgs, /unknown document type "memo"/);
    assert.match(msgs, /Unknown setting "colour"/);
    const bogus = r.errors.find((e) => /bogus/.test(e.message))!;
    assert.equal(bogus.line, 7); // the line holding "bogus" in the pretty-printed JSON
    for (const e of r.errors) assert.ok(e.line >= 1 && e.column >= 1);
  });

  it('gives the defaults and a positioned error for a broken YAML file', () => {
    write('.csplanrc.yaml', 'rules:\n  missing-kpi: off\n  bad: [unclosed\nlocale: en\n');
    const r = loadConfigFor(doc('x.md'));
    assert.deepEqual(r.config, {});
    assert.ok(r.errors.length >= 1);
    assert.match(r.errors[0].message, /Invalid YAML.*defaults are used/);
    assert.ok(r.errors[0].line >= 3, `line ${r.errors[0].line}`);
  });

  it('gives the defaults and a positioned error for a broken JSON file', () => {
    write('.csplanrc.json', '{\n  "rules": {\n    "missing-kpi": "off",\n  }\n}\n');
    const r = loadConfigFor(doc('x.md'));
    assert.deepEqual(r.config, {});
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /Invalid JSON/);
    assert.equal(r.errors[0].line, 4);
  });

  it('treats an empty file as the defaults, without an error', () => {
    write('.csplanrc.json', '  \n');
    assert.deepEqual(loadConfigFor(doc('x.md')), { config: {}, sources: [join(root, '.csplanrc.json')], errors: [] });
    clearConfigCache();
    write('a/.csplanrc.yaml', '# nothing yet\n');
    assert.deepEqual(loadConfigFor(doc('a/x.md')).errors, []);
  });

  it('rejects a config that is not a mapping', () => {
    write('.csplanrc.yaml', '- rules\n- locale\n');
    const r = loadConfigFor(doc('x.md'));
    assert.deepEqual(r.config, {});
    assert.match(r.errors[0].message, /must be a mapping/);
  });

  it('follows extends (this file wins, rule options survive), and detects cycles and missing bases', () => {
    write('base/.csplanrc.yaml', 'locale: zh-CN\nrules:\n  vague-deadline: { severity: warning, extraWords: [回头] }\n  missing-kpi: off\n');
    write('proj/.csplanrc.json', '{ "extends": "../base/.csplanrc.yaml", "rules": { "vague-deadline": "error" } }');
    const r = loadConfigFor(doc('proj/x.md'));
    assert.deepEqual(r.errors, []);
    assert.deepEqual(r.sources, [join(root, 'base/.csplanrc.yaml'), join(root, 'proj/.csplanrc.json')]);
    assert.deepEqual(r.config, {
      locale: 'zh-CN',
      rules: { 'vague-deadline': { severity: 'error', extraWords: ['回头'] }, 'missing-kpi': { severity: 'off' } },
    });

    write('c1/.csplanrc.yaml', 'extends: ../c2/.csplanrc.yaml\nlocale: en\n');
    write('c2/.csplanrc.yaml', 'extends: ../c1/.csplanrc.yaml\nmaxBytes: 4096\n');
    const c = loadConfigFor(doc('c1/x.md'));
    assert.deepEqual(c.config, { locale: 'en', maxBytes: 4096 });
    assert.match(c.errors.map((e) => e.message).join(), /cycle/);

    write('m/.csplanrc.yaml', 'locale: en\nextends: ./nowhere.yaml\n');
    const m = loadConfigFor(doc('m/x.md'));
    assert.deepEqual(m.config, { locale: 'en' });
    assert.equal(m.errors.length, 1);
    assert.deepEqual([m.errors[0].line, m.errors[0].column], [2, 10]);
  });

  it('uses an explicit config file instead of discovery', () => {
    write('.csplanrc.yaml', 'locale: zh-CN\n');
    const explicit = write('elsewhere/custom.yaml', 'locale: zh-TW\n');
    const r = loadConfigFor(doc('x.md'), { configFile: explicit });
    assert.deepEqual(r.config, { locale: 'zh-TW' });
    assert.deepEqual(r.sources, [explicit]);
    const missing = loadConfigFile(join(root, 'nope.json'));
    assert.deepEqual(missing.config, {});
    assert.match(missing.errors[0].message, /not found/);
  });

  it('caches per directory and per file, and sees a changed file', () => {
    const cfg = write('.csplanrc.yaml', 'locale: en\n');
    const x = doc('a/x.md');
    const first = loadConfigFor(x);
    assert.equal(first.config.locale, 'en');
    writeFileSync(cfg, 'locale: zh-CN\n');
    const later = new Date(Date.now() + 5000);
    utimesSync(cfg, later, later);
    assert.equal(loadConfigFor(x).config.locale, 'zh-CN');
  });

  it('writes its errors in zh-CN and zh-TW', () => {
    write('.csplanrc.yaml', 'rules:\n  no-such-rule: off\n');
    const cn = loadConfigFor(doc('x.md'), { locale: 'zh-CN' }).errors[0].message;
    const tw = loadConfigFor(doc('x.md'), { locale: 'zh-TW' }).errors[0].message;
    assert.match(cn, /未知的规则“no-such-rule”/);
    assert.match(tw, /未知的規則「no-such-rule」/);
  });

  it('mergeConfig keeps options when only the severity changes', () => {
    assert.deepEqual(mergeConfig({ rules: { a: { severity: 'warning', x: 1 } } }, { rules: { a: 'off' } }), { rules: { a: { severity: 'off', x: 1 } } });
    assert.deepEqual(mergeConfig({ locale: 'en', maxBytes: 4096 }, { locale: 'zh-TW' }), { locale: 'zh-TW', maxBytes: 4096 });
    assert.deepEqual(mergeConfig({ rules: { a: 'error' } }, { rules: { a: { x: 2 } } }), { rules: { a: { severity: 'error', x: 2 } } });
    assert.deepEqual(mergeConfig({ requiredParts: { plan: ['goals'] } }, { requiredParts: { summary: ['data'] } }), {
      requiredParts: { plan: ['goals'], summary: ['data'] },
    });
  });
});

describe('schemas/csplanrc.schema.json', () => {
  it('lists exactly the engine rule ids', () => {
    const ids = Object.keys((schema as any).properties.rules.properties).sort();
    assert.deepEqual(ids, RULES.map((r) => r.id).sort());
  });

  it('compiles, and accepts and rejects what it should', () => {
    const validate = new Ajv({ strict: false, allErrors: true }).compile(schema);
    assert.ok(validate({ $schema: './schemas/csplanrc.schema.json', locale: 'zh-TW', rules: { 'missing-kpi': 'off', 'vague-deadline': { severity: 'error', x: 1 } }, requiredParts: { plan: ['goals', 'measures'] }, maxBytes: 1048576 }));
    assert.ok(!validate({ rules: { 'missing-kpi': 'fatal' } }));
    assert.ok(!validate({ rules: { 'not-a-rule': 'off' } }));
    assert.ok(!validate({ requiredParts: { plan: ['goal'] } }));
    assert.ok(!validate({ locale: 'fr' }));
  });

  it('has a title and description in English and Chinese for every setting', () => {
    const s = schema as any;
    for (const key of ['locale', 'rules', 'requiredParts', 'maxBytes', 'extends']) {
      const p = s.properties[key];
      assert.match(`${p.title} ${p.description}`, /[A-Za-z]{4}/, key);
      assert.match(`${p.title} ${p.description}`, /[\u4e00-\u9fff]/, key);
      assert.match(JSON.stringify(p['x-zh-TW']), /[\u4e00-\u9fff]/, key);
    }
  });
});
