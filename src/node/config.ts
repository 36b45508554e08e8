// Config discovery for Node: finds `.csplanrc.json` / `.csplanrc.yaml` / `.csplanrc.yml` upward from
// a document (the nearest file wins), follows `extends`, validates against
// schemas/csplanrc.schema.json and reports every problem with its line and column. Invalid settings
// are dropped one by one, so the valid rest still applies; a file that cannot be parsed at all gives
// the defaults (an empty config) and an error.
import { readFileSync, statSync } from 'node:fs';
import { dirname, resolve, join, isAbsolute } from 'node:path';
import Ajv, { type ErrorObject, type ValidateFunction } from 'ajv';
import { LineCounter, parseDocument, isMap, isPair, isScalar, type Document } from 'yaml';
import schemaJson from '../../schemas/csplanrc.schema.json';
import { RULES } from '../core/rules';
import { mergeConfigs } from '../core/config';
import type { Config, Locale } from '../core/types';

// The same names, in the same order, as the editor looks for (src/vscode/config.ts); a bare `.csplanrc` is
// read as YAML (which also accepts JSON).
export const CONFIG_FILE_NAMES = ['.csplanrc.json', '.csplanrc.yaml', '.csplanrc.yml', '.csplanrc'] as const;

export interface ConfigError {
  /** The config file (absolute path). */
  file: string;
  /** 1-based; 1 when the problem concerns the file as a whole. */
  line: number;
  column: number;
  message: string;
}

export interface LoadedConfig {
  /** The settings to pass to analyze(); `{}` means the defaults. */
  config: Config;
  /** Config files that contributed, the base of an `extends` chain first. */
  sources: string[];
  errors: ConfigError[];
}

export interface LoadConfigOptions {
  /** An explicit config file (`--config FILE`): discovery is skipped. */
  configFile?: string;
  /** Language of the error messages (default en). */
  locale?: Locale;
}

// ---------------------------------------------------------------------------------------------
// Messages (the config loader's own words, in the three locales)

