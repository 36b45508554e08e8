// The two documents of the cycle grown from each other (issue 14): the skeleton of the summary that
// reports on a plan, and the next plan from a summary. Pure functions of the engine's model: the
// actions, owners, deadlines, KPIs and problem categories were recognised once, in model/; this file
// only writes them out, in the source document's language. The editor commands (src/vscode/generate.ts)
// and `csplan new` (src/cli/new.ts) decide where the text goes.
import type { DocumentModel, KpiKey, KpiUnit, KpiValue, Locale } from '../types';
import { detectLocale } from '../i18n';
import { KPI_INFO } from '../model/lexicon';
import { normalisePeriod } from '../rollup/period';
import { statusLine } from './status';
import { partHeadings } from '../templates';

export interface GenerateOptions {
  /** Language of the new document; default: the source's `locale:`, else the language it is written in. */
  locale?: Locale;
  /** For a summary: the plan as `plan:` should name it, relative to where the summary will be saved (`./2026-Q4-plan.md`). */
  planPath?: string;
}

export interface GeneratedDocument {
  text: string;
  locale: Locale;
  /** The new document's `period:` (absent when the source has none). */
  period?: string;
}

// Part headings come from the templates (partHeadings), so a generated document reads like a new one.
type Words = {
  summaryTitle: string; planTitle: string;
  kpiSummaryHead: string; kpiPlanHead: string; measureHead: string; fixPrefix: string;
  phasesHint: string; resourcesHint: string; monitoringHint: string; feedbackHint: string; problemsHint: string; dataHint: string;
};

const WORDS: Record<Locale, Words> = {
  'zh-CN': {
    summaryTitle: '客服工作总结', planTitle: '客服工作计划',
    kpiSummaryHead: '| 指标 | 本期实际 | 计划目标 |', kpiPlanHead: '| 指标 | 基线（上期实际） | 目标 |',
    measureHead: '| 类别 | 措施 | 责任人 | 完成时间 |', fixPrefix: '改进：',
    dataHint: '<!-- 填写本期实际值，并分析变化原因。 -->', feedbackHint: '<!-- 客户反馈与回访情况。 -->', problemsHint: '<!-- 问题按类别归纳（流程 / 沟通 / 系统），并分析原因。 -->',
    phasesHint: '<!-- 各阶段的时间节点与阶段指标。 -->', resourcesHint: '<!-- 人员、预算与培训安排。 -->', monitoringHint: '<!-- 如何检查进度（监控、督导、考核），如何复盘闭环。 -->',
  },
  'zh-TW': {
    summaryTitle: '客服工作總結', planTitle: '客服工作計劃',
    kpiSummaryHead: '| 指標 | 本期實際 | 計劃目標 |', kpiPlanHead: '| 指標 | 基線（上期實際） | 目標 |',
    measureHead: '| 類別 | 措施 | 責任人 | 完成時間 |', fixPrefix: '改進：',
    dataHint: '<!-- 填寫本期實際值，並分析變化原因。 -->', feedbackHint: '<!-- 客戶回饋與回訪情況。 -->', problemsHint: '<!-- 問題按類別歸納（流程 / 溝通 / 系統），並分析原因。 -->',
    phasesHint: '<!-- 各階段的時間節點與階段指標。 -->', resourcesHint: '<!-- 人員、預算與培訓安排。 -->', monitoringHint: '<!-- 如何檢查進度（監控、督導、考核），如何復盤閉環。 -->',
  },
  en: {
    summaryTitle: 'Customer Service Work Summary', planTitle: 'Customer Service Work Plan',
    kpiSummaryHead: '| KPI | Actual | Plan target |', kpiPlanHead: '| KPI | Baseline (last actual) | Target |',
    measureHead: '| Category | Measure | Owner | Deadline |', fixPrefix: 'Address: ',
    dataHint: '<!-- Fill in this period\'s actuals and explain the changes. -->', feedbackHint: '<!-- Customer feedback and call-backs. -->', problemsHint: '<!-- Problems by category (process / communication / system), with their causes. -->',
    phasesHint: '<!-- Each phase with its time node and indicator. -->', resourcesHint: '<!-- People, budget and training. -->', monitoringHint: '<!-- How progress is checked (monitoring, supervision, assessment) and reviewed. -->',
  },
};

