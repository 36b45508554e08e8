// Sections and parts: headings in every style writers use (`一、`, `2.1`, `### 第三章`, `壹、`,
// a paragraph that is only bold text, English), recognised by meaning.
import type { Heading, List, Paragraph, Root, RootContent } from 'mdast';
import { toString } from 'mdast-util-to-string';
import type { PartId, Section } from '../types';
import type { LineIndex } from '../text';
import { foldWidth } from '../text';
import { ACTION_TOPIC, BACKGROUND_HEADING, PART_PATTERNS } from './lexicon';

const NUMBERING = new RegExp(
  [
    '^第[一二三四五六七八九十百零〇两0-9]+[章节節部分篇条條]',
    '^[一二三四五六七八九十]+[、.．]',
    '^[壹贰貳叁參肆伍陆陸柒捌玖拾]+[、.．]',
    '^[（(][一二三四五六七八九十0-9]+[)）]',
    '^\\d+(?:[.．]\\d+)*[.、．)]?',
    '^[IVXivx]+[.、]',
    '^[A-Za-z][.)]\\s',
    '^(?:part|section|chapter)\\s+\\d+[.:]?',
  ].join('|'),
  'i',
);

/** Strips numbering and decoration from a heading: `### 第三章 问题归类` → `问题归类`. */
export function headingName(title: string): string {
  let s = foldWidth(title).replace(/[*_`]/g, '').trim();
  for (let i = 0; i < 2; i++) {
    const m = NUMBERING.exec(s);
    if (!m) break;
    s = s.slice(m[0].length).replace(/^[\s:：、.．-]+/, '');
  }
  return s.trim();
}

export function recognisePart(name: string): PartId | undefined {
  // A background heading (`计划背景`, `Purpose`) names no part, whatever word it shares with one.
  if (BACKGROUND_HEADING.test(name.trim())) return undefined;
  // `服务流程问题`, `系统方面`: a category of problems, whatever its first words say.
  if (/(?:问题|問題|不足|problems?|issues)$/i.test(name)) return 'problems';
  for (const [part, re] of PART_PATTERNS) if (re.test(name)) return part;
  return undefined;
}

const DECIMAL_NUMBERING = /^\d{1,2}(?:[.．]\d{1,2}){1,3}[ \u3000]/;

/** Numbering that opens a part in documents pasted from Word: `三、`, `第二部分`, `贰、`, `（一）`, `1.2 `. */
const PART_NUMBERING = /^(?:\d{1,2}(?:[.．]\d{1,2}){1,3}[ \u3000]|第[一二三四五六七八九十]+(?:部分|章|节|節)|[一二三四五六七八九十]+[、.．]|[壹贰貳叁參肆伍陆陸柒捌玖拾]+[、.．]|[（(][一二三四五六七八九十]+[)）])/;

/**
 * A paragraph that reads as a heading: only strong text (`**一、全年工作概况**`), or a short line of
 * its own numbered as a part (`三、存在的问题`, `（二）下半年工作目标`, Word's numbering pasted as
 * text). A numbered line counts only when its words name a part: `（一）总体数据。上半年共受理…`
 * is a paragraph that starts with a number.
 */
export function pseudoHeadingText(node: RootContent): string | undefined {
  // `2. 工作目标` alone: a one-item ordered list that names a part is Word's numbered heading, pasted.
  if (node.type === 'list') {
    const list = node as List;
    const item = list.children.length === 1 && list.ordered ? list.children[0] : undefined;
    const para = item && item.children.length === 1 && item.children[0].type === 'paragraph' ? (item.children[0] as Paragraph) : undefined;
    if (!para || para.children.some((c) => c.type !== 'text')) return undefined;
    const name = toString(para).trim();
    if (!name || name.length > 20 || /\n/.test(name) || /[，,。；;：:！？!?]/.test(name)) return undefined;
    return recognisePart(name) || BACKGROUND_HEADING.test(name) ? `${list.start ?? 1}. ${name}` : undefined;
  }
  if (node.type !== 'paragraph') return undefined;
  const p = node as Paragraph;
  const kids = p.children.filter((c) => !(c.type === 'text' && !c.value.trim()));
  if (kids.length === 1 && kids[0].type === 'strong') {
    const text = toString(kids[0]).trim();
    if (!text || text.length > 40 || /[。；;]$/.test(text)) return undefined;
    return text;
  }
  if (!kids.length || kids.some((c) => c.type !== 'text')) return undefined;
  const text = toString(p).trim();
  if (text.length > 30 || /\n/.test(text) || !PART_NUMBERING.test(foldWidth(text))) return undefined;
  const name = headingName(text).replace(/[:：]$/, '');
  if (!name || name.length > 20 || /[，,。；;：:！？!?]/.test(name)) return undefined;
  // A background line (`一、指导思想`, `1.1 指导思想`) heads what follows as a part's line does, with no
  // part of its own. Numbered `1.2 `, a line heads only the goals or a background: under the actions the
  // same numbering is a topic (`3.2 配送与账务`) or an action (`2.1 建立回访制度`) whose words may borrow a part's.
  const part = recognisePart(name);
  if (DECIMAL_NUMBERING.test(foldWidth(text))) return part === 'goals' || BACKGROUND_HEADING.test(name) ? text : undefined;
  return part || BACKGROUND_HEADING.test(name) ? text : undefined;
}

/** A plain numbered line under a part's line (`（一）` under `一、`) is one level deeper; a bold line one. */
function pseudoDepthStep(node: RootContent, title: string): number {
  const bold = (node as Paragraph).children.some((c) => c.type === 'strong');
  // `1.2 年度目标` under `第一部分`: as deep as its number has levels.
  const decimal = /^\d{1,2}((?:[.．]\d{1,2}){1,3})[ \u3000]/.exec(foldWidth(title));
  if (!bold && decimal) return decimal[1].split(/[.．]/).length;
  return !bold && /^[（(]/.test(foldWidth(title)) ? 2 : 1;
}

export interface HeadingBlock {
  index: number; // index in root.children
  depth: number;
  title: string;
  start: number;
  end: number;
  pseudo: boolean;
}

/** Headings, real and pseudo, in document order, with pseudo depths nested under the last real heading. */
export function collectHeadings(root: Root): HeadingBlock[] {
  const out: HeadingBlock[] = [];
  let lastRealDepth = 1;
  root.children.forEach((node, index) => {
    const start = node.position?.start.offset ?? 0;
    const end = node.position?.end.offset ?? start;
    if (node.type === 'heading') {
      const h = node as Heading;
      lastRealDepth = h.depth;
      out.push({ index, depth: h.depth, title: toString(h).trim(), start, end, pseudo: false });
      return;
    }
    const pseudo = pseudoHeadingText(node);
    if (pseudo !== undefined) out.push({ index, depth: Math.min(lastRealDepth + pseudoDepthStep(node, pseudo), 7), title: pseudo, start, end, pseudo: true });
  });
  return out;
}

/** Builds sections; the document title (a lone first-level heading on top) gets no part. */
export function buildSections(headings: HeadingBlock[], lines: LineIndex): Section[] {
  const textEnd = lines.text.length;
  const topLevel = headings.filter((h) => h.depth === 1 && !h.pseudo);
  const sections: Section[] = [];
  const stack: number[] = [];
  headings.forEach((h, i) => {
    let endOffset = textEnd;
    for (let j = i + 1; j < headings.length; j++) {
      if (headings[j].depth <= h.depth) {
        endOffset = headings[j].start;
        break;
      }
    }
    while (stack.length && headings[stack[stack.length - 1]].depth >= h.depth) stack.pop();
    const parent = stack.length ? stack[stack.length - 1] : -1;
    stack.push(i);
    const isTitle = i === 0 && h.depth === 1 && topLevel.length === 1 && headings.length > 1;
    const name = headingName(h.title);
    const nextHeadingStart = i + 1 < headings.length ? headings[i + 1].start : textEnd;
    const own = lines.text.slice(h.end, nextHeadingStart);
    sections.push({
      title: h.title,
      name,
      depth: h.depth,
      part: isTitle ? undefined : recognisePart(name),
      headingRange: lines.range(h.start, h.end),
      range: lines.range(h.start, trimEnd(lines.text, endOffset)),
      hasContent: /\S/.test(own.replace(/<!--[\s\S]*?-->/g, '')),
      parent,
    });
  });
  // Under the actions, a sub-heading that opens with an action's verb is a topic of actions whatever
  // words it borrows from other parts (`1. 优化服务流程和提升设施设备`, `3. 提高服务响应速度和解决问题能力`,
  // `Improve the complaints process`); goals, phases, resources, monitoring and evaluation keep their part.
  sections.forEach((s, i) => {
    if (!s.part || !MEASURE_TOPIC_PARTS.includes(s.part) || s.parent < 0 || sections[s.parent].part !== 'measures') return;
    if (ACTION_TOPIC.test(s.name.trim())) sections[i] = { ...s, part: 'measures' };
  });
  // Sub-headings of the actions that are topics (`**Data import**`, `**Kickoff and ownership**`, `**Queue and
  // response time**`): when a sibling is a topic with no part of its own, one that borrows a summary part's
  // word (`Data import` → service data) is a topic too, not a summary's part inside a plan.
  sections.forEach((s, i) => {
    if (!s.part || !TOPIC_SIBLING_PARTS.includes(s.part) || s.parent < 0 || sections[s.parent].part !== 'measures') return;
    if (sections.some((t, j) => j !== i && t.parent === s.parent && t.depth === s.depth && !t.part)) sections[i] = { ...s, part: 'measures' };
  });
  // A question under a part (`五、監控與反饋機制` then `問7：如何確保計劃做得到？`, a plan written as
  // questions and answers) is asked about that part: the words of the question do not move it elsewhere.
  sections.forEach((s, i) => {
    if (s.parent < 0 || !sections[s.parent].part || !/[？?]\s*$/.test(s.name)) return;
    if (s.part !== sections[s.parent].part) sections[i] = { ...s, part: sections[s.parent].part };
  });
  return sections;
}

/** Parts of a summary whose words a topic of actions may borrow, among sibling topics. */
const TOPIC_SIBLING_PARTS: PartId[] = ['data', 'feedback', 'satisfaction'];

/** Parts whose words a topic of actions may use in its heading. */
const MEASURE_TOPIC_PARTS: PartId[] = ['steps', 'problems', 'time-limits', 'satisfaction', 'data', 'feedback', 'roles', 'training'];

function trimEnd(text: string, end: number): number {
  let e = end;
  while (e > 0 && /\s/.test(text[e - 1])) e--;
  return e;
}

/** The part a section belongs to: its own, else its nearest ancestor's. */
export function effectivePart(sections: Section[], index: number): PartId | undefined {
  for (let i = index; i >= 0; i = sections[i].parent) if (sections[i].part) return sections[i].part;
  return undefined;
}
