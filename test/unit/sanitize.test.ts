// The sanitizer corpus: hostile HTML in Markdown (test/fixtures/hostile/*.md). None of it may survive
// in the preview HTML nor in the exported HTML.
import { strict as assert } from 'node:assert';
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { renderHtml } from '../../src/core/render';
import { standaloneHtml, renderReport } from '../../src/core/render/report';
import { offences, markersInMarkup, styleTexts } from './sanitize-check';
import { sampleResult } from './render-fixtures';

const dir = join(__dirname, '..', 'fixtures', 'hostile');
const files = readdirSync(dir).filter((f) => f.endsWith('.md')).sort();
const css = readFileSync(join(__dirname, '..', '..', 'media', 'preview.css'), 'utf8');

describe('sanitizer: hostile corpus', () => {
  it('the checker itself catches what it must (so an empty list means something)', () => {
    assert.ok(offences('<img src=x onerror="alert(1)">').some((o) => o.what === 'onerror='));
    assert.ok(offences('<a href="javascript:alert(1)">x</a>').some((o) => o.what.startsWith('href=')));
    assert.ok(offences('<a href=" JaVa&#x09;script:alert(1)">x</a>').some((o) => o.what.startsWith('href=')));
    assert.ok(offences('<svg><script>alert(1)</script></svg>', { allowSvg: true }).some((o) => o.what.includes('script')));
    assert.ok(offences('<iframe src="https://x"></iframe>').length > 0);
    assert.ok(offences('<img src="data:image/png;base64,AA">').length > 0);
    assert.ok(offences('<meta http-equiv="refresh" content="0;url=x">', { document: true, allowHead: true }).length > 0);
    assert.ok(offences('<base href="https://evil/">', { document: true }).length > 0);
    assert.ok(offences('<div style="width:expression(alert(1))">').length > 0);
    assert.ok(offences('<form action="https://x"><input name=a></form>').length >= 2);
    assert.ok(markersInMarkup('<img title="xss-x">').length === 1);
  });

  it('the corpus covers every attack family', () => {
    const all = files.map((f) => readFileSync(join(dir, f), 'utf8')).join('\n');
    for (const needle of ['<script', 'onerror', 'javascript:', '<svg', '<iframe', 'expression(', '<object', '<embed', '<form', 'data:', 'http-equiv="refresh"', '<base']) {
      assert.ok(all.includes(needle), `corpus lacks ${needle}`);
    }
    assert.ok(files.length >= 10);
  });

  for (const file of files) {
    const text = readFileSync(join(dir, file), 'utf8');
    it(`preview HTML of ${file} has nothing executable`, () => {
      const { html } = renderHtml(text, { locale: 'en' });
      assert.deepEqual(offences(html), []);
      assert.deepEqual(markersInMarkup(html), []);
    });
    it(`preview HTML of ${file} with remote images allowed has nothing executable`, () => {
      const { html } = renderHtml(text, { locale: 'zh-CN', allowRemoteImages: true });
      assert.deepEqual(offences(html), []);
      assert.deepEqual(markersInMarkup(html), []);
    });
    it(`preview panels + document of ${file} have nothing executable`, () => {
      const { html } = renderReport(text, sampleResult(text), { locale: 'zh-TW', interactive: true });
      assert.deepEqual(offences(html, { allowSvg: true, allowPanelButtons: true }), []);
      assert.deepEqual(markersInMarkup(html), []);
    });
    it(`exported HTML of ${file} has nothing executable`, () => {
      const html = standaloneHtml(text, sampleResult(text), { css, locale: 'en' });
      assert.deepEqual(offences(html, { document: true, allowSvg: true, allowHead: true }), []);
      assert.deepEqual(markersInMarkup(html, { document: true }), []);
      for (const s of styleTexts(html)) {
        assert.ok(!/expression\s*\(|javascript:|behavior\s*:|-moz-binding|@import|url\(/i.test(s), 'exported CSS has no active constructs');
      }
    });
  }

  it('keeps code that merely shows HTML as visible text', () => {
    const { html } = renderHtml('`<script>alert(1)</script>`\n\n```html\n<iframe src=x></iframe>\n```\n');
    assert.match(html, /&#x3C;script>alert\(1\)&#x3C;\/script>|&lt;script&gt;/);
    assert.match(html, /&#x3C;iframe src=x>/);
    assert.deepEqual(offences(html), []);
  });

  it('keeps safe links and drops the href of unsafe ones', () => {
    const { html } = renderHtml('[a](https://example.com/x) [b](./rel.md) [c](mailto:a@b.c) [d](javascript:alert(1)) [e](data:text/html,x)');
    assert.match(html, /href="https:\/\/example.com\/x"/);
    assert.match(html, /href=".\/rel.md"/);
    assert.match(html, /href="mailto:a@b.c"/);
    assert.equal((html.match(/href=/g) ?? []).length, 3);
  });
});
