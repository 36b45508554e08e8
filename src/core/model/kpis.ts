// KPIs from the frontmatter (canonical keys and the aliases writers use) and from the body
// (`满意度达92.7%`, `平均响应时间120秒`, `投訴率 8.2%`, KPI tables).
import type { FrontmatterInfo, KpiKey, KpiUnit, KpiValue, Range } from '../types';
import { decimals, foldWidth, parseNumber } from '../text';
import { KPI_BLOCK_KEYS, KPI_INFO, KPI_KEY_ALIASES, KPI_PATTERNS, KPI_QUALIFIER, UNIT_WORDS } from './lexicon';
import { teamWords } from '../vocabulary/team';
import { samePeriod, spanOfPeriodWords, yearOf, type MonthSpan } from './kpi-period';

/** The start of a change (`由 26 秒`, `由目前的95秒`, `从上年的275秒`, `from the current 6.5 min`): its first number is the baseline. */
const CHANGE_FROM = '(?:由|从|從|from)\\s*(?:(?:目前|现在|現在|原来|原來|去年|上年|上期|上季|上月|前年|同期|以往)的?|the\\s+current\\s+|current(?:ly)?\\s+|last\\s+(?:year|quarter|month)[\'’]s\\s+)?\\s*';
const CHANGE_WHOLE = new RegExp(`^[^，,。；;\\n]{0,14}?${CHANGE_FROM}-?\\d`, 'i');
const CHANGE_AT_END = new RegExp(`${CHANGE_FROM}$`, 'i');
/** An arrow between a baseline and its target (`95 s → 60 s`). */
const ARROW = /^[^\d→⟶➔➜⇒=>-]{0,10}(?:→|->|⟶|➔|➜|⇒|=>)\s*$/;

/** Recognises the KPI a name refers to (`平均应答时长_秒` → response_time). */
export function kpiKeyOf(name: string): KpiKey | undefined {
  const lower = name.trim().toLowerCase();
  // A key with its unit and an average named in it (`first_response_sec`, `avg_handle_minutes`,
  // `csat_pct`) is the KPI the rest names.
  const base = lower
    .replace(/[_\s-]*(?:秒|分钟|分鐘|小时|小時|天|百分比|万分比|萬分比|%|件|次)$|[_\s-]+(?:pct|percent|seconds?|secs?|s|minutes?|mins?|min|hours?|hrs?|h|days?|d|count)$/i, '')
    .replace(/^(?:avg|average|mean|平均)[_\s-]*/i, '');
  // A team's own alias (.csplanrc `vocabulary: kpiAliases`) first, with or without its unit suffix.
  const team = teamWords();
  const teamKey = team.kpiKeyOf(lower) ?? team.kpiKeyOf(base);
  if (teamKey) return teamKey;
  if (lower in KPI_KEY_ALIASES) return KPI_KEY_ALIASES[lower];
  if (base in KPI_KEY_ALIASES) return KPI_KEY_ALIASES[base];
  for (const [key, re] of KPI_PATTERNS) if (re.test(name)) return key;
  // Words joined by underscores in a key (`first_response`, `handle_time`): read as the words; a
  // key measured in a unit of time names a time (`resolution_hours`, `avg_handle_minutes`).
  const timed = ['s', 'min', 'h', 'd'].includes(unitFromKey(lower) ?? '');
  for (const words of [base, ...(timed && !/time|时|時/.test(base) ? [`${base}_time`] : [])]) {
    if (words in KPI_KEY_ALIASES) return KPI_KEY_ALIASES[words];
    if (/_/.test(words)) for (const [key, re] of KPI_PATTERNS) if (re.test(words.replace(/_/g, ' '))) return key;
  }
  return undefined;
}

