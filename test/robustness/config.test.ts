// A broken or hostile .csplanrc: reported at its place, the defaults (or the valid part) used,
// nothing executed, nothing polluted, nothing hangs. src/node/config.ts (discovery, reading,
// validation) and src/core/config.ts (merging, severities).
import assert from 'node:assert/strict';
import { mkdtempSync, mkdirSync, realpathSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import fc from 'fast-check';
import { clearConfigCache, loadConfigFor, MAX_CONFIG_BYTES } from '../../src/node/config';
import { mergeConfigs, requiredParts, ruleOptions, ruleSeverity } from '../../src/core/config';
import { analyze } from '../../src/core/analyze';
import type { Config } from '../../src/core/types';
import { checkProperty, runs } from './run';
import { noiseText } from './arbitraries';

const now = new Date(2026, 10, 23);
const PLAN = '# 计划\n\n## 具体措施\n\n| 措施 | 责任人 | 截止时间 |\n|---|---|---|\n| 新人带教 |  | 尽快 |\n';

describe('robustness: hostile configuration files', function () {
  this.timeout(120_000);
  let root: string;
  const rc = (name: string, text: string | Buffer) => {
    const dir = join(root, String(Math.random()).slice(2));
    mkdirSync(dir);
    writeFileSync(join(dir, name), text);
    writeFileSync(join(dir, 'doc.md'), PLAN);
    return { doc: join(dir, 'doc.md'), file: join(dir, name), dir };
  };

  beforeEach(() => {
    root = realpathSync(mkdtempSync(join(tmpdir(), 'csplan-hostile-rc-')));
    clearConfigCache();
  });
  afterEach(() => rmSync(root, { recursive: true, force: true }));

  it('wrong types and unknown rules: reported at their place, the valid settings kept', () => {
    const { doc, file } = rc('.csplanrc.yaml', 'locale: 42\nmaxBytes: "big"\nrules:\n  vague-deadline: error\n  no-such-rule: warning\n  action-missing-owner: 7\n  missing-kpi: {severity: loud}\nrequiredParts: [1, 2]\n');
    const r = loadConfigFor(doc, { locale: 'en' });
    assert.ok(r.errors.length >= 5, JSON.stringify(r.errors));
    for (const e of r.errors) assert.equal(e.file, file);
    const lines = r.errors.map((e) => e.line).sort((a, b) => a - b);
    assert.deepEqual([...new Set(lines)], [1, 2, 5, 6, 7, 8]);
    assert.equal(ruleSeverity(r.config, 'vague-deadline', 'warning'), 'error');
    assert.equal(ruleSeverity(r.config, 'missing-kpi', 'warning'), 'warning', 'a bad severity falls back to the default');
    assert.equal(ruleSeverity(r.config, 'action-missing-owner', 'warning'), 'warning');
    assert.ok(!('no-such-rule' in (r.config.rules ?? {})));
    assert.equal(r.config.locale, undefined);
    assert.equal(analyze(PLAN, { now, config: r.config }).findings.find((f) => f.rule === 'vague-deadline')?.severity, 'error');
  });

  it('a YAML alias bomb (billion laughs) is refused quickly, the defaults used', () => {
    const rows = ['a: &a ["x","x","x","x","x","x","x","x","x"]'];
    for (const [k, prev] of [['b', 'a'], ['c', 'b'], ['d', 'c'], ['e', 'd'], ['f', 'e'], ['g', 'f'], ['h', 'g'], ['i', 'h']]) rows.push(`${k}: &${k} [${Array(9).fill(`*${prev}`).join(',')}]`);
    const { doc } = rc('.csplanrc.yaml', rows.join('\n') + '\nrules:\n  vague-deadline: error\n');
    const t = Date.now();
    const r = loadConfigFor(doc, { locale: 'zh-CN' });
    assert.ok(Date.now() - t < 2000, `${Date.now() - t} ms`);
    assert.deepEqual(r.config, {});
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /YAML 格式错误.*已使用默认设置/);
    assert.equal(r.errors[0].line, 2, 'at the first alias');
  });

  it('an unresolved alias is reported, not thrown', () => {
    const { doc } = rc('.csplanrc.yml', 'rules:\n  vague-deadline: *nowhere\n');
    const r = loadConfigFor(doc);
    assert.deepEqual(r.config, {});
    assert.equal(r.errors.length, 1);
    assert.equal(r.errors[0].line, 2);
  });

  it('!!js/function and other unknown tags are never resolved (nothing runs), reported at the tag', () => {
    (globalThis as Record<string, unknown>).__csplanRcPwned = undefined;
    const { doc, file } = rc('.csplanrc.yaml', 'rules:\n  vague-deadline: !!js/function "function () { globalThis.__csplanRcPwned = true; return \'error\' }"\n  missing-kpi: !!python/object:os.system ["touch /tmp/pwned"]\n');
    const r = loadConfigFor(doc, { locale: 'zh-TW' });
    assert.equal((globalThis as Record<string, unknown>).__csplanRcPwned, undefined);
    assert.deepEqual(r.config, {});
    assert.deepEqual(r.errors.map((e) => [e.file, e.line]), [[file, 2], [file, 3]]);
    assert.match(r.errors[0].message, /YAML 格式錯誤.*js\/function.*已改用預設設定/);
  });

  it('a huge config file is not read: one error, the defaults', () => {
    const big = 'rules:\n  vague-deadline: error\n' + '# padding\n'.repeat(Math.ceil((MAX_CONFIG_BYTES + 1) / 10));
    const { doc } = rc('.csplanrc.yaml', big);
    const t = Date.now();
    const r = loadConfigFor(doc);
    assert.ok(Date.now() - t < 2000);
    assert.deepEqual(r.config, {});
    assert.equal(r.errors.length, 1);
    assert.match(r.errors[0].message, /too large .* defaults are used/);
  });

  it('binary and non-UTF-8 config files, a directory named like one, a dangling link: defaults, no throw', () => {
    const bin = rc('.csplanrc.json', Buffer.from([0x7b, 0x00, 0xff, 0xfe, 0x22]));
    assert.deepEqual(loadConfigFor(bin.doc).config, {});
    assert.equal(loadConfigFor(bin.doc).errors.length, 1);
    const gbk = rc('.csplanrc.yaml', Buffer.from([0x72, 0x75, 0x6c, 0x65, 0x73, 0x3a, 0x20, 0xb4, 0xed, 0xce, 0xf3]));
    assert.equal(loadConfigFor(gbk.doc).errors.length, 1);
    // A folder called .csplanrc.json is not a config: discovery goes on upward (here: nothing).
    const dir = join(root, 'folder-rc');
    mkdirSync(join(dir, '.csplanrc.json'), { recursive: true });
    writeFileSync(join(dir, 'doc.md'), PLAN);
    assert.deepEqual(loadConfigFor(join(dir, 'doc.md')), { config: {}, sources: [], errors: [] });
    const dangling = join(root, 'dangling');
    mkdirSync(dangling);
    symlinkSync(join(root, 'nowhere.yaml'), join(dangling, '.csplanrc.yaml'));
    writeFileSync(join(dangling, 'doc.md'), PLAN);
    assert.doesNotThrow(() => loadConfigFor(join(dangling, 'doc.md')));
  });

  it('__proto__, constructor and prototype keys pollute nothing and are reported as unknown', () => {
    const { doc } = rc('.csplanrc.json', '{"__proto__": {"polluted": 1}, "rules": {"__proto__": "error", "constructor": "off", "vague-deadline": {"severity": "error", "__proto__": {"polluted": 1}}}}');
    const r = loadConfigFor(doc);
    assert.equal(({} as Record<string, unknown>).polluted, undefined);
    assert.equal(Object.getPrototypeOf(r.config.rules ?? {}), Object.prototype);
    assert.ok(r.errors.length >= 2, JSON.stringify(r.errors));
    assert.equal(ruleSeverity(r.config, 'vague-deadline', 'warning'), 'error');
    const merged = mergeConfigs({ rules: JSON.parse('{"__proto__": {"severity": "off"}}') }, r.config);
    assert.equal(({} as Record<string, unknown>).severity, undefined);
    assert.equal(Object.getPrototypeOf(merged.rules ?? {}), Object.prototype);
  });

  it('the core config functions never throw on any value and always give a valid severity', () => {
    const value = fc.oneof(
      fc.constantFrom('off', 'info', 'warning', 'error', 'loud', '', true, false, null, 0, -1, 1e308, NaN),
      noiseText(8),
      fc.object({ maxDepth: 2 }),
      fc.array(fc.anything({ maxDepth: 1 }), { maxLength: 3 }),
    );
    const config = fc.record(
      {
        locale: fc.oneof(fc.constantFrom('en', 'zh-CN', 'zh-TW', 'fr'), value),
        maxBytes: fc.oneof(fc.integer({ min: -10, max: 1 << 20 }), value),
        rules: fc.oneof(fc.dictionary(fc.oneof(fc.constantFrom('vague-deadline', 'missing-kpi', '__proto__', 'constructor'), noiseText(6)), value, { maxKeys: 4 }), value),
        requiredParts: fc.oneof(fc.dictionary(fc.constantFrom('plan', 'summary', 'x'), value, { maxKeys: 2 }), value),
      },
      { requiredKeys: [] },
    );
    checkProperty(
      'core config functions total on any value',
      fc.property(config, config, (a, b) => {
        const merged = mergeConfigs(a as Config, b as Config);
        for (const id of ['vague-deadline', 'missing-kpi', '__proto__', 'toString']) {
          assert.ok(['off', 'info', 'warning', 'error'].includes(ruleSeverity(merged, id, 'warning')));
          assert.equal(typeof ruleOptions(merged, id), 'object');
        }
        const parts = requiredParts(merged);
        assert.ok(parts.plan !== undefined);
        assert.equal(({} as Record<string, unknown>).polluted, undefined);
      }),
      runs(),
    );
  });
});
