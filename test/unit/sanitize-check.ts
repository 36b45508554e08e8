// Shared by the sanitizer tests: parse HTML as a browser would (parse5) and list everything that
// could execute, load something, or navigate.
import { parse, parseFragment } from 'parse5';

interface P5Node {
  nodeName: string;
  tagName?: string;
  attrs?: { name: string; value: string }[];
  childNodes?: P5Node[];
  content?: P5Node;
  value?: string;
}

const FORBIDDEN_TAGS = new Set([
  'script', 'iframe', 'frame', 'frameset', 'object', 'embed', 'applet', 'form', 'button', 'textarea', 'select',
  'meta', 'base', 'link', 'style', 'svg', 'math', 'noscript', 'template', 'isindex', 'portal', 'audio', 'video', 'source', 'track',
]);
const URL_ATTRS = new Set(['href', 'src', 'xlink:href', 'action', 'formaction', 'data', 'poster', 'background', 'cite', 'longdesc', 'srcset', 'srcdoc', 'codebase', 'dynsrc', 'lowsrc']);

export interface Offence {
  what: string;
  where: string;
}

/**
 * Everything dangerous in `html`. `allowSvg` permits our own inline SVG chart (but still no script,
 * handlers or links inside it); `allowStyleElement` permits the exported file's own `<style>` and
 * `meta` elements in `<head>` (their content is checked separately by the caller).
 */
export function offences(html: string, opts: { document?: boolean; allowSvg?: boolean; allowHead?: boolean; allowPanelButtons?: boolean } = {}): Offence[] {
  const root = (opts.document ? parse(html) : parseFragment(html)) as unknown as P5Node;
  const out: Offence[] = [];
  const walk = (n: P5Node, path: string, inHead: boolean, inSvg: boolean) => {
    const tag = n.tagName;
    const here = tag ? `${path}>${tag}` : path;
    if (tag) {
      const headOk = opts.allowHead && inHead && (tag === 'style' || tag === 'meta' || tag === 'title');
      const svgOk = opts.allowSvg && (tag === 'svg' || inSvg) && !['script', 'foreignobject', 'a', 'use', 'image', 'animate', 'set', 'iframe'].includes(tag);
      const cls = n.attrs?.find((a) => a.name === 'class')?.value ?? '';
      const panelButtonOk = opts.allowPanelButtons && tag === 'button' && /^csplan-(jump|insert)$/.test(cls) && here.includes('>aside>') && n.attrs?.find((a) => a.name === 'type')?.value === 'button';
      if (panelButtonOk) {
        // our own "jump" / "insert" buttons: type=button, no form, handled by the webview script
      } else if (tag === 'input') {
        const type = n.attrs?.find((a) => a.name === 'type')?.value;
        const disabled = n.attrs?.some((a) => a.name === 'disabled');
        if (!(type === 'checkbox' && disabled)) out.push({ what: `<input type=${type}>`, where: here });
      } else if (FORBIDDEN_TAGS.has(tag) && !headOk && !svgOk) out.push({ what: `<${tag}>`, where: here });
      else if (inSvg && !svgOk) out.push({ what: `<${tag}> in svg`, where: here });
      for (const a of n.attrs ?? []) {
        const name = a.name.toLowerCase();
        if (name.startsWith('on')) out.push({ what: `${name}=`, where: here });
        if (name === 'style') out.push({ what: 'style=', where: here });
        if (name === 'http-equiv' && !/^content-security-policy$/i.test(a.value)) out.push({ what: `http-equiv=${a.value}`, where: here });
        if (URL_ATTRS.has(name)) {
          const v = a.value.replace(/[\u0000-\u0020\u007f-\u009f]/g, '').toLowerCase();
          const scheme = /^([a-z][a-z0-9+.-]*):/.exec(v)?.[1];
          if (name === 'srcdoc' || (scheme && !['http', 'https', 'mailto'].includes(scheme))) out.push({ what: `${name}=${a.value.slice(0, 40)}`, where: here });
        }
      }
    }
    for (const c of n.childNodes ?? []) walk(c, here, inHead || tag === 'head', inSvg || tag === 'svg');
    if (n.content) walk(n.content, here, inHead, inSvg);
  };
  walk(root, '', false, false);
  return out;
}

/** Text of every `<style>` element (to check the exported CSS has no script-like constructs). */
export function styleTexts(html: string): string[] {
  const root = parse(html) as unknown as P5Node;
  const out: string[] = [];
  const walk = (n: P5Node) => {
    if (n.tagName === 'style') out.push((n.childNodes ?? []).map((c) => c.value ?? '').join(''));
    for (const c of n.childNodes ?? []) walk(c);
  };
  walk(root);
  return out;
}

/** All markers `xss-…` that appear outside text content, i.e. in markup: tags, attributes. */
export function markersInMarkup(html: string, opts: { document?: boolean } = {}): string[] {
  const root = (opts.document ? parse(html) : parseFragment(html)) as unknown as P5Node;
  const out: string[] = [];
  const walk = (n: P5Node) => {
    for (const a of n.attrs ?? []) {
      const m = /xss-[a-z-]+/.exec(a.value);
      if (m && a.name !== 'content') out.push(`${n.tagName}[${a.name}] ${m[0]}`);
    }
    if (n.tagName === 'script' || n.tagName === 'style') {
      const txt = (n.childNodes ?? []).map((c) => c.value ?? '').join('');
      const m = /xss-[a-z-]+/.exec(txt);
      if (m) out.push(`${n.tagName} ${m[0]}`);
    }
    for (const c of n.childNodes ?? []) walk(c);
    if (n.content) walk(n.content);
  };
  walk(root);
  return out;
}