/** The unit folded into an alias key (`投诉率_万分比` → ‱). */
function unitFromKey(name: string): KpiUnit | undefined {
  if (/万分比|萬分比/.test(name)) return '‱';
  if (/百分比|%|pct|percent/i.test(name)) return '%';
  if (/秒|_(?:s|secs?|seconds?)$/i.test(name)) return 's';
  if (/分钟|分鐘|_(?:min|mins|minutes?)$/i.test(name)) return 'min';
  if (/小时|小時|_(?:h|hrs?|hours?)$/i.test(name)) return 'h';
  if (/天$|_(?:d|days?)$/i.test(name)) return 'd';
  return undefined;
}

const KIND_KEYS: Record<string, KpiValue['kind']> = {
  actual: 'actual', value: 'actual', 实际: 'actual', 實際: 'actual', 本期: 'actual',
  target: 'target', goal: 'target', 目标: 'target', 目標: 'target',
  baseline: 'baseline', previous: 'baseline', 基线: 'baseline', 基線: 'baseline', 上期: 'baseline',
};

export function normaliseUnit(u: unknown): KpiUnit | undefined {
  if (typeof u !== 'string') return undefined;
  const s = u.trim().toLowerCase();
  const map: Record<string, KpiUnit> = {
    count: 'count', '%': '%', percent: '%', '‱': '‱', score: 'score', s: 's', sec: 's', seconds: 's', 秒: 's',
    min: 'min', minutes: 'min', 分钟: 'min', 分鐘: 'min', h: 'h', hours: 'h', 小时: 'h', 小時: 'h', d: 'd', days: 'd', 天: 'd',
  };
  return map[s];
}

/** The KPI block of the frontmatter, wherever the writer put it. */
export function kpiBlockKey(data: Record<string, unknown> | undefined): string | undefined {
  if (!data) return undefined;
  return KPI_BLOCK_KEYS.find((k) => data[k] && typeof data[k] === 'object' && !Array.isArray(data[k]));
}

export function frontmatterKpis(fm: FrontmatterInfo | undefined, fallbackRange: Range): KpiValue[] {
  const out: KpiValue[] = [];
  const blockKey = kpiBlockKey(fm?.data);
  if (!fm?.data || !blockKey) return out;
  const block = fm.data[blockKey] as Record<string, unknown>;
  for (const [name, raw] of Object.entries(block)) {
    const key = kpiKeyOf(name);
    if (!key) continue;
    const path = `${blockKey}.${name}`;
    const keyRange = fm.keyRanges[path] ?? fallbackRange;
    const keyUnit = unitFromKey(name);
    const push = (kind: KpiValue['kind'], v: unknown, unit: KpiUnit | undefined, range: Range) => {
      const n = typeof v === 'number' ? v : typeof v === 'string' ? parseNumber(v.replace(/%$/, '')) : NaN;
      if (Number.isFinite(n)) out.push({ key, label: name, kind, value: n, unit, source: 'frontmatter', range });
    };
    if (raw && typeof raw === 'object' && !Array.isArray(raw)) {
      const obj = raw as Record<string, unknown>;
      const unit = normaliseUnit(obj.unit) ?? keyUnit;
      for (const [k, v] of Object.entries(obj)) {
        const kind = KIND_KEYS[k.toLowerCase()];
        if (kind) push(kind, v, unit, fm.valueRanges[`${path}.${k}`] ?? keyRange);
      }
    } else {
      push('actual', raw, keyUnit, fm.valueRanges[path] ?? keyRange);
    }
  }
  return out;
}

// ── Body values ─────────────────────────────────────────────────────────────────────────────────

const NUMBER_RE = /(-?\d[\d,]*(?:\.\d+)?)\s*(万|萬)?\s*/g;

export interface BodyNumber {
  value: number;
  raw: string;
  unit?: KpiUnit;
  index: number;
  length: number;
}

/** Reads the number and unit at the start of a window of text. */
function readUnit(after: string): KpiUnit | undefined {
  for (const [re, unit] of UNIT_WORDS) if (re.test(after)) return unit as KpiUnit;
  return undefined;
}

