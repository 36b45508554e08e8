// Markdown → sanitized HTML for the preview and the HTML export. Pure: runs in Node, the browser and
// the webview. Pipeline: remark-parse + remark-gfm + remark-frontmatter + remark-cjk-friendly (bold
// that ends in Chinese punctuation: `**投诉率下降。**后续`) → (raw HTML dropped) → remark-rehype → (data-line on blocks, images gated) → rehype-sanitize (GitHub schema,
// tightened) → rehype-stringify.
//
// Nothing the document says executes: raw HTML never reaches the output (only `<br>` is kept, as a
// line break), and the sanitizer removes what Markdown itself can produce (`javascript:` and `data:`
// links and images). Every block element carries `data-line` (1-based source line) for scroll sync.
import { unified } from 'unified';
import remarkParse from 'remark-parse';
import remarkGfm from 'remark-gfm';
import remarkFrontmatter from 'remark-frontmatter';
import remarkRehype from 'remark-rehype';
import rehypeSanitize, { defaultSchema } from 'rehype-sanitize';
import rehypeStringify from 'rehype-stringify';
import type { Root as MdRoot, Parent as MdParent, RootContent as MdContent } from 'mdast';
import type { Root as HRoot, Element, ElementContent, RootContent as HContent } from 'hast';
import type { Locale } from './types';
import remarkCjkFriendly from 'remark-cjk-friendly';
import { t } from './render/labels';

export interface RenderOptions {
  /** Load `https:` (and `http:`) images; otherwise every image becomes a placeholder with its alt text. */
  allowRemoteImages?: boolean;
  /** Language of the placeholders and the footnote heading. */
  locale?: Locale;
}

export interface RenderResult {
  /** Sanitized HTML of the document body (no frontmatter). */
  html: string;
  /** Source lines (1-based) of the blocks that carry `data-line`, ascending. */
  lineMap: number[];
}

/** Elements that get `data-line`: what scroll sync can land on. */
const BLOCKS = new Set([
  'p', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'ul', 'ol', 'li', 'blockquote', 'pre', 'table', 'thead', 'tbody', 'tr', 'hr', 'section', 'div',
]);

/**
 * GitHub's schema, tightened: only http(s)/mailto links, only http(s) images, no form-related
 * attributes, and `data-line` plus our own placeholder class allowed.
 */
export const SANITIZE_SCHEMA = (() => {
  const dropped = new Set(['action', 'accept', 'acceptCharset', 'encType', 'method', 'accessKey', 'tabIndex', 'useMap', 'isMap', 'longDesc']);
  const star = (defaultSchema.attributes?.['*'] ?? []).filter((a) => !dropped.has(typeof a === 'string' ? a : a[0]));
  const tagNames = (defaultSchema.tagNames ?? []).filter((n) => !['iframe', 'form', 'object', 'embed', 'style', 'script', 'meta', 'base', 'link', 'svg', 'math'].includes(n));
  return {
    ...defaultSchema,
    tagNames,
    attributes: {
      ...defaultSchema.attributes,
      '*': [...star, 'dataLine'],
      img: ['alt', 'src', 'title'],
      span: [['className', 'csplan-image-blocked']],
    },
    protocols: {
      href: ['http', 'https', 'mailto'],
      src: ['http', 'https'],
      cite: ['http', 'https'],
    },
    strip: ['script', 'style', 'iframe', 'object', 'embed', 'form', 'noscript', 'template'],
  };
})();

/** mdast: drop raw HTML (keeping `<br>` as a break) and frontmatter blocks. */
function remarkDropRaw() {
  const walk = (node: MdParent) => {
    const out: MdContent[] = [];
    for (const child of node.children as MdContent[]) {
      if (child.type === 'html') {
        if (/^<br\s*\/?>$/i.test(child.value.trim())) out.push({ type: 'break', position: child.position });
        continue;
      }
      if (child.type === 'yaml' || (child as { type: string }).type === 'toml') continue;
      if ('children' in child) walk(child as MdParent);
      out.push(child);
    }
    node.children = out as MdParent['children'];
  };
  return (tree: MdRoot) => walk(tree);
}

function isSafeImageSrc(src: string): boolean {
  return /^https:\/\//i.test(src);
}

/** hast: `data-line` on block elements; images replaced by a placeholder unless allowed. */
function rehypeAnnotate(options: RenderOptions) {
  const locale = options.locale ?? 'en';
  const visit = (node: HRoot | Element) => {
    const children = node.children as (HContent | ElementContent)[];
    for (let i = 0; i < children.length; i++) {
      const c = children[i];
      if (c.type !== 'element') continue;
      if (c.tagName === 'img') {
        const src = String(c.properties?.src ?? '');
        if (!(options.allowRemoteImages && isSafeImageSrc(src))) {
          const alt = String(c.properties?.alt ?? '') || src;
          children[i] = {
            type: 'element',
            tagName: 'span',
            properties: { className: ['csplan-image-blocked'] },
            children: [{ type: 'text', value: t('imageBlocked', locale, { alt }) }],
          };
          continue;
        }
      }
      if (BLOCKS.has(c.tagName) && c.position?.start.line) {
        c.properties = { ...c.properties, dataLine: c.position.start.line };
      }
      visit(c);
    }
  };
  return (tree: HRoot) => visit(tree);
}

function processor(options: RenderOptions) {
  const locale = options.locale ?? 'en';
  return unified()
    .use(remarkParse)
    .use(remarkGfm)
    .use(remarkFrontmatter, ['yaml', 'toml'])
    .use(remarkDropRaw)
    .use(remarkCjkFriendly)
    .use(remarkRehype, {
      allowDangerousHtml: false,
      footnoteLabel: t('footnotes', locale),
      footnoteBackLabel: t('backToContent', locale),
    })
    .use(rehypeAnnotate, options)
    .use(rehypeSanitize, SANITIZE_SCHEMA as never)
    .use(rehypeStringify);
}

/** Renders a Markdown document (with or without frontmatter) to sanitized HTML. */
export function renderHtml(text: string, options: RenderOptions = {}): RenderResult {
  const html = String(processor(options).processSync(text));
  const lineMap: number[] = [];
  const re = /data-line="(\d+)"/g;
  for (let m = re.exec(html); m; m = re.exec(html)) lineMap.push(Number(m[1]));
  const sorted = [...new Set(lineMap)].sort((a, b) => a - b);
  return { html, lineMap: sorted };
}