type Msg = Record<Locale, string>;
const M = {
  notFound: {
    en: 'Config file not found: {file}',
    'zh-CN': '找不到配置文件：{file}',
    'zh-TW': '找不到設定檔：{file}',
  },
  unreadable: {
    en: 'Cannot read the config file ({detail}); the defaults are used.',
    'zh-CN': '无法读取配置文件（{detail}），已使用默认设置。',
    'zh-TW': '無法讀取設定檔（{detail}），已改用預設設定。',
  },
  notUtf8: {
    en: 'The config file is not UTF-8 text; the defaults are used.',
    'zh-CN': '配置文件不是 UTF-8 文本，已使用默认设置。',
    'zh-TW': '設定檔不是 UTF-8 文字，已改用預設設定。',
  },
  tooLarge: {
    en: 'The config file is too large ({size} bytes; at most {max}); it is not read and the defaults are used.',
    'zh-CN': '配置文件过大（{size} 字节，最多 {max} 字节），未读取，已使用默认设置。',
    'zh-TW': '設定檔過大（{size} 位元組，最多 {max} 位元組），未讀取，已改用預設設定。',
  },
  syntaxJson: {
    en: 'Invalid JSON: {detail}. The defaults are used.',
    'zh-CN': 'JSON 格式错误：{detail}。已使用默认设置。',
    'zh-TW': 'JSON 格式錯誤：{detail}。已改用預設設定。',
  },
  syntaxYaml: {
    en: 'Invalid YAML: {detail}. The defaults are used.',
    'zh-CN': 'YAML 格式错误：{detail}。已使用默认设置。',
    'zh-TW': 'YAML 格式錯誤：{detail}。已改用預設設定。',
  },
  notObject: {
    en: 'The configuration must be a mapping of settings (locale, rules, requiredParts, vocabulary, maxBytes); the defaults are used.',
    'zh-CN': '配置内容必须是设置项的映射（locale、rules、requiredParts、vocabulary、maxBytes），已使用默认设置。',
    'zh-TW': '設定內容必須是設定項的對應（locale、rules、requiredParts、vocabulary、maxBytes），已改用預設設定。',
  },
  unknownSetting: {
    en: 'Unknown setting "{name}" (ignored). Known settings: {known}.',
    'zh-CN': '未知的设置项“{name}”（已忽略）。可用的设置项：{known}。',
    'zh-TW': '未知的設定項「{name}」（已忽略）。可用的設定項：{known}。',
  },
  unknownRule: {
    en: 'Unknown rule "{name}" (ignored).{hint}',
    'zh-CN': '未知的规则“{name}”（已忽略）。{hint}',
    'zh-TW': '未知的規則「{name}」（已忽略）。{hint}',
  },
  didYouMean: {
    en: ' Did you mean "{name}"?',
    'zh-CN': '是否想写“{name}”？',
    'zh-TW': '是否想寫「{name}」？',
  },
  badSeverity: {
    en: 'Rule "{rule}": the severity must be one of off, info, warning, error (got {value}); the setting is ignored.',
    'zh-CN': '规则“{rule}”：严重级别必须是 off、info、warning、error 之一（实际为 {value}），该设置已忽略。',
    'zh-TW': '規則「{rule}」：嚴重程度必須是 off、info、warning、error 之一（實際為 {value}），該設定已忽略。',
  },
  badRuleSetting: {
    en: 'Rule "{rule}": expected a severity (off, info, warning, error) or an object with "severity" (got {value}); the setting is ignored.',
    'zh-CN': '规则“{rule}”：应为严重级别（off、info、warning、error）或包含 severity 的对象（实际为 {value}），该设置已忽略。',
    'zh-TW': '規則「{rule}」：應為嚴重程度（off、info、warning、error）或包含 severity 的物件（實際為 {value}），該設定已忽略。',
  },
  badLocale: {
    en: '"locale" must be one of zh-CN, zh-TW, en (got {value}); ignored.',
    'zh-CN': '“locale”必须是 zh-CN、zh-TW、en 之一（实际为 {value}），已忽略。',
    'zh-TW': '「locale」必須是 zh-CN、zh-TW、en 之一（實際為 {value}），已忽略。',
  },
  unknownDocType: {
    en: 'requiredParts: unknown document type "{name}" (ignored); the types are summary, plan, summary-plan, workflow.',
    'zh-CN': 'requiredParts：未知的文档类型“{name}”（已忽略）；可用类型为 summary、plan、summary-plan、workflow。',
    'zh-TW': 'requiredParts：未知的文件類型「{name}」（已忽略）；可用類型為 summary、plan、summary-plan、workflow。',
  },
  badPart: {
    en: 'requiredParts.{type}: unknown part {value} (ignored); the parts are {known}.',
    'zh-CN': 'requiredParts.{type}：未知的部分 {value}（已忽略）；可用部分为 {known}。',
    'zh-TW': 'requiredParts.{type}：未知的部分 {value}（已忽略）；可用部分為 {known}。',
  },
  badPartList: {
    en: 'requiredParts.{type} must be a list of part ids (got {value}); ignored.',
    'zh-CN': 'requiredParts.{type} 必须是部分标识的列表（实际为 {value}），已忽略。',
    'zh-TW': 'requiredParts.{type} 必須是部分識別碼的清單（實際為 {value}），已忽略。',
  },
  duplicatePart: {
    en: 'requiredParts.{type} lists a part twice; the duplicate is ignored.',
    'zh-CN': 'requiredParts.{type} 重复列出了同一部分，重复项已忽略。',
    'zh-TW': 'requiredParts.{type} 重複列出了同一部分，重複項已忽略。',
  },
  badMaxBytes: {
    en: '"maxBytes" must be a whole number of bytes, at least 1024 (got {value}); ignored.',
    'zh-CN': '“maxBytes”必须是不小于 1024 的整数字节数（实际为 {value}），已忽略。',
    'zh-TW': '「maxBytes」必須是不小於 1024 的整數位元組數（實際為 {value}），已忽略。',
  },
  badValue: {
    en: '"{path}" is invalid ({detail}); ignored.',
    'zh-CN': '“{path}”无效（{detail}），已忽略。',
    'zh-TW': '「{path}」無效（{detail}），已忽略。',
  },
  extendsMissing: {
    en: '"extends": cannot read {file}; it is ignored.',
    'zh-CN': '“extends”：无法读取 {file}，已忽略。',
    'zh-TW': '「extends」：無法讀取 {file}，已忽略。',
  },
  extendsCycle: {
    en: '"extends" forms a cycle through {file}; it is ignored.',
    'zh-CN': '“extends”形成循环引用（{file}），已忽略。',
    'zh-TW': '「extends」形成循環參照（{file}），已忽略。',
  },
} satisfies Record<string, Msg>;