/** After a duration's larger unit, the smaller one: ` min 40 s`, `分40秒`, ` h 30 min`, `小时30分` (groups: number, its unit). */
const COMPOUND_MIN_S = /^(?:min(?:utes?|s)?|分钟|分鐘|分)\s*(\d{1,2})\s*(s|secs?|seconds?|秒)(?![a-z])/i;
const COMPOUND_H_MIN = /^(?:h(?:ours?|rs?)?|小时|小時)\s*(\d{1,2})\s*(min(?:utes?|s)?|分钟|分鐘|分)(?![a-z])/i;

/** Numbers in a clause that are values, not dates or ordinals. */
export function numbersIn(text: string): BodyNumber[] {
  const s = foldWidth(text);
  const out: BodyNumber[] = [];
  NUMBER_RE.lastIndex = 0;
  for (let m; (m = NUMBER_RE.exec(s)); ) {
    const after = s.slice(m.index + m[0].length);
    const before = s.slice(Math.max(0, m.index - 1), m.index);
    if (/^(年|月|季|周|週|期|栋|棟|座|楼|樓|号线|次大)/.test(after) || /[第A-Za-z/-]$/.test(before) || /\d:$/.test(s.slice(Math.max(0, m.index - 2), m.index))) continue;
    // `3 月 5 日` is a date; `2.5 日` is a duration.
    if (/^(日|号|號)/.test(after) && /月\s*$/.test(s.slice(Math.max(0, m.index - 3), m.index))) continue;
    if (/^[-/:]\d/.test(after)) continue;
    const raw = m[1] + (m[2] ?? '');
    const value = parseNumber(raw);
    if (!Number.isFinite(value)) continue;
    // `万分之3` writes the unit before the number.
    const unit = /(?:万分之|萬分之)\s*$/.test(s.slice(Math.max(0, m.index - 4), m.index)) ? '‱' : readUnit(after);
    // A duration in two units (`2 min 40 s`, `2分40秒`, `1 h 30 min`, `1小时30分`) is one value, in the smaller.
    const minutesSeconds = COMPOUND_MIN_S.exec(after);
    const compound = minutesSeconds ?? COMPOUND_H_MIN.exec(after);
    if (compound) {
      const length = m[0].length + compound[0].length;
      out.push({ value: value * 60 + Number(compound[1]), raw: s.slice(m.index, m.index + length), unit: minutesSeconds ? 's' : 'min', index: m.index, length });
      NUMBER_RE.lastIndex = m.index + length;
      continue;
    }
    // `11.84 lakh`, `2.3 crore` (India), `1.2 million`, `12k`, `1.2M`: the word multiplies the figure.
    const scale = SCALE_WORD.exec(after);
    if (scale) {
      const length = m[0].length + scale[0].length;
      const word = (scale[1] ?? scale[2]).toLowerCase();
      out.push({ value: value * (word === 'm' ? 1e6 : SCALE[word]), raw: s.slice(m.index, m.index + length), unit, index: m.index, length });
      continue;
    }
    out.push({ value, raw, unit, index: m.index, length: m[0].length });
  }
  return out;
}

/** What follows a count of things that are no KPI: stores, branches, people, vehicles (`5家門市`, `12 agents`). */
const NOT_KPI_COUNT = /^\s*(?:家|间|間|座|辆|輛|名|位|人(?!次)|stores?\b|branches\b|agents\b|staff\b|people\b|vehicles\b)/;

/** Words that multiply a figure written before them. */
const SCALE: Record<string, number> = { lakh: 1e5, lakhs: 1e5, lac: 1e5, crore: 1e7, crores: 1e7, million: 1e6, thousand: 1e3, k: 1e3 };
const SCALE_WORD = /^(?:\s*([Ll]akhs?|[Ll]ac|[Cc]rores?|[Mm]illion|[Tt]housand)\b|(k|M)(?![\w.]))/;