const NUMERALS = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];
const CN_DIGIT = ['〇', '一', '二', '三', '四', '五', '六', '七', '八', '九'];
const EN_MONTHS = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

function localeOf(model: DocumentModel, asked?: Locale): Locale {
  if (asked) return asked;
  const l = model.frontmatter?.data?.locale;
  if (l === 'zh-CN' || l === 'zh-TW' || l === 'en') return l;
  return detectLocale(model.text);
}

function field(model: DocumentModel, key: string): string | undefined {
  const v = model.frontmatter?.data?.[key];
  if (typeof v === 'string' && v.trim()) return v.trim();
  if (typeof v === 'number') return String(v);
  if (v instanceof Date && !Number.isNaN(v.getTime())) return v.toISOString().slice(0, 7);
  return undefined;
}

/** A YAML scalar: plain when that reads back as the same string, else double-quoted. */
function yaml(s: string): string {
  return /^[^\s'"`!&*#?|>%@{}[\],:-][^#:]*$/.test(s) && !/\s$/.test(s) && !/^(?:true|false|null|yes|no|on|off|y|n|~|[-+]?(?:\d[\d_]*\.?\d*|\.\d+)(?:e[-+]?\d+)?|0x[\da-f]+|0o[0-7]+|\d{4}-\d{1,2}-\d{1,2}.*|[-+]?\.(?:inf|nan))$/i.test(s) ? s : JSON.stringify(s);
}

const cell = (s: string) => s.replace(/\s+/g, ' ').replace(/\|/g, '/').trim();

function kpiName(key: KpiKey, locale: Locale): string {
  const i = KPI_INFO[key];
  return locale === 'en' ? i.en : locale === 'zh-TW' ? i.tw : i.zh;
}

function withUnit(value: number, unit: KpiUnit | undefined, locale: Locale): string {
  const zh = locale !== 'en';
  switch (unit) {
    case '%': return `${value}%`;
    case '‱': return `${value}‱`;
    case 's': return zh ? `${value}秒` : `${value} s`;
    case 'min': return zh ? `${value}${locale === 'zh-TW' ? '分鐘' : '分钟'}` : `${value} min`;
    case 'h': return zh ? `${value}小时`.replace('小时', locale === 'zh-TW' ? '小時' : '小时') : `${value} h`;
    case 'd': return zh ? `${value}天` : `${value} d`;
    case 'score': return zh ? `${value}分` : `${value} points`;
    case 'count': return zh ? `${value}件` : String(value);
    default: return String(value);
  }
}

/** One value per KPI of a kind, the frontmatter's first (it is what the writer declared). */
function kpisOfKind(model: DocumentModel, kind: KpiValue['kind']): KpiValue[] {
  const by = new Map<KpiKey, KpiValue>();
  for (const k of model.kpis) {
    if (k.kind !== kind) continue;
    const had = by.get(k.key);
    if (!had || (had.source === 'body' && k.source === 'frontmatter')) by.set(k.key, had && !k.unit ? { ...k, unit: had.unit } : k);
  }
  return [...by.values()];
}

function kpiYaml(values: KpiValue[], kind: 'target' | 'baseline'): string[] {
  if (!values.length) return [];
  const out = ['kpis:'];
  for (const k of values) {
    out.push(`  ${k.key}:`, `    ${kind}: ${k.value}`);
    const unit = k.unit ?? (KPI_INFO[k.key].unit as KpiUnit | undefined);
    if (unit) out.push(`    unit: ${/^[a-z]+$/.test(unit) ? unit : JSON.stringify(unit)}`);
  }
  return out;
}

function heading(n: number, name: string, locale: Locale): string {
  return locale === 'en' ? `## ${n}. ${name}` : `## ${NUMERALS[n - 1]}、${name}`;
}

function title(base: string, period: string | undefined, author: string | undefined, locale: Locale): string {
  const who = author ? (locale === 'en' ? `${author}: ` : `${author} `) : '';
  if (!period) return `${who}${base}`;
  return locale === 'en' ? `${who}${base} (${period})` : `${who}${base}（${period}）`;
}

function frontmatter(type: 'summary' | 'plan', t: string, period: string | undefined, model: DocumentModel, locale: Locale, extra: string[]): string[] {
  const team = field(model, 'team');
  const author = field(model, 'author');
  return [
    '---',
    `type: ${type}`,
    `title: ${yaml(t)}`,
    ...(period ? [`period: ${yaml(period)}`] : []),
    ...(team ? [`team: ${yaml(team)}`] : []),
    ...(author ? [`author: ${yaml(author)}`] : []),
    `locale: ${locale}`,
    ...extra,
    '---',
  ];
}

/**
 * The skeleton of the summary that follows a plan: the plan's period, team and author, `plan:`
 * pointing back at it, the KPI table with the plan's targets (actuals left for the writer), and one
 * status line per action of the plan, with its owner and deadline, in the part where reports belong.
 */
export function summaryFromPlan(plan: DocumentModel, options: GenerateOptions = {}): GeneratedDocument {
  const locale = localeOf(plan, options.locale);
  const w = WORDS[locale];
  const h = partHeadings(locale);
  const period = field(plan, 'period');
  const t = title(w.summaryTitle, period, field(plan, 'author'), locale);
  const targets = kpisOfKind(plan, 'target');
  const extra = [...(options.planPath ? [`plan: ${yaml(options.planPath)}`] : []), ...kpiYaml(targets, 'target')];
  const lines = [...frontmatter('summary', t, period, plan, locale, extra), '', `# ${t}`, ''];

  // The four parts of a summary; the status lines go where the engine looks for reports on the plan
  // (status.ts reportSectionIndex: here, the evaluation part).
  lines.push(heading(1, h.data, locale), '');
  if (targets.length) {
    lines.push(w.kpiSummaryHead, '|---|---|---|');
    for (const k of targets) lines.push(`| ${kpiName(k.key, locale)} |  | ${withUnit(k.value, k.unit, locale)} |`);
    lines.push('');
  }
  lines.push(w.dataHint, '', heading(2, h.feedback, locale), '', w.feedbackHint, '', heading(3, h.problems, locale), '', w.problemsHint, '', heading(4, h.evaluation, locale), '');
  for (const a of plan.actions) lines.push(`- ${statusLine({ text: a.text, owner: a.owner?.text, deadline: a.deadline?.text }, locale)}`);
  if (plan.actions.length) lines.push('');
  return { text: lines.join('\n'), locale, ...(period ? { period } : {}) };
}

export interface CategorisedProblem {
  category: string;
  problem: string;
  /** Offset of the problem in the summary's text. */
  offset: number;
}

/** Where a description of a problem stops and its cause begins. */
const CAUSE = /[，,。；;:：]?\s*(?:主要原因|根本原因|原因(?:是|为|為|在于|在於)?|由于|由於|因为|因為|root cause|causes?\b|because|due to)/i;

function problemText(s: string): string {
  let t = s.replace(/^\s*(?:[-*+]|\d+[.)、])\s+/, '').replace(/\*\*|__|`/g, '');
  const c = CAUSE.exec(t);
  if (c && c.index > 0) t = t.slice(0, c.index);
  t = t.replace(/[\s。.；;，,:：]+$/, '').trim();
  return t.length > 80 ? t.slice(0, 79) + '…' : t;
}

/**
 * The summary's problems that have a category, in order: `（一）流程问题：…` (the rest of the line),
 * each item under a category sub-heading of the problem part, a row of a table with a category column.
 */
export function categorisedProblems(model: DocumentModel): CategorisedProblem[] {
  const text = model.text;
  const out: CategorisedProblem[] = [];
  const problemsSec = model.sections.map((s, i) => ({ s, i })).filter(({ s }) => s.part === 'problems');
  // Sub-sections of the problem part: the heading is the category, its items the problems.
  const categoryHeads = problemsSec.filter(({ s }) => s.parent >= 0 && model.sections[s.parent]?.part === 'problems');
  for (const { s } of categoryHeads) {
    const items = model.problemItems.filter((p) => p.range.start.offset >= s.range.start.offset && p.range.start.offset < s.range.end.offset);
    for (const p of items) {
      const problem = problemText(p.text);
      if (problem) out.push({ category: s.name, problem, offset: p.range.start.offset });
    }
  }
  for (const c of model.problemCategories) {
    const at = c.range.start.offset;
    const lineStart = text.lastIndexOf('\n', at - 1) + 1;
    let lineEnd = text.indexOf('\n', at);
    if (lineEnd < 0) lineEnd = text.length;
    const line = text.slice(lineStart, lineEnd);
    if (/^\s*\|/.test(line)) {
      // A table row: the category cell, and the first other cell with words is the problem.
      const category = cell(c.text);
      const cells = line.split('|').map((x) => x.trim()).filter((x) => x && x !== category);
      const problem = cells.length ? problemText(cells[0]) : '';
      if (category && problem) out.push({ category, problem, offset: at });
      continue;
    }
    const label = /^\s*(?:[（(]\s*[一二三四五六七八九十\d]+\s*[)）]|\d+[.、)）]|[一二三四五六七八九十]+、)?\s*([^：:，。,\n]{1,14}?)\s*[：:]\s*(.*)$/.exec(text.slice(at, lineEnd));
    if (!label) continue;
    const problem = problemText(label[2]);
    if (problem) out.push({ category: label[1].replace(/\*\*/g, '').trim(), problem, offset: at });
  }
  return out.sort((a, b) => a.offset - b.offset);
}

/**
 * The next plan from a summary: the next period in the summary's own notation, team and author, each
 * KPI's baseline set to this period's actual, and one measure row per categorised problem (category
 * kept; owner and deadline left empty, for the writer — and the rules — to fill).
 */
export function planFromSummary(summary: DocumentModel, options: GenerateOptions = {}): GeneratedDocument {
  const locale = localeOf(summary, options.locale);
  const w = WORDS[locale];
  const h = partHeadings(locale);
  const current = field(summary, 'period');
  const period = current ? nextPeriodText(current) ?? undefined : undefined;
  const t = title(w.planTitle, period, field(summary, 'author'), locale);
  const actuals = kpisOfKind(summary, 'actual');
  const lines = [...frontmatter('plan', t, period, summary, locale, kpiYaml(actuals, 'baseline')), '', `# ${t}`, ''];
  lines.push(heading(1, h.goals, locale), '');
  if (actuals.length) {
    lines.push(w.kpiPlanHead, '|---|---|---|');
    for (const k of actuals) lines.push(`| ${kpiName(k.key, locale)} | ${withUnit(k.value, k.unit, locale)} |  |`);
    lines.push('');
  }
  lines.push(heading(2, h.measures, locale), '');
  const problems = categorisedProblems(summary);
  if (problems.length) {
    lines.push(w.measureHead, '|---|---|---|---|');
    for (const p of problems) lines.push(`| ${cell(p.category)} | ${cell(w.fixPrefix + p.problem)} |  |  |`);
    lines.push('');
  }
  lines.push(heading(3, h.phases, locale), '', w.phasesHint, '', heading(4, h.resources, locale), '', w.resourcesHint, '', heading(5, h.monitoring, locale), '', w.monitoringHint, '');
  return { text: lines.join('\n'), locale, ...(period ? { period } : {}) };
}

// ── The next period, written as the writer wrote this one ─────────────────────────────────────────

const ROC = 1911;

/** `二〇二六` style digits. */
const cnYear = (y: number) => String(y).split('').map((d) => CN_DIGIT[+d]).join('');
const CN_NUM = (n: number) => (n <= 10 ? (n === 10 ? '十' : CN_DIGIT[n]) : `十${CN_DIGIT[n - 10]}`);

/**
 * The period after `raw` in the same notation: `2026-11` → `2026-12`, `2026年12月` → `2027年1月`,
 * `2026-Q4` → `2027-Q1`, `2026年第四季度` → `2027年第一季度`, `115年上半年` → `115年下半年`,
 * `H2 2026` → `H1 2027`, `November 2026` → `December 2026`, `2026` → `2027`. Undefined when `raw`
 * is not one month, quarter, half or year.
 */
export function nextPeriodText(raw: string): string | undefined {
  const read = normalisePeriod(raw);
  if (!read.ok || read.period.kind === 'range') return undefined;
  const p = read.period;
  const y = +p.start.slice(0, 4);
  const m = +p.start.slice(5, 7);
  const s = raw.trim();
  // The year as written: Gregorian digits, ROC (`115`, `民國115`), or Chinese numerals.
  const yearRe = /(民國|民国|中華民國|中华民国)?\s*(\d{4}|\d{2,3}|[〇零一二三四五六七八九]{4})(?=\s*年|[-/.\sQqHh]|$)|(?<=\b(?:Q[1-4]|H[12]|[A-Za-z]+\.?,?)\s?)(\d{4})$/;
  const writeYear = (yy: number): string => {
    const ym = yearRe.exec(s);
    if (!ym) return String(yy);
    const written = ym[2] ?? ym[3];
    if (/^[〇零一二三四五六七八九]{4}$/.test(written)) return cnYear(yy);
    if (written.length <= 3) return String(yy - ROC);
    return String(yy);
  };
  const replaceYear = (t: string, yy: number): string => {
    const ym = yearRe.exec(t);
    if (!ym) return t;
    const written = ym[2] ?? ym[3];
    const at = ym.index + ym[0].lastIndexOf(written);
    return t.slice(0, at) + writeYear(yy) + t.slice(at + written.length);
  };
  let next: { y: number; sub: number };
  let sub: RegExp;
  let write: (n: number, original: string) => string;
  switch (p.kind) {
    case 'month':
      next = m === 12 ? { y: y + 1, sub: 1 } : { y, sub: m + 1 };
      {
        const en = new RegExp(`\\b(${EN_MONTHS.map((x) => x.slice(0, 3)).join('|')})[a-z]*\\.?`, 'i');
        if (en.test(s)) {
          const out = s.replace(en, (w) => (w.replace('.', '').length > 3 ? EN_MONTHS[next.sub - 1] : EN_MONTHS[next.sub - 1].slice(0, 3) + (w.endsWith('.') ? '.' : '')));
          return replaceYear(out, next.y);
        }
      }
      // The month: the digits after the year (`2026-11`, `2026年11月`, `114/12`), or before `月`.
      sub = /(\d{1,2}|[一二三四五六七八九十]{1,3})(?=\s*(?:月|$))/;
      write = (n, o) => (/^\d+$/.test(o) ? (o.startsWith('0') || (o.length === 2 && !s.includes('年')) ? String(n).padStart(2, '0') : String(n)) : CN_NUM(n));
      break;
    case 'quarter': {
      const q = Math.floor((m - 1) / 3) + 1;
      next = q === 4 ? { y: y + 1, sub: 1 } : { y, sub: q + 1 };
      sub = /(?<=Q|第\s*)([1-4一二三四])|([1-4])(?=\s*(?:Q|季))/i;
      write = (n, o) => (/\d/.test(o) ? String(n) : CN_DIGIT[n]);
      break;
    }
    case 'half': {
      const h = m > 6 ? 2 : 1;
      next = h === 2 ? { y: y + 1, sub: 1 } : { y, sub: 2 };
      if (/[上下]半/.test(s)) return replaceYear(s.replace(/[上下](?=半)/, next.sub === 1 ? '上' : '下'), next.y);
      if (/first|second|1st|2nd/i.test(s)) return replaceYear(s.replace(/first|second|1st|2nd/i, (w) => (/^\d/.test(w) ? (next.sub === 1 ? '1st' : '2nd') : next.sub === 1 ? (w[0] === 'F' || w[0] === 'S' ? 'First' : 'first') : w[0] === 'F' || w[0] === 'S' ? 'Second' : 'second')), next.y);
      sub = /(?<=H)([12])|([12])(?=H)/i;
      write = (n) => String(n);
      break;
    }
    case 'year':
      return replaceYear(s, y + 1);
    default:
      return undefined;
  }
  // The year goes first in most notations, the sub-period after it; replace the sub-period away from the year.
  const withYear = replaceYear(s, next.y);
  const ym = yearRe.exec(withYear);
  const skip = ym ? ym.index + ym[0].length : 0;
  const head = ym && ym.index > 0 ? withYear.slice(0, ym.index) : '';
  const region = ym && ym.index > 0 ? head : withYear.slice(skip);
  const sm = sub.exec(region);
  if (!sm) return p.kind === 'month' ? `${next.y}-${String(next.sub).padStart(2, '0')}` : p.kind === 'quarter' ? `${next.y}-Q${next.sub}` : `${next.y}-H${next.sub}`;
  const original = sm[1] ?? sm[2];
  const at = sm.index + sm[0].lastIndexOf(original);
  const replaced = region.slice(0, at) + write(next.sub, original) + region.slice(at + original.length);
  return ym && ym.index > 0 ? replaced + withYear.slice(ym.index) : withYear.slice(0, skip) + replaced;
}