function say(locale: Locale, m: Msg, params: Record<string, string | number> = {}): string {
  return (m[locale] ?? m.en).replace(/\{(\w+)\}/g, (s, k) => (k in params ? String(params[k]) : s));
}

function show(v: unknown): string {
  if (v === undefined) return 'nothing';
  const s = JSON.stringify(v);
  return s === undefined ? String(v) : s.length > 60 ? s.slice(0, 57) + '...' : s;
}

// ---------------------------------------------------------------------------------------------
// Validation

const TOP_LEVEL = ['locale', 'rules', 'requiredParts', 'vocabulary', 'maxBytes', 'extends', '$schema'];

let validator: ValidateFunction | undefined;
let knownRuleIds: string[] = [];

/** The schema with any rule the engine has that the static schema does not list yet. */
export function configSchema(): Record<string, any> {
  const schema = JSON.parse(JSON.stringify(schemaJson)) as Record<string, any>;
  const props = schema.properties.rules.properties as Record<string, unknown>;
  for (const r of RULES) if (!props[r.id]) props[r.id] = { $ref: '#/definitions/ruleSetting' };
  return schema;
}

function getValidator(): ValidateFunction {
  if (!validator) {
    const schema = configSchema();
    knownRuleIds = Object.keys(schema.properties.rules.properties);
    const ajv = new Ajv({ allErrors: true, strict: false });
    validator = ajv.compile(schema);
  }
  return validator;
}

function partIds(): string[] {
  return (schemaJson as any).definitions.partId.enum as string[];
}

function levenshtein(a: string, b: string): number {
  const d = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    let prev = d[0];
    d[0] = i;
    for (let j = 1; j <= b.length; j++) {
      const tmp = d[j];
      d[j] = Math.min(d[j] + 1, d[j - 1] + 1, prev + (a[i - 1] === b[j - 1] ? 0 : 1));
      prev = tmp;
    }
  }
  return d[b.length];
}

function closest(name: string, candidates: string[]): string | undefined {
  let best: string | undefined;
  let bestD = Infinity;
  for (const c of candidates) {
    const dist = levenshtein(name.toLowerCase(), c);
    if (dist < bestD) (best = c), (bestD = dist);
  }
  return best !== undefined && bestD <= Math.max(2, Math.floor(name.length / 3)) ? best : undefined;
}

type Path = (string | number)[];

function pointerToPath(pointer: string): Path {
  if (!pointer) return [];
  return pointer
    .slice(1)
    .split('/')
    .map((s) => s.replace(/~1/g, '/').replace(/~0/g, '~'))
    .map((s) => (/^\d+$/.test(s) ? Number(s) : s));
}

function getAt(data: unknown, path: Path): unknown {
  let cur: any = data;
  for (const k of path) {
    if (cur == null || typeof cur !== 'object') return undefined;
    cur = cur[k as any];
  }
  return cur;
}

interface Issue {
  path: Path;
  /** Point at the key (an unknown or misplaced name) rather than the value. */
  atKey: boolean;
  message: string;
  /** What to do about it: drop the value at `path`, or drop duplicates from the list at `path`. */
  action: 'drop' | 'dedupe' | 'reset';
}