/** KPI_PATTERNS with the global flag, compiled once. */
const KPI_PATTERNS_GLOBAL: [KpiKey, RegExp][] = KPI_PATTERNS.map(([key, re]) => [key, new RegExp(re.source, re.flags.includes('g') ? re.flags : re.flags + 'g')]);

/** Finds `KPI name … value` pairs in a clause of prose. */
export interface ProseKpi {
  key: KpiKey;
  label: string;
  value: BodyNumber;
  baseline?: BodyNumber;
  nameIndex: number;
  /**
   * Why the figure is not the KPI's level, so never compared with the frontmatter (it still counts
   * as a mention): `sub-metric` — a channel, a segment or a service level qualifies the name
   * (`电话渠道满意度`, `20秒内接通率`, `Creator-side CSAT`); `change` — the number is a change, not a
   * level (`比二季度缩短 5.4 秒`, `down by 3 points`); `date` — the number is a month or a day (`7—8 月`).
   */
  notLevel?: 'sub-metric' | 'change' | 'date';
}

/** A change written before its number: `缩短 5.4 秒`, `比上月下降 3%`, `down by 2 points` (not `降至`, `down to`). */
const CHANGE_BEFORE = /(?:一度|最高|最低|峰值|高峰时|高峰時)(?:超过|超過|达到|達到|达|達)?\s*$|\b(?:peaked at|exceeded|at times|at one point)\s+$|(?:缩短|縮短|减少|減少|下降|降低|增加|增长|增長|提升|提高|上升|上涨|上漲|回落|下滑|下跌|回升|多出|少了|减|減|增|降|升|涨|漲)了?\s*(?:约|約)?\s*$|\b(?:down|up|fell|rose|dropped|grew|increased|decreased|improved|reduced|cut|lower|higher|slipped|slid|climbed|jumped|worsened|dipped|edged\s+(?:up|down))\s+(?:by\s+)?(?:about\s+)?$/i;
/** A sign written on the number (`ASA +6 sec`, `CSAT –2 pts`, `+14.8%`): a change, not a level. */
const SIGNED = /(?:^|[\s(（:：,，])[+＋±–−-]$/;
/** After a number: percentage points (`下滑0.8個百分點`, `up 2 pts`) are always a change, never a level. */
const CHANGE_AFTER = /^\s*(?:个|個)?百分点|^\s*個百分點|^\s*(?:percentage\s+)?points?\b|^\s*(?:pp|pts?)\b|^\s*倍|^\s*(?:times|x)\b/i;
/** A rate per hour, day or shift (`回到每小时 30 通左右`, `30 calls an hour`): not the period's figure. */
const PER_TIME_BEFORE = /(?:每小时|每小時|每天|每日|每班|每週|每周|per\s+(?:hour|day|shift|week))\s*(?:约|約|大约|大約|about|around)?\s*$/i;
const PER_TIME_AFTER = /^\s*(?:[A-Za-z]+\s+|\S{0,3}\s*)(?:\/\s*(?:小时|小時|天|日|h|hr|hour|day)|(?:an|a|per)\s+(?:hour|day|shift)\b|每小时|每小時)/i;
/** After a number: a month, a day or a year (`7—8 月`, `12 日`), so the number is a date, not a value. */
const DATE_AFTER = /^\s*(?:[—–~～至到-]\s*\d{1,2}\s*)?(?:月|日|号|號|年)/;

export function kpisInProse(text: string): ProseKpi[] {
  const s = foldWidth(text);
  const out: ProseKpi[] = [];
  // A value is a number: without a digit there is nothing to find.
  if (!/\d/.test(s)) return out;
  const hits: { key: KpiKey; index: number; length: number; label: string }[] = [];
  // Characters already taken by a name found by an earlier (more specific) pattern: checking a match
  // costs its own length, so a very long line stays linear.
  const taken = new Uint8Array(s.length);
  // The team's KPI names first (.csplanrc `vocabulary: kpiAliases`), then the built-in ones.
  for (const [key, g] of [...teamWords().kpiPatterns, ...KPI_PATTERNS_GLOBAL]) {
    g.lastIndex = 0;
    for (let m; (m = g.exec(s)); ) {
      const end = m.index + m[0].length;
      if (taken.subarray(m.index, end).includes(1)) continue;
      taken.fill(1, m.index, end);
      hits.push({ key, index: m.index, length: m[0].length, label: m[0] });
    }
  }
  hits.sort((a, b) => a.index - b.index);
  hits.forEach((h, i) => {
    const from = h.index + h.length;
    // A parenthetical right after the name explains it: 投诉率（服务本身的投诉占受理量的比例）：0.06%.
    const paren = /^\s*[（(][^）)]{0,40}[）)]/.exec(s.slice(from, from + 48));
    const skip = paren ? paren[0].length : 0;
    // Hits do not overlap and are sorted: the next one past the parenthetical is a step or two on.
    let j = i + 1;
    while (j < hits.length && hits[j].index < from + skip) j++;
    const next = hits[j];
    const limit = next ? next.index : s.length;
    let window = s.slice(from, limit);
    if (skip) window = ' '.repeat(skip) + window.slice(skip);
    // A parenthetical further on (`from 94 seconds (H2 2025) to 60 seconds`) is masked, so the
    // change it interrupts is read whole; the value before it still stops at it below.
    const masked = window.replace(/[（(][^）)\n]{0,40}[）)]/g, (m) => ' '.repeat(m.length));
    const changeWhole = CHANGE_WHOLE.test(masked);
    if (changeWhole) window = masked;
    // A comma between digits groups thousands (`9,184`): it does not end the clause.
    const stop = /[，。；;（(\n]|,(?!\d{3}(?!\d))|以及|并且/.exec(window);
    if (stop) window = window.slice(0, stop.index);
    // Cut at 24 characters, but not inside a word (`30 minu|tes` would lose its unit).
    // A change (`from 94 seconds (H2 2025) to 60 seconds`) is read to its second number.
    const cut = (changeWhole ? 48 : 24) + skip;
    if (window.length > cut) window = window.slice(0, cut + (/^[A-Za-z]*/.exec(window.slice(cut))?.[0].length ?? 0));
    // The name must be followed closely by its value: 满意度达 92.7% / 投诉率 0.9% / response time 6.2 min.
    const all = numbersIn(window);
    if (!all.length || all[0].index > 14 + skip) return;
    // `由 26 秒降到 21 秒` / `from 6.5 min to 5.5 min`: the second number is the value, the first the baseline.
    // `95 s → 60 s`, `1.1% -> 0.8%`: an arrow between two figures is the same change.
    const arrow = all.length > 1 && ARROW.test(window.slice(all[0].index + all[0].length, all[1].index));
    const change = (CHANGE_AT_END.test(window.slice(0, all[0].index)) || arrow) && all.length > 1;
    const nums = change ? all.slice(0, 2) : all;
    const value = change ? nums[1] : nums[0];
    // `客訴率下降：增加的客訴集中在新開的5家門市`: a count of stores, people or vehicles is not the KPI's value.
    if (!value.unit && NOT_KPI_COUNT.test(window.slice(value.index + value.length))) return;
    const found: ProseKpi = { key: h.key, label: h.label, value: { ...value, index: from + value.index }, baseline: change ? { ...nums[0], index: from + nums[0].index } : undefined, nameIndex: h.index };
    // What stands just before the name, back to the clause's start: a qualifier narrows the figure.
    // A parenthetical inside it (`夜间时段（22:00—次日7:00）满意度`) is passed over.
    const lead = s.slice(Math.max(0, h.index - 48), h.index).replace(/[（(][^（()）]{0,30}[）)]/g, '').slice(-14);
    const clauseLead = lead.slice(Math.max(...[...'，,。；;：:\n'].map((c) => lead.lastIndexOf(c))) + 1);
    if (KPI_QUALIFIER.test(clauseLead) || KPI_QUALIFIER.test(h.label)) found.notLevel = 'sub-metric';
    else if (!change && (CHANGE_BEFORE.test(window.slice(0, value.index)) || SIGNED.test(window.slice(0, value.index)) || CHANGE_AFTER.test(window.slice(value.index + value.length)))) found.notLevel = 'change';
    else if (!value.unit && DATE_AFTER.test(window.slice(value.index + value.length))) found.notLevel = 'date';
    else if (PER_TIME_BEFORE.test(window.slice(0, value.index)) || PER_TIME_AFTER.test(window.slice(value.index + value.length))) found.notLevel = 'sub-metric';
    // `customer satisfaction (CSAT) from 81% to 85%`: two names of one KPI before one figure give one reading.
    if (out.some((o) => o.key === found.key && o.value.index === found.value.index)) return;
    out.push(found);
  });
  return out;
}

