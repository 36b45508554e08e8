// Every template (type × language), with its placeholders at their defaults, is a document the engine
// finds complete: completeness 100 and no error findings. Also the snippet helpers and period maths.
import { strict as assert } from 'node:assert';
import { analyze } from '../../src/core/analyze';
import { renderTemplate, renderTemplateText, snippetToText, periodOf, periodRange, escapeSnippet } from '../../src/core/templates';
import { DOC_TYPES, LOCALES } from '../../src/core/types';

describe('templates', () => {
  for (const type of DOC_TYPES) {
    for (const locale of LOCALES) {
      it(`${type} / ${locale} is complete and has no errors`, () => {
        const text = renderTemplateText(type, locale, { period: '2025-Q2', author: 'Tester', team: 'Team A', today: '2025-04-02' });
        const r = analyze(text, { locale });
        const missing = r.completeness.items.filter((i) => !i.met).map((i) => `${i.id} ${i.label}`);
        assert.deepEqual(missing, [], `missing items in ${type}/${locale}`);
        assert.equal(r.completeness.score, 100);
        assert.equal(r.model.type, type);
        assert.equal(r.model.typeSource, 'frontmatter');
        const errors = r.findings.filter((f) => f.severity === 'error').map((f) => `${f.rule}@${f.range.start.line}: ${f.message}`);
        assert.deepEqual(errors, [], `error findings in ${type}/${locale}`);
        // Warnings would be noise in a template a user starts from: none of them either.
        const all = r.findings.map((f) => `${f.rule}@${f.range.start.line}: ${f.message}`);
        assert.deepEqual(all, [], `findings in ${type}/${locale}`);
      });
    }
  }

  it('fills author, team and period from the options', () => {
    const text = renderTemplateText('plan', 'zh-CN', { period: '2025-H2', author: '方敏', team: '华南客服组' });
    assert.match(text, /^author: 方敏$/m);
    assert.match(text, /^team: 华南客服组$/m);
    assert.match(text, /^period: 2025-H2$/m);
    // Deadlines fall inside the period and its last one is its last day.
    assert.match(text, /2025-12-31/);
    assert.doesNotMatch(text, /2025-0[1-6]-/);
  });

  it('mirrors frontmatter KPI values into the body so both always agree', () => {
    const snippet = renderTemplate('summary', 'en', { period: '2025-03' });
    const m = /satisfaction:\n\s+actual: \$\{(\d+):([\d.]+)\}/.exec(snippet);
    assert.ok(m, 'satisfaction.actual is a tab stop');
    assert.ok(snippet.includes(`\${${m![1]}}%`), 'the body mirrors it');
  });

  it('snippetToText resolves placeholders, mirrors, choices and escapes', () => {
    assert.equal(snippetToText('a ${1:x} b $1 c ${1} d ${2|p,q|} e \\$5 \\} $0'), 'a x b x c x d p e $5 } ');
    assert.equal(snippetToText(escapeSnippet('cost $5 {a} \\')), 'cost $5 {a} \\');
  });

  it('computes periods', () => {
    assert.equal(periodOf('month', '2025-12-15'), '2025-12');
    assert.equal(periodOf('month', '2025-12-15', 1), '2026-01');
    assert.equal(periodOf('quarter', '2025-11-01'), '2025-Q4');
    assert.equal(periodOf('quarter', '2025-11-01', 1), '2026-Q1');
    assert.equal(periodOf('half', '2025-06-30'), '2025-H1');
    assert.equal(periodOf('half', '2025-07-01', 1), '2026-H1');
    assert.deepEqual(periodRange('2024-Q1'), { year: 2024, firstMonth: 1, lastMonth: 3 });
    assert.deepEqual(periodRange('2024-02'), { year: 2024, firstMonth: 2, lastMonth: 2 });
    assert.deepEqual(periodRange('2024'), { year: 2024, firstMonth: 1, lastMonth: 12 });
    // February of a leap year ends on the 29th.
    assert.match(renderTemplateText('plan', 'en', { period: '2024-02' }), /2024-02-29/);
  });
});