/** Turns Ajv's errors into one clear issue per problem, with the fix that keeps the valid rest. */
function issuesFrom(errors: ErrorObject[], data: unknown, locale: Locale): Issue[] {
  const issues: Issue[] = [];
  const done = new Set<string>();
  const add = (i: Issue) => {
    const key = i.path.join('\u0000') + '|' + i.action;
    if (done.has(key)) return;
    done.add(key);
    issues.push(i);
  };
  for (const e of errors) {
    const path = pointerToPath(e.instancePath);
    if (e.keyword === 'additionalProperties') {
      const name = String((e.params as any).additionalProperty);
      const full = [...path, name];
      if (path.length === 0) {
        add({ path: full, atKey: true, action: 'drop', message: say(locale, M.unknownSetting, { name, known: TOP_LEVEL.slice(0, 5).join(', ') }) });
      } else if (path.length === 1 && path[0] === 'rules') {
        const near = closest(name, knownRuleIds);
        add({ path: full, atKey: true, action: 'drop', message: say(locale, M.unknownRule, { name, hint: near ? say(locale, M.didYouMean, { name: near }) : '' }) });
      } else if (path.length === 1 && path[0] === 'requiredParts') {
        add({ path: full, atKey: true, action: 'drop', message: say(locale, M.unknownDocType, { name }) });
      } else {
        add({ path: full, atKey: true, action: 'drop', message: say(locale, M.badValue, { path: full.join('.'), detail: e.message ?? '' }) });
      }
      continue;
    }
    if (path.length === 0) {
      add({ path, atKey: false, action: 'reset', message: say(locale, M.notObject) });
      continue;
    }
    const value = getAt(data, path);
    const [top, second, third] = path;
    if (top === 'rules' && path.length === 2) {
      // An object setting fails through its members (reported below); only report the whole.
      if (value !== null && typeof value === 'object' && !Array.isArray(value)) continue;
      const m = typeof value === 'string' ? M.badSeverity : M.badRuleSetting;
      add({ path, atKey: false, action: 'drop', message: say(locale, m, { rule: String(second), value: show(value) }) });
    } else if (top === 'rules' && path.length === 3 && third === 'severity') {
      add({ path, atKey: false, action: 'drop', message: say(locale, M.badSeverity, { rule: String(second), value: show(value) }) });
    } else if (top === 'locale') {
      add({ path, atKey: false, action: 'drop', message: say(locale, M.badLocale, { value: show(value) }) });
    } else if (top === 'maxBytes') {
      add({ path, atKey: false, action: 'drop', message: say(locale, M.badMaxBytes, { value: show(value) }) });
    } else if (top === 'requiredParts' && path.length === 1) {
      add({ path, atKey: false, action: 'drop', message: say(locale, M.badValue, { path: 'requiredParts', detail: e.message ?? '' }) });
    } else if (top === 'requiredParts' && path.length === 2) {
      if (e.keyword === 'uniqueItems') add({ path, atKey: false, action: 'dedupe', message: say(locale, M.duplicatePart, { type: String(second) }) });
      else add({ path, atKey: false, action: 'drop', message: say(locale, M.badPartList, { type: String(second), value: show(value) }) });
    } else if (top === 'requiredParts' && path.length === 3) {
      add({ path, atKey: false, action: 'drop', message: say(locale, M.badPart, { type: String(second), value: show(value), known: partIds().join(', ') }) });
    } else {
      add({ path, atKey: false, action: 'drop', message: say(locale, M.badValue, { path: path.join('.'), detail: e.message ?? '' }) });
    }
  }
  return issues;
}