/** Converts a value to the KPI's base unit (seconds for times, percent for rates) for comparison. */
export function toBase(value: number, unit: KpiUnit | undefined, key: KpiKey): { value: number; dim: string } {
  const u = unit ?? (KPI_INFO[key].unit as KpiUnit);
  switch (u) {
    case 's': return { value, dim: 'time' };
    case 'min': return { value: value * 60, dim: 'time' };
    case 'h': return { value: value * 3600, dim: 'time' };
    case 'd': return { value: value * 86400, dim: 'time' };
    case '%': return { value, dim: 'ratio' };
    case '‱': return { value: value / 100, dim: 'ratio' };
    case 'score': return { value, dim: 'score' };
    default: return { value, dim: 'count' };
  }
}

/** Whether a written body value agrees with the stored value at the precision it was written. */
export function agrees(body: KpiValue, raw: string | undefined, stored: KpiValue): boolean {
  // A body figure written without a unit (`| 3.4 |` under a header that gives none) is read in the
  // frontmatter's unit: nothing says it is another, and a guess must not make a contradiction.
  if (!body.unit && stored.unit) body = { ...body, unit: stored.unit };
  const a = toBase(body.value, body.unit, body.key);
  const b = toBase(stored.value, stored.unit, stored.key);
  if (a.dim !== b.dim) return true; // different kinds of figure (a score against a percentage): not comparable
  const dec = raw ? decimals(raw) : 2;
  const scale = a.value / (body.value || 1);
  const tolerance = 0.5 * Math.pow(10, -dec) * Math.abs(scale || 1) + 1e-9;
  // Ten-thousands (286.4万) carry their precision in the multiplier.
  const wanTolerance = raw && /[万萬]/.test(raw) ? 0.5 * Math.pow(10, -dec) * 1e4 : 0;
  return Math.abs(a.value - b.value) <= Math.max(tolerance, wanTolerance);
}

