// Export: the .docx is a real zip whose word/document.xml holds every heading (in Word heading
// styles) and every table cell of the source, Chinese intact, East-Asian fonts set, page numbers in
// the footer; the HTML export is one self-contained file whose scorecard equals analyze()'s.
import { strict as assert } from 'node:assert';
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import JSZip from 'jszip';
import { toString } from 'mdast-util-to-string';
import type { Heading, Table, RootContent, Root } from 'mdast';
import { analyze } from '../../src/core/analyze';
import { buildDocx, parseMarkdown } from '../../src/core/export-docx';
import { exportHtml, readPreviewCss } from '../../src/node/export/html';
import { offences } from './sanitize-check';
import type { Locale } from '../../src/core/types';

const fixture = (name: string) => readFileSync(join(__dirname, '..', 'fixtures', 'export', name), 'utf8');

const DOCS: [string, Locale][] = [
  ['03-hospital-patient-service-summary-plan.md', 'zh-CN'],
  ['12-tw-online-learning-summary-plan.md', 'zh-TW'],
  ['16-airline-contact-centre-summary-plan.md', 'en'],
];

function unxml(s: string): string {
  return s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');
}

interface WPara {
  style?: string;
  text: string;
}

/** The paragraphs of word/document.xml: style id and text (runs and hyperlinks joined). */
function paragraphs(xml: string): WPara[] {
  const out: WPara[] = [];
  const re = /<w:p(?:\s[^>]*)?>([\s\S]*?)<\/w:p>/g;
  for (let m = re.exec(xml); m; m = re.exec(xml)) {
    const body = m[1];
    const style = /<w:pStyle w:val="([^"]+)"\/>/.exec(body)?.[1];
    const text = [...body.matchAll(/<w:t(?:\s[^>]*)?>([^<]*)<\/w:t>/g)].map((x) => unxml(x[1])).join('');
    out.push({ style, text });
  }
  return out;
}

function collect<T extends RootContent>(root: Root, type: T['type']): T[] {
  const out: T[] = [];
  const walk = (n: { type: string; children?: unknown[] }) => {
    if (n.type === type) out.push(n as T);
    for (const c of (n.children ?? []) as { type: string }[]) walk(c);
  };
  walk(root as never);
  return out;
}

const squash = (s: string) => s.replace(/\s+/g, '');