/** Removes what the issues point at; list items are removed from the highest index down. */
function applyIssues(data: any, issues: Issue[]): any {
  if (issues.some((i) => i.action === 'reset')) return {};
  const sorted = [...issues].sort((a, b) => {
    if (a.path.length !== b.path.length) return b.path.length - a.path.length;
    const la = a.path[a.path.length - 1];
    const lb = b.path[b.path.length - 1];
    return typeof la === 'number' && typeof lb === 'number' ? lb - la : 0;
  });
  for (const i of sorted) {
    if (i.action === 'dedupe') {
      const list = getAt(data, i.path);
      if (Array.isArray(list)) {
        const parent = getAt(data, i.path.slice(0, -1)) as any;
        parent[i.path[i.path.length - 1] as any] = [...new Set(list)];
      }
      continue;
    }
    const parent = getAt(data, i.path.slice(0, -1)) as any;
    const key = i.path[i.path.length - 1];
    if (parent == null || typeof parent !== 'object') continue;
    if (Array.isArray(parent) && typeof key === 'number') parent.splice(key, 1);
    else delete parent[key as any];
  }
  return data;
}

// ---------------------------------------------------------------------------------------------
// Parsing with positions

interface Parsed {
  data: unknown;
  doc?: Document;
  lines: LineCounter;
  errors: ConfigError[];
}

function offsetToPos(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let last = -1;
  for (let i = 0; i < offset && i < text.length; i++) if (text.charCodeAt(i) === 10) (line++, (last = i));
  return { line, column: offset - last };
}

function parseConfigText(file: string, text: string, locale: Locale): Parsed {
  const lines = new LineCounter();
  const isJson = file.toLowerCase().endsWith('.json');
  if (isJson && !text.trim()) return { data: {}, lines, errors: [] }; // an empty file: the defaults, as in YAML
  if (isJson) {
    try {
      JSON.parse(text);
    } catch (e) {
      const msg = (e as Error).message;
      const m = /position (\d+)/.exec(msg);
      const lc = /line (\d+) column (\d+)/.exec(msg);
      const pos = lc ? { line: Number(lc[1]), column: Number(lc[2]) } : m ? offsetToPos(text, Number(m[1])) : offsetToPos(text, text.length);
      const detail = msg.replace(/^JSON\.parse: /, '').replace(/ in JSON at position \d+.*$/, '').replace(/\s*\(line \d+ column \d+\)/, '');
      return { data: {}, lines, errors: [{ file, ...pos, message: say(locale, M.syntaxJson, { detail }) }] };
    }
  }
  const doc = parseDocument(text, { lineCounter: lines, uniqueKeys: true, prettyErrors: false });
  if (doc.errors.length) {
    const errors = doc.errors.map((err) => {
      const p = err.linePos?.[0] ?? lines.linePos(err.pos[0]);
      const detail = err.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '');
      return { file, line: p.line, column: p.col, message: say(locale, M.syntaxYaml, { detail }) };
    });
    return { data: {}, lines, errors };
  }
  // A tag the core schema does not know (`!!js/function`, `!!python/object`) is never resolved, let
  // alone run: it is an error, and the defaults are used.
  const tags = doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED');
  if (tags.length) {
    return {
      data: {},
      lines,
      errors: tags.map((w) => {
        const p = w.linePos?.[0] ?? lines.linePos(w.pos[0]);
        return { file, line: p.line, column: p.col, message: say(locale, M.syntaxYaml, { detail: w.message.split('\n')[0].replace(/ at line \d+, column \d+:?$/, '') }) };
      }),
    };
  }
  let data: unknown;
  try {
    // Aliases are expanded with a budget: an "alias bomb" (a billion laughs) throws instead of eating memory.
    data = doc.toJS({ maxAliasCount: 100 });
  } catch (e) {
    const alias = /alias/i.test((e as Error).message) ? text.search(/(^|[\s[{,:-])\*[^\s,\]}]/m) : -1;
    const p = lines.linePos(Math.max(0, alias));
    return { data: {}, lines, errors: [{ file, line: p.line, column: p.col, message: say(locale, M.syntaxYaml, { detail: (e as Error).message.split('\n')[0] }) }] };
  }
  return { data: data ?? {}, doc, lines, errors: [] };
}