/** A column for the whole table's period: the total or the average of the months beside it. */
const WHOLE_COLUMN = /合计|合計|总计|總計|累计|累計|小计|小計|汇总|彙總|总量|總量|全期|整体|整體|平均|均值|\btotal\b|\bsum\b|overall|average|\bavg\b|\bmean\b/i;
/** Columns that hold no level of the KPI: a change, a note, a unit. */
const NOT_A_LEVEL_COLUMN = /指标|指標|项目|項目|说明|說明|备注|備註|单位|單位|状态|狀態|负责人|負責人|责任人|責任人|status|owner|\blead\b|变化|變化|增减|增減|同比|环比|環比|差|幅度|趋势|趨勢|达成|達成|完成率|note|unit|remark|change|delta|diff|trend|vs\.?|variance|%\s*of\s*target/i;
/** A week's column (`第6周`, `Week 6`, `W6`): never the figure of a document whose period is months long. */
const WEEK_COLUMN = /第\s*\d{1,2}\s*[周週]|\bweek\s*\d|\bwk\.?\s*\d|^\W*W\d{1,2}\W*$/i;
/** How much of the target was reached (`目标达成率`, `% of target`): a ratio of two figures, not either. */
const ATTAINMENT_COLUMN = /达成|達成|完成率|完成度|achievement|attainment|%\s*of\s*target|vs\.?\s*target/i;
const TARGET_COLUMN = /目标|目標|计划|計畫|計劃|target|goal|plan\b/i;
const BASELINE_COLUMN = /上期|上月|上季|上年|去年|同期|基线|基線|baseline|previous|prior|last (?:month|quarter|period|year)/i;
/** Words that say "this period" without naming it; 本月 / 本季 / 本年 also say how long it is. */
const CURRENT_COLUMN = /实际|實際|actual|本期|当期|當期|current|this period/i;
const CURRENT_SPAN: [RegExp, number][] = [[/本月|当月|當月|this month/i, 1], [/本季|当季|當季|this quarter/i, 3], [/本年|今年|this year/i, 12]];

