import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import schema from '../../../schemas/frontmatter.schema.json';
import type { Range } from '../types';
import type { RuleDefinition, RuleReport } from './rule';
import { tr } from './util';
import type { Messages } from '../i18n';

let validate: ValidateFunction | undefined;
/** Compiled on first use: most documents are linted many times, and most never need it twice. */
function validator(): ValidateFunction {
  if (!validate) {
    const ajv = new Ajv({ strict: false, allErrors: true, allowUnionTypes: true });
    validate = ajv.compile(schema as object);
  }
  return validate;
}

const M: Record<string, Messages> = {
  type: { 'zh-CN': '“{key}”应为{expected}', 'zh-TW': '「{key}」應為{expected}', en: '`{key}` should be {expected}' },
  enum: { 'zh-CN': '“{key}”的取值应为：{allowed}', 'zh-TW': '「{key}」的值應為：{allowed}', en: '`{key}` should be one of: {allowed}' },
  minimum: { 'zh-CN': '“{key}”不能小于 {limit}', 'zh-TW': '「{key}」不能小於 {limit}', en: '`{key}` must not be less than {limit}' },
  maximum: { 'zh-CN': '“{key}”不能大于 {limit}', 'zh-TW': '「{key}」不能大於 {limit}', en: '`{key}` must not be more than {limit}' },
  exclusiveMinimum: { 'zh-CN': '“{key}”应大于 {limit}', 'zh-TW': '「{key}」應大於 {limit}', en: '`{key}` must be more than {limit}' },
  additionalProperties: { 'zh-CN': '未知的字段“{prop}”', 'zh-TW': '未知的欄位「{prop}」', en: 'Unknown key `{prop}`' },
  required: { 'zh-CN': '“{key}”缺少字段“{prop}”', 'zh-TW': '「{key}」缺少欄位「{prop}」', en: '`{key}` is missing `{prop}`' },
  other: { 'zh-CN': '“{key}”不符合规范：{detail}', 'zh-TW': '「{key}」不符合規範：{detail}', en: '`{key}` does not match the schema: {detail}' },
};
const TYPES: Record<string, Messages> = {
  number: { 'zh-CN': '数字', 'zh-TW': '數字', en: 'a number' },
  integer: { 'zh-CN': '整数', 'zh-TW': '整數', en: 'an integer' },
  string: { 'zh-CN': '文字', 'zh-TW': '文字', en: 'text' },
  object: { 'zh-CN': '对象（键: 值）', 'zh-TW': '物件（鍵: 值）', en: 'a mapping' },
  array: { 'zh-CN': '列表', 'zh-TW': '清單', en: 'a list' },
  boolean: { 'zh-CN': '是/否', 'zh-TW': '是/否', en: 'true or false' },
};