/** Line and column of the value (or the key) at `path` in the parsed document. */
function positionOf(parsed: Parsed, path: Path, atKey: boolean): { line: number; column: number } {
  const doc = parsed.doc;
  if (!doc) return { line: 1, column: 1 };
  let node: any = doc.contents;
  let best: number | undefined = node?.range?.[0];
  for (let i = 0; i < path.length; i++) {
    const k = path[i];
    if (isMap(node)) {
      const pair = node.items.find((p: any) => isPair(p) && isScalar(p.key) && String(p.key.value) === String(k));
      if (!pair) break;
      const last = i === path.length - 1;
      if (last && atKey) {
        best = (pair.key as any)?.range?.[0] ?? best;
        break;
      }
      node = pair.value;
      best = node?.range?.[0] ?? (pair.key as any)?.range?.[0] ?? best;
    } else if (node && Array.isArray(node.items) && typeof k === 'number') {
      node = node.items[k];
      best = node?.range?.[0] ?? best;
    } else break;
  }
  if (best === undefined) return { line: 1, column: 1 };
  const p = parsed.lines.linePos(best);
  return { line: p.line, column: p.col };
}

// ---------------------------------------------------------------------------------------------
// Loading, merging, caching

interface FileEntry {
  mtimeMs: number;
  size: number;
  /** Settings of this file alone (after validation), with its `extends` target. */
  own: Config;
  extendsPath?: string;
  /** The position of the `extends` value, for errors about it. */
  extendsPos?: { line: number; column: number };
  errors: ConfigError[];
  locale: Locale;
}

const fileCache = new Map<string, FileEntry>();
const dirCache = new Map<string, string | null>();

/** Forgets every cached config file and directory lookup (e.g. after files change). */
export function clearConfigCache(): void {
  fileCache.clear();
  dirCache.clear();
}

function readOwn(file: string, locale: Locale): FileEntry | { missing: true; detail: string } {
  let st;
  try {
    st = statSync(file);
  } catch (e) {
    return { missing: true, detail: (e as NodeJS.ErrnoException).code ?? String(e) };
  }
  const cached = fileCache.get(file);
  if (cached && cached.mtimeMs === st.mtimeMs && cached.size === st.size && cached.locale === locale) return cached;
  const entry = parseFile(file, locale, st.mtimeMs, st.size);
  fileCache.set(file, entry);
  return entry;
}

/** A config file is a few hundred bytes; one larger than this is not read (the defaults are used). */
export const MAX_CONFIG_BYTES = 256 * 1024;

function parseFile(file: string, locale: Locale, mtimeMs: number, size: number): FileEntry {
  const base = { mtimeMs, size, locale };
  if (size > MAX_CONFIG_BYTES) {
    return { ...base, own: {}, errors: [{ file, line: 1, column: 1, message: say(locale, M.tooLarge, { size, max: MAX_CONFIG_BYTES }) }] };
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch (e) {
    return { ...base, own: {}, errors: [{ file, line: 1, column: 1, message: say(locale, M.unreadable, { detail: (e as NodeJS.ErrnoException).code ?? String(e) }) }] };
  }
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes); // also drops a BOM
  } catch {
    return { ...base, own: {}, errors: [{ file, line: 1, column: 1, message: say(locale, M.notUtf8) }] };
  }
  const parsed = parseConfigText(file, text, locale);
  if (parsed.errors.length) return { ...base, own: {}, errors: parsed.errors };
  return { ...base, ...validate(file, parsed, locale) };
}