/**
 * What each column of a KPI table holds (column 0 names the KPI), read as a person reads the
 * table against the document's period `doc` (frontmatter `period:` or the title):
 *
 * - a header that says so wins: 目标 / target, 上期 / 同期 / baseline, 实际 / 本期 / actual;
 * - a column naming a period (`7月`, `三季度`, `Q1`, `第四季合計`, `115年上半年`) is the actual only
 *   when it is the document's period; a month column of a quarterly summary is never compared;
 * - a total or average column (`合计`, `平均`, `Total`) is the whole period's figure, the actual
 *   when no column names the document's period;
 * - without a document period, several columns of the same length (`Q2 | Q3`, `10月 | 11月`) are
 *   periods in a row, the latest the actual and the earlier baselines; a column that covers all the
 *   others (`7月 | 8月 | 9月 | 三季度`) is the actual and the others are not compared.
 *
 * A column whose period cannot be placed, or a change / note column, gives undefined: no value of
 * it is compared with the frontmatter (ambiguity means no finding).
 */
export function kpiColumnKinds(header: string[], doc?: MonthSpan): (KpiValue['kind'] | undefined)[] {
  const docYear = yearOf(doc);
  const spans = header.map((h, i) => (i === 0 ? undefined : spanOfPeriodWords(h, docYear)));
  // Columns read from their own words (a kind, or "not this document's figure").
  const decided = new Set<number>([0]);
  const kinds = header.map((h, i): KpiValue['kind'] | undefined => {
    if (i === 0) return undefined;
    const span = spans[i];
    // A period that is not the document's (`7月目标` in a Q3 plan) is not the document's figure.
    const otherPeriod = !!(doc && span && !samePeriod(span, doc));
    let kind: KpiValue['kind'] | undefined;
    const current = CURRENT_SPAN.find(([re]) => re.test(h));
    if (ATTAINMENT_COLUMN.test(h) || NOT_A_LEVEL_COLUMN.test(h) || (doc && WEEK_COLUMN.test(h))) kind = undefined;
    else if (TARGET_COLUMN.test(h)) kind = otherPeriod ? undefined : 'target';
    else if (BASELINE_COLUMN.test(h)) kind = 'baseline';
    else if (current) kind = !doc || doc.end - doc.start + 1 === current[1] ? 'actual' : undefined;
    else if (CURRENT_COLUMN.test(h)) kind = otherPeriod ? undefined : 'actual';
    else return undefined;
    decided.add(i);
    return kind;
  });
  const open = (i: number) => !decided.has(i);
  const periodCols = header.map((_, i) => i).filter((i) => open(i) && spans[i]);
  const wholeCols = header.map((_, i) => i).filter((i) => open(i) && !spans[i] && WHOLE_COLUMN.test(header[i]));
  const hasActual = () => kinds.includes('actual');
  if (doc) {
    const own = periodCols.find((i) => samePeriod(spans[i]!, doc));
    if (own !== undefined && !hasActual()) kinds[own] = 'actual';
  } else if (periodCols.length >= 2 && !wholeCols.length) {
    const len = (i: number) => spans[i]!.end - spans[i]!.start;
    const sameLength = periodCols.every((i) => len(i) === len(periodCols[0]));
    if (sameLength) {
      const latest = periodCols.reduce((a, b) => (spans[b]!.start > spans[a]!.start ? b : a));
      for (const i of periodCols) kinds[i] = i === latest && !hasActual() ? 'actual' : 'baseline';
    } else {
      const cover = periodCols.filter((i) => periodCols.every((j) => spans[i]!.start <= spans[j]!.start && spans[i]!.end >= spans[j]!.end));
      if (cover.length === 1 && !hasActual()) kinds[cover[0]] = 'actual';
    }
  }
  if (wholeCols.length && !hasActual()) kinds[wholeCols[0]] = 'actual';
  // Columns that neither name a period nor say what they hold (`| 指标 | 数值 |`): the first is the
  // actual, later ones baselines — unless the table is laid out by period, when they are not read.
  if (!periodCols.length && !wholeCols.length) {
    let sawActual = hasActual();
    for (let i = 1; i < header.length; i++) {
      if (!open(i)) continue;
      kinds[i] = sawActual ? 'baseline' : 'actual';
      sawActual = true;
    }
  }
  return kinds;
}