describe('export: docx', () => {
  for (const [name, locale] of DOCS) {
    describe(name, () => {
      const text = fixture(name);
      const result = analyze(text, { locale });
      let zip: JSZip;
      let xml: string;
      before(async () => {
        const bytes = await buildDocx(text, result, { locale, appendix: true });
        assert.ok(bytes instanceof Uint8Array);
        assert.equal(String.fromCharCode(bytes[0], bytes[1]), 'PK', 'a zip file');
        zip = await JSZip.loadAsync(bytes);
        xml = await zip.file('word/document.xml')!.async('string');
      });

      it('is a valid .docx package', async () => {
        for (const part of ['[Content_Types].xml', '_rels/.rels', 'word/document.xml', 'word/styles.xml', 'word/numbering.xml']) {
          assert.ok(zip.file(part), part);
        }
        const types = await zip.file('[Content_Types].xml')!.async('string');
        assert.match(types, /wordprocessingml\.document\.main\+xml/);
        assert.match(xml, /^<\?xml version="1.0" encoding="UTF-8" standalone="yes"\?>/);
      });

      it('holds every heading, in the Word heading style of its level', () => {
        const tree = parseMarkdown(text);
        const headings = collect<Heading>(tree, 'heading');
        assert.ok(headings.length >= 5);
        const paras = paragraphs(xml);
        for (const h of headings) {
          const want = squash(toString(h));
          const p = paras.find((x) => squash(x.text) === want && x.style === `Heading${h.depth}`);
          assert.ok(p, `heading "${toString(h)}" as Heading${h.depth}`);
        }
      });

      it('holds every table cell, in Word tables', () => {
        const tree = parseMarkdown(text);
        const tables = collect<Table>(tree, 'table');
        assert.ok(tables.length >= 1);
        const tblCount = (xml.match(/<w:tbl>/g) ?? []).length;
        assert.ok(tblCount >= tables.length, `${tblCount} Word tables for ${tables.length} Markdown tables`);
        const allText = squash(paragraphs(xml).map((p) => p.text).join('\n'));
        for (const table of tables) {
          for (const row of table.children) {
            for (const cell of row.children) {
              const s = squash(toString(cell));
              if (s) assert.ok(allText.includes(s), `cell "${s}"`);
            }
          }
        }
      });

      it('has a title page, the KPI table, the appendix and page numbers', async () => {
        const paras = paragraphs(xml);
        assert.equal(paras.filter((p) => p.style === 'Title').length, 1);
        const footers = await Promise.all(Object.keys(zip.files).filter((f) => /^word\/footer\d+\.xml$/.test(f)).map((f) => zip.file(f)!.async('string')));
        assert.ok(footers.some((f) => /<w:instrText[^>]*>PAGE<\/w:instrText>/.test(f)), 'PAGE field in a footer');
        const c = result.completeness;
        assert.ok(paras.some((p) => p.style === 'Heading1' && /附录|附錄|Appendix/.test(p.text)));
        assert.ok(paras.some((p) => p.text.includes(`${c.score}/100`)));
        for (const item of c.items) assert.ok(paras.some((p) => p.text === item.label), `appendix item ${item.label}`);
      });

      it('sets East-Asian and Latin fonts and the language', async () => {
        const styles = await zip.file('word/styles.xml')!.async('string');
        const ea = locale === 'zh-TW' ? ['新細明體', '微軟正黑體'] : ['宋体', '微软雅黑'];
        for (const f of ea) assert.ok(styles.includes(`w:eastAsia="${f}"`), f);
        assert.match(styles, /w:ascii="Times New Roman"/);
        assert.match(styles, /<w:lang [^>]*w:eastAsia="zh-(CN|TW)"/);
        assert.match(styles, /w:styleId="Heading1"/);
      });
    });
  }

  it('keeps Chinese characters intact (Simplified and Traditional)', async () => {
    for (const [name, locale, sample] of [
      ['03-hospital-patient-service-summary-plan.md', 'zh-CN', '病历复印、诊断证明盖章两项业务实现"一窗通办"'],
      ['12-tw-online-learning-summary-plan.md', 'zh-TW', '透過 LINE 官方帳號、官網線上客服及電話，共處理學員進線 24,860 件'],
    ] as const) {
      const text = fixture(name);
      const bytes = await buildDocx(text, analyze(text, { locale }), { locale });
      const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
      const all = paragraphs(xml).map((p) => p.text).join('\n');
      // every CJK character of the source body is in the document
      const body = text.replace(/^---[\s\S]*?\n---\n/, '');
      const cjk = [...new Set(body.match(/[\u4e00-\u9fff]/g) ?? [])];
      assert.ok(cjk.length > 100);
      for (const ch of cjk) assert.ok(all.includes(ch), `${ch} kept`);
      assert.ok(all.includes(sample), sample);
    }
  });

  it('keeps lists as Word lists and bold as bold', async () => {
    const text = '# 计划\n\n1. 第一步\n2. 第二步\n   - 子项\n\n- 要点 **投诉率下降。**后续\n';
    const bytes = await buildDocx(text, analyze(text, { locale: 'zh-CN' }), { locale: 'zh-CN', titlePage: false });
    const xml = await (await JSZip.loadAsync(bytes)).file('word/document.xml')!.async('string');
    assert.equal((xml.match(/<w:numPr>/g) ?? []).length, 4);
    assert.match(xml, /<w:b\/>(?:<w:bCs\/>)?<\/w:rPr><w:t xml:space="preserve">投诉率下降。<\/w:t>/);
  });
});

describe('export: html', () => {
  for (const [name, locale] of DOCS) {
    it(`${name}: one self-contained file, scorecard equal to analyze(), nothing executable`, () => {
      const text = fixture(name);
      const result = analyze(text, { locale });
      const html = exportHtml(text, result, { locale });
      const c = result.completeness;
      assert.match(html, new RegExp(`data-score="${c.score}" data-met="${c.met}" data-total="${c.total}"`));
      assert.ok(html.includes(readPreviewCss().slice(0, 200)), 'CSS inlined');
      assert.ok(!/<link|<script|src="(?!https:)/i.test(html));
      assert.deepEqual(offences(html, { document: true, allowSvg: true, allowHead: true }), []);
    });
  }
});