function validate(file: string, parsed: Parsed, locale: Locale): { own: Config; errors: ConfigError[]; extendsPath?: string; extendsPos?: { line: number; column: number } } {
  const validateFn = getValidator();
  let data: any = parsed.data;
  const errors: ConfigError[] = [];
  if (data === null || typeof data !== 'object' || Array.isArray(data)) {
    return { own: {}, errors: [{ file, ...positionOf(parsed, [], false), message: say(locale, M.notObject) }] };
  }
  data = JSON.parse(JSON.stringify(data));
  for (let pass = 0; pass < 5 && !validateFn(data); pass++) {
    const issues = issuesFrom(validateFn.errors ?? [], data, locale);
    if (!issues.length) break;
    for (const i of issues) errors.push({ file, ...positionOf(parsed, i.path, i.atKey), message: i.message });
    data = applyIssues(data, issues);
  }
  if (!validateFn(data)) data = {}; // should not happen: never apply what does not validate
  const { extends: ext, $schema: _schema, ...own } = data as Config & { extends?: string; $schema?: string };
  const out: { own: Config; errors: ConfigError[]; extendsPath?: string; extendsPos?: { line: number; column: number } } = { own, errors };
  if (typeof ext === 'string') {
    out.extendsPath = isAbsolute(ext) ? ext : resolve(dirname(file), ext);
    out.extendsPos = positionOf(parsed, ['extends'], false);
  }
  return out;
}

/** Combines two configs: `over` wins, rule by rule (options of one rule merged too); see core/config. */
export function mergeConfig(base: Config, over: Config): Config {
  return mergeConfigs(base, over);
}

/** Loads one config file and its `extends` chain. */
export function loadConfigFile(file: string, options: { locale?: Locale } = {}): LoadedConfig {
  const locale = options.locale ?? 'en';
  const abs = resolve(file);
  const first = readOwn(abs, locale);
  if ('missing' in first) {
    return { config: {}, sources: [], errors: [{ file: abs, line: 1, column: 1, message: say(locale, M.notFound, { file: abs }) }] };
  }
  const chain: { file: string; entry: FileEntry }[] = [{ file: abs, entry: first }];
  const errors: ConfigError[] = [...first.errors];
  const seen = new Set([abs]);
  let cur = first;
  let curFile = abs;
  while (cur.extendsPath) {
    const next = cur.extendsPath;
    const pos = cur.extendsPos ?? { line: 1, column: 1 };
    if (seen.has(next)) {
      errors.push({ file: curFile, ...pos, message: say(locale, M.extendsCycle, { file: next }) });
      break;
    }
    seen.add(next);
    const e = readOwn(next, locale);
    if ('missing' in e) {
      errors.push({ file: curFile, ...pos, message: say(locale, M.extendsMissing, { file: next }) });
      break;
    }
    errors.push(...e.errors);
    chain.push({ file: next, entry: e });
    cur = e;
    curFile = next;
  }
  // A single file is passed on as written; an `extends` chain is merged, the base first.
  let config: Config = chain.length === 1 ? first.own : {};
  if (chain.length > 1) for (let i = chain.length - 1; i >= 0; i--) config = mergeConfig(config, chain[i].entry.own);
  return { config, sources: chain.map((c) => c.file).reverse(), errors };
}

/** The nearest config file at or above `dir`, or undefined. Cached per directory. */
export function findConfigFile(dir: string): string | undefined {
  const start = resolve(dir);
  const visited: string[] = [];
  let d = start;
  let found: string | null | undefined;
  for (;;) {
    if (dirCache.has(d)) {
      found = dirCache.get(d);
      break;
    }
    visited.push(d);
    const hit = CONFIG_FILE_NAMES.map((n) => join(d, n)).find((p) => {
      try {
        return statSync(p).isFile();
      } catch {
        return false;
      }
    });
    if (hit) {
      found = hit;
      break;
    }
    const parent = dirname(d);
    if (parent === d) {
      found = null;
      break;
    }
    d = parent;
  }
  for (const v of visited) dirCache.set(v, found ?? null);
  return found ?? undefined;
}

/**
 * The configuration for a document: the nearest `.csplanrc.{json,yaml,yml}` at or above the
 * document's folder (or `options.configFile`), with its `extends` chain, validated. Never throws.
 */
export function loadConfigFor(filePath: string, options: LoadConfigOptions = {}): LoadedConfig {
  if (options.configFile) return loadConfigFile(options.configFile, { locale: options.locale });
  const file = findConfigFile(dirname(resolve(filePath)));
  if (!file) return { config: {}, sources: [], errors: [] };
  return loadConfigFile(file, { locale: options.locale });
}