const CN_MONTH: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4, 五: 5, 六: 6, 七: 7, 八: 8, 九: 9, 十: 10, 十一: 11, 十二: 12 };
const EN_MONTH = ['jan', 'feb', 'mar', 'apr', 'may', 'jun', 'jul', 'aug', 'sep', 'oct', 'nov', 'dec'];

/**
 * A sortable month number for a column header that names a period, or undefined. Years are
 * Gregorian or ROC (`114年`, `民國114年`); a header without a year sorts within its year only,
 * which is what `Q2 | Q3` or `10月 | 11月` mean.
 */
export function periodOrder(header: string): number | undefined {
  const h = foldWidth(header).trim();
  if (h.length > 24) return undefined;
  let year = 0;
  let m: RegExpExecArray | null;
  if ((m = /(19|20)\d{2}/.exec(h))) year = Number(m[0]);
  else if ((m = /(?:民國|民国)?\s*(1[01]\d)\s*年/.exec(h))) year = Number(m[1]) + 1911;
  let month: number | undefined;
  if ((m = /Q\s*([1-4])|第\s*([一二三四1-4])\s*季/i.exec(h))) {
    const q = m[1] ? Number(m[1]) : ({ 一: 1, 二: 2, 三: 3, 四: 4 } as Record<string, number>)[m[2]] ?? Number(m[2]);
    month = q * 3 - 1;
  } else if ((m = /H\s*([12])\b|([上下])半年/i.exec(h))) {
    month = (m[1] ? m[1] === '1' : m[2] === '上') ? 3.5 : 9.5;
  } else if ((m = /(?:^|[^\d])(1[0-2]|0?[1-9])\s*月/.exec(h)) || (m = /(?:^|\D)(?:19|20)\d{2}\s*[-/.]\s*(1[0-2]|0?[1-9])(?!\d)/.exec(h))) {
    month = Number(m[1]);
  } else if ((m = /([一二三四五六七八九十]{1,2})月/.exec(h)) && CN_MONTH[m[1]]) {
    month = CN_MONTH[m[1]];
  } else if ((m = /\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b/i.exec(h))) {
    month = EN_MONTH.indexOf(m[1].toLowerCase()) + 1;
  } else if (year && /^(?:民國|民国)?\s*\d{3,4}\s*(年度?|fy)?$/i.test(h.replace(/\s+/g, ''))) {
    month = 6.5;
  }
  if (month === undefined) return undefined;
  return year * 12 + month;
}
