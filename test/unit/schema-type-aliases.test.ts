// The frontmatter schema and the model must agree on which `type:` values are accepted:
// a writer who types `type: 总结` gets a summary, not a schema error.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { analyze } from '../../src/index';

const schema = JSON.parse(readFileSync(new URL('../../schemas/frontmatter.schema.json', import.meta.url), 'utf8'));
const typeSchema = schema.properties.type as { enum: string[]; 'x-enumDescriptions': string[] };

describe('frontmatter type aliases', () => {
  typeSchema.enum.forEach((value, i) => {
    // Canonical values describe themselves; aliases' descriptions start with "= <canonical>".
    const canonical = /^= ([a-z-]+)/.exec(typeSchema['x-enumDescriptions'][i])?.[1] ?? value;
    it(`type: ${value} → ${canonical}, no schema finding`, () => {
      const r = analyze(`---\ntype: ${value}\nperiod: 2026-11\n---\n# 标题\n`, { locale: 'en' });
      assert.equal(r.model.type, canonical);
      assert.deepEqual(r.findings.filter((f) => f.rule === 'frontmatter-schema'), []);
    });
  });

  it('an unknown type is still reported at the value', () => {
    const r = analyze(`---\ntype: 日报\n---\n# 标题\n`, { locale: 'en' });
    const f = r.findings.find((x) => x.rule === 'frontmatter-schema');
    assert.ok(f, 'expected a frontmatter-schema finding');
    assert.equal(f.range.start.line, 2);
  });
});