/** frontmatter-schema: the frontmatter breaks the schema (a type, a range, an unknown key). */
export const frontmatterSchema: RuleDefinition = {
  id: 'frontmatter-schema',
  defaultSeverity: 'warning',
  title: { 'zh-CN': 'Frontmatter 不符合字段规范', 'zh-TW': 'Frontmatter 不符合欄位規範', en: 'Frontmatter breaks the schema' },
  description: {
    'zh-CN': 'KPI 数值写成文字（如 “九成”）、百分比超过 100、数量为负，都会让统计与汇总算错。',
    'zh-TW': 'KPI 數值寫成文字（如「九成」）、百分比超過 100、數量為負，都會讓統計與彙整算錯。',
    en: 'A KPI written as words ("九成"), a percentage over 100 or a negative count makes statistics and the team roll-up wrong.',
  },
  check(ctx) {
    const fm = ctx.model.frontmatter;
    if (!fm?.data) return [];
    const v = validator();
    // Validate what the writer could have meant as data: YAML tags such as `!!binary`, `!!set` or
    // `!!omap` give Buffers, Sets and Maps, whose methods would otherwise be reported as keys.
    const data = plain(fm.data);
    if (v(data)) return [];
    const out: RuleReport[] = [];
    const seen = new Set<string>();
    for (const e of pruneErrors(v.errors ?? [])) {
      const path = e.instancePath.split('/').slice(1).map(unescape);
      const prop = (e.params as { additionalProperty?: string; missingProperty?: string }).additionalProperty ?? (e.params as { missingProperty?: string }).missingProperty;
      const keyPath = path.join('.');
      const target = e.keyword === 'additionalProperties' && prop ? [...path, prop].join('.') : keyPath;
      // At the key (`satisfaction:`), whatever is wrong with its value: the key names what is wrong,
      // and it stays put while the writer retypes the value.
      const range: Range = fm.keyRanges[target] ?? fm.keyRanges[keyPath] ?? fm.valueRanges[target] ?? fm.range;
      const key = keyPath || 'frontmatter';
      const params: Record<string, string | number> = { key, prop: prop ?? '' };
      let m = M[e.keyword] ?? M.other;
      if (e.keyword === 'type') {
        const t = String((e.params as { type: string }).type).split(',');
        params.expected = t.map((x) => tr(TYPES[x] ?? { 'zh-CN': x, 'zh-TW': x, en: x }, ctx.locale)).join(ctx.locale === 'en' ? ' or ' : '或');
      } else if (e.keyword === 'enum') params.allowed = ((e.params as { allowedValues: unknown[] }).allowedValues ?? []).join(', ');
      else if ('limit' in (e.params as object)) params.limit = (e.params as { limit: number }).limit;
      else if (!M[e.keyword]) {
        m = M.other;
        params.detail = e.message ?? e.keyword;
      }
      const message = tr(m, ctx.locale, params);
      const id = `${range.start.offset}:${message}`;
      if (seen.has(id)) continue;
      seen.add(id);
      out.push({ range, message });
    }
    return out;
  },
};

/** JSON-like copy of YAML data: binary → text, Set → list, Map → mapping, Date → ISO text; cycles cut. */
function plain(value: unknown, depth = 0): unknown {
  if (value === null || typeof value !== 'object') return typeof value === 'bigint' ? Number(value) : value;
  if (depth > 32) return null;
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? String(value) : value.toISOString();
  if (ArrayBuffer.isView(value)) return '(binary)';
  if (value instanceof Set) return [...value].map((x) => plain(x, depth + 1));
  if (Array.isArray(value)) return value.map((x) => plain(x, depth + 1));
  const entries: [unknown, unknown][] = value instanceof Map ? [...value.entries()] : Object.entries(value);
  const out: Record<string, unknown> = {};
  for (const [k, v] of entries) Object.defineProperty(out, String(k), { value: plain(v, depth + 1), enumerable: true, writable: true, configurable: true });
  return out;
}

function unescape(s: string): string {
  return s.replace(/~1/g, '/').replace(/~0/g, '~');
}

/** Keeps the most useful error per location: drops `anyOf`/`oneOf` summaries when a branch said more. */
function pruneErrors(errors: ErrorObject[]): ErrorObject[] {
  const byPath = new Map<string, ErrorObject[]>();
  for (const e of errors) {
    if (e.keyword === 'if' || e.keyword === 'then' || e.keyword === 'else') continue;
    const list = byPath.get(e.instancePath) ?? [];
    list.push(e);
    byPath.set(e.instancePath, list);
  }
  const out: ErrorObject[] = [];
  for (const [, list] of byPath) {
    const specific = list.filter((e) => e.keyword !== 'anyOf' && e.keyword !== 'oneOf');
    const pick = specific.length ? specific : list;
    // A value that is neither a number nor an object reports one "type" error per branch: keep one.
    const types = pick.filter((e) => e.keyword === 'type');
    if (types.length > 1) {
      const merged = { ...types[0], params: { type: [...new Set(types.flatMap((t) => String((t.params as { type: string }).type).split(',')))].join(',') } };
      out.push(merged, ...pick.filter((e) => e.keyword !== 'type'));
    } else out.push(...pick);
  }
  return out;
}
