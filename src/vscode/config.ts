// Configuration for the editor: the `csplan.*` settings merged with the nearest `.csplanrc` file,
// found upward from the document through `vscode.workspace.fs` (so it works in VS Code for the Web
// and on virtual file systems; no `node:` imports here).
//
// Precedence (lowest first), the same for every rule:
//   1. the rule's default severity (engine)
//   2. the `csplan.rules` setting (user, then workspace, then folder settings — VS Code merges those)
//   3. the nearest `.csplanrc.json` / `.csplanrc.yaml` / `.csplanrc.yml` / `.csplanrc` above the
//      document (with what it `extends`): the project's file wins, so the editor and the CLI in CI
//      report the same findings.
// The message language is the editor's: `csplan.locale` when not `auto`, else VS Code's display
// language. A `.csplanrc` `locale` applies to the CLI only.
import * as vscode from 'vscode';
import { parseDocument } from 'yaml';
import type { Config, DocType, KpiKey, Locale, PartId, RuleOptions, SeveritySetting, TeamVocabulary } from '../core/types';
import { resolveLocale } from '../core/i18n';
import { RULES } from '../core/rules';
import { mergeVocabularies } from '../core/config';
import { KPI_INFO } from '../core/model/lexicon';

export const RC_NAMES = ['.csplanrc.json', '.csplanrc.yaml', '.csplanrc.yml', '.csplanrc'];
const SEVERITIES = new Set(['error', 'warning', 'info', 'off']);
const LOCALES = new Set(['zh-CN', 'zh-TW', 'en']);

export interface ConfigProblem {
  /** The config file the problem is in. */
  uri: vscode.Uri;
  /** Localised message. */
  message: string;
  /** 0-based position when known (parse errors), else the top of the file. */
  line: number;
  column: number;
}

export interface RcFile {
  uri: vscode.Uri;
  config: Config;
  /** Problems met while reading (parse errors, bad values, an `extends` not found), this file's and its bases'. */
  problems: ConfigProblem[];
}

export interface EffectiveConfig {
  config: Config;
  locale: Locale;
  rc?: RcFile;
}

/** Keeps what a config object holds that the engine understands; reports the rest (localised). */
export function normalizeConfig(raw: unknown, problems: string[]): Config & { extends?: string } {
  const out: Config & { extends?: string } = {};
  if (raw == null) return out;
  if (typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(vscode.l10n.t('The configuration must be a mapping of settings.'));
    return out;
  }
  const o = raw as Record<string, unknown>;
  if (typeof o.extends === 'string' && o.extends) out.extends = o.extends;
  if (typeof o.locale === 'string') {
    if (LOCALES.has(o.locale)) out.locale = o.locale as Locale;
    else problems.push(vscode.l10n.t('locale "{0}" is not one of zh-CN, zh-TW, en.', o.locale));
  }
  const known = new Set(RULES.map((r) => r.id));
  if (o.rules && typeof o.rules === 'object' && !Array.isArray(o.rules)) {
    out.rules = {};
    for (const [id, v] of Object.entries(o.rules as Record<string, unknown>)) {
      if (!known.has(id)) {
        problems.push(vscode.l10n.t('Unknown rule "{0}".', id));
        continue;
      }
      if (typeof v === 'string' && SEVERITIES.has(v)) out.rules[id] = v as SeveritySetting;
      else if (v && typeof v === 'object' && !Array.isArray(v)) {
        const sev = (v as RuleOptions).severity;
        if (sev !== undefined && !SEVERITIES.has(sev as string)) problems.push(vscode.l10n.t('The severity of {0} must be off, info, warning or error, not "{1}".', id, String(sev)));
        else out.rules[id] = v as RuleOptions;
      } else problems.push(vscode.l10n.t('The severity of {0} must be off, info, warning or error, not "{1}".', id, String(v)));
    }
  } else if (o.rules !== undefined) problems.push(vscode.l10n.t('rules must be a mapping of rule ids to severities.'));
  if (o.requiredParts && typeof o.requiredParts === 'object') out.requiredParts = o.requiredParts as Partial<Record<DocType, PartId[]>>;
  if (typeof o.maxBytes === 'number' && o.maxBytes > 0) out.maxBytes = o.maxBytes;
  if (o.vocabulary !== undefined) {
    const vocabulary = normalizeVocabulary(o.vocabulary, problems);
    if (vocabulary) out.vocabulary = vocabulary;
  }
  return out;
}

/** The team's words that are lists of words; the rest is reported (as the CLI's schema does). */
function normalizeVocabulary(raw: unknown, problems: string[]): TeamVocabulary | undefined {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) {
    problems.push(vscode.l10n.t('vocabulary must be a mapping of roles, people, notOwners and kpiAliases to lists of words.'));
    return undefined;
  }
  const words = (name: string, v: unknown): string[] | undefined => {
    if (Array.isArray(v) && v.every((w) => typeof w === 'string' && w.trim() !== '')) return v as string[];
    problems.push(vscode.l10n.t('vocabulary.{0} must be a list of words.', name));
    return undefined;
  };
  const out: TeamVocabulary = {};
  for (const [k, v] of Object.entries(raw as Record<string, unknown>)) {
    if (k === 'roles' || k === 'people' || k === 'notOwners') {
      const list = words(k, v);
      if (list) out[k] = list;
    } else if (k === 'kpiAliases' && v && typeof v === 'object' && !Array.isArray(v)) {
      const aliases: Partial<Record<KpiKey, string[]>> = {};
      for (const [key, list] of Object.entries(v as Record<string, unknown>)) {
        if (!(key in KPI_INFO)) {
          problems.push(vscode.l10n.t('vocabulary.kpiAliases: unknown KPI "{0}" (the KPIs are {1}).', key, Object.keys(KPI_INFO).join(', ')));
          continue;
        }
        const ok = words(`kpiAliases.${key}`, list);
        if (ok) aliases[key as KpiKey] = ok;
      }
      out.kpiAliases = aliases;
    } else problems.push(vscode.l10n.t('vocabulary: unknown list "{0}" (the lists are roles, people, notOwners, kpiAliases).', k));
  }
  return out;
}

/** Where a YAML or JSON parse error is (0-based), when the parser says. */
function errorPosition(e: unknown, text: string): { line: number; column: number } {
  const lp = (e as { linePos?: { line: number; col: number }[] }).linePos?.[0];
  if (lp) return { line: lp.line - 1, column: lp.col - 1 };
  const m = /position (\d+)/.exec(String((e as Error)?.message ?? ''));
  if (m) {
    const before = text.slice(0, +m[1]);
    const line = before.split('\n').length - 1;
    return { line, column: before.length - (before.lastIndexOf('\n') + 1) };
  }
  return { line: 0, column: 0 };
}

/** Merges `over` onto `base`: rules per rule id, the rest by key. */
export function mergeConfig(base: Config, over: Config): Config {
  const out: Config = { ...base, ...over };
  if (base.rules || over.rules) {
    // Rule by rule, options of one rule merged too (as the CLI does): `{severity}` over `{max: 3}` keeps `max`.
    const rules: Record<string, SeveritySetting | RuleOptions> = { ...(base.rules ?? {}) };
    for (const [id, v] of Object.entries(over.rules ?? {})) {
      const prev = rules[id];
      const prevObj: RuleOptions = typeof prev === 'string' ? { severity: prev } : (prev ?? {});
      rules[id] = typeof v === 'string' ? (typeof prev === 'object' ? { ...prevObj, severity: v } : v) : { ...prevObj, ...v };
    }
    out.rules = rules;
  }
  if (base.requiredParts || over.requiredParts) out.requiredParts = { ...(base.requiredParts ?? {}), ...(over.requiredParts ?? {}) };
  if (base.vocabulary || over.vocabulary) out.vocabulary = mergeVocabularies(base.vocabulary, over.vocabulary);
  return out;
}

/**
 * Reads a config file's text as the command line does (src/node/config.ts): YAML errors throw with
 * their position, a tag the core schema does not know (`!!js/function`) is an error rather than a
 * string, and aliases are expanded with a budget (an alias bomb throws instead of eating memory).
 */
export function parseRcText(text: string, name: string): unknown {
  if (name.endsWith('.json')) return JSON.parse(text);
  // YAML is a superset of JSON: a bare `.csplanrc` may be either.
  const doc = parseDocument(text, { uniqueKeys: true, prettyErrors: false });
  const [problem] = [...doc.errors, ...doc.warnings.filter((w) => w.code === 'TAG_RESOLVE_FAILED')];
  if (problem) {
    problem.linePos ??= linePos(text, problem.pos[0]);
    throw problem;
  }
  return doc.toJS({ maxAliasCount: 100 });
}

function linePos(text: string, offset: number): [{ line: number; col: number }] {
  const before = text.slice(0, offset);
  return [{ line: before.split('\n').length, col: offset - before.lastIndexOf('\n') }];
}

/** The largest config file read (as the command line): a bigger one is reported, not read. */
export const MAX_RC_BYTES = 256 * 1024;

const decoder = new TextDecoder('utf-8');

async function readText(uri: vscode.Uri): Promise<string | { tooLarge: number } | undefined> {
  try {
    const stat = await vscode.workspace.fs.stat(uri);
    if (stat.type & vscode.FileType.Directory) return undefined;
    if (stat.size > MAX_RC_BYTES) return { tooLarge: stat.size };
    return decoder.decode(await vscode.workspace.fs.readFile(uri));
  } catch {
    return undefined;
  }
}

function parentOf(uri: vscode.Uri): vscode.Uri | undefined {
  const p = uri.path.replace(/\/+$/, '');
  const i = p.lastIndexOf('/');
  if (i < 0 || p === '') return undefined;
  return uri.with({ path: i === 0 ? '/' : p.slice(0, i) });
}

/** Finds and reads `.csplanrc*` files upward from a document; caches per folder until a watcher fires. */
export class RcFinder implements vscode.Disposable {
  private byDir = new Map<string, Promise<RcFile | undefined>>();
  private watcher?: vscode.FileSystemWatcher;
  /** Watchers of folders outside the workspace that hold a config file we read. */
  private readonly outside = new Map<string, vscode.FileSystemWatcher>();
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when a `.csplanrc` file is created, changed or deleted. */
  readonly onDidChange = this.emitter.event;

  constructor() {
    try {
      this.watcher = vscode.workspace.createFileSystemWatcher('**/.csplanrc{,.json,.yaml,.yml}');
      this.watcher.onDidCreate(this.reset);
      this.watcher.onDidChange(this.reset);
      this.watcher.onDidDelete(this.reset);
    } catch {
      // Some virtual file systems do not support watching; saving a config file in the editor still resets.
    }
  }

  private readonly reset = () => {
    this.byDir.clear();
    this.emitter.fire();
  };

  /** A config file edited and saved in the editor (wherever it lives). */
  noteSaved(uri: vscode.Uri): void {
    const name = uri.path.split('/').pop() ?? '';
    if (RC_NAMES.includes(name) || this.knownFiles.has(uri.toString())) this.reset();
  }

  private readonly knownFiles = new Set<string>();

  /** Glob watchers only see the workspace: watch the folder of a config file read from outside it. */
  private watchOutside(file: vscode.Uri): void {
    this.knownFiles.add(file.toString());
    if (vscode.workspace.getWorkspaceFolder(file)) return;
    const dir = parentOf(file);
    if (!dir || this.outside.has(dir.toString())) return;
    try {
      const name = file.path.split('/').pop() ?? '';
      const pattern = RC_NAMES.includes(name) ? '.csplanrc{,.json,.yaml,.yml}' : name;
      const w = vscode.workspace.createFileSystemWatcher(new vscode.RelativePattern(dir, pattern));
      w.onDidCreate(this.reset);
      w.onDidChange(this.reset);
      w.onDidDelete(this.reset);
      this.outside.set(dir.toString(), w);
    } catch {
      // not watchable: saving in the editor still resets
    }
  }

  dispose(): void {
    this.watcher?.dispose();
    for (const w of this.outside.values()) w.dispose();
    this.outside.clear();
    this.emitter.dispose();
  }

  clear(): void {
    this.byDir.clear();
  }

  /** The nearest `.csplanrc` for a document (untitled: the first workspace folder's). */
  async find(doc: vscode.Uri): Promise<RcFile | undefined> {
    let dir: vscode.Uri | undefined;
    let stop: vscode.Uri | undefined;
    const folder = vscode.workspace.getWorkspaceFolder(doc);
    if (doc.scheme === 'untitled') {
      dir = vscode.workspace.workspaceFolders?.[0]?.uri;
      stop = dir;
    } else {
      dir = parentOf(doc);
      // Inside a workspace folder: look up to its root. Outside: up to the file system root.
      stop = folder?.uri;
    }
    if (!dir) return undefined;
    return this.findFrom(dir, stop);
  }

  private findFrom(dir: vscode.Uri, stop: vscode.Uri | undefined): Promise<RcFile | undefined> {
    const key = dir.toString();
    let p = this.byDir.get(key);
    if (!p) {
      p = (async () => {
        for (const name of RC_NAMES) {
          const uri = vscode.Uri.joinPath(dir, name);
          const text = await readText(uri);
          if (text !== undefined) return this.load(uri, text, name, new Set());
        }
        const atStop = stop && stop.toString().replace(/\/$/, '') === key.replace(/\/$/, '');
        const up = atStop ? undefined : parentOf(dir);
        if (!up || up.toString() === dir.toString()) return undefined;
        return this.findFrom(up, stop);
      })();
      this.byDir.set(key, p);
    }
    return p;
  }

  private async load(uri: vscode.Uri, text: string | { tooLarge: number }, name: string, seen: Set<string>): Promise<RcFile> {
    const problems: ConfigProblem[] = [];
    const at = (message: string, line = 0, column = 0) => problems.push({ uri, message, line, column });
    seen.add(uri.toString());
    this.watchOutside(uri);
    if (typeof text !== 'string') {
      at(vscode.l10n.t('This configuration file is too large ({0} bytes; at most {1}): it is not read, and the defaults are used.', text.tooLarge, MAX_RC_BYTES));
      return { uri, config: {}, problems };
    }
    let raw: unknown;
    try {
      raw = parseRcText(text, name);
    } catch (e) {
      const pos = errorPosition(e, text);
      at(vscode.l10n.t('This configuration file cannot be read ({0}); the defaults are used.', String((e as Error).message).split('\n')[0]), pos.line, pos.column);
      return { uri, config: {}, problems };
    }
    const messages: string[] = [];
    const own = normalizeConfig(raw, messages);
    for (const m of messages) at(m);
    let config: Config = own;
    if (own.extends) {
      const base = vscode.Uri.joinPath(parentOf(uri) ?? uri, own.extends);
      if (seen.has(base.toString()) || seen.size > 8) at(vscode.l10n.t('extends "{0}" makes a cycle.', own.extends));
      else {
        const baseText = await readText(base);
        if (baseText === undefined) at(vscode.l10n.t('extends "{0}": file not found.', own.extends));
        else {
          const parent = await this.load(base, baseText, base.path, seen);
          problems.push(...parent.problems);
          config = mergeConfig(parent.config, own);
        }
      }
    }
    delete (config as { extends?: string }).extends;
    return { uri, config, problems };
  }
}

/** The `csplan.rules` setting, with values checked. */
export function settingsRules(scope?: vscode.ConfigurationScope): Record<string, SeveritySetting | RuleOptions> {
  const raw = vscode.workspace.getConfiguration('csplan', scope).get<unknown>('rules');
  const problems: string[] = [];
  return normalizeConfig({ rules: raw ?? {} }, problems).rules ?? {};
}

/** The language of messages: `csplan.locale` unless `auto`, else VS Code's display language. */
export function displayLocale(scope?: vscode.ConfigurationScope): Locale {
  const setting = vscode.workspace.getConfiguration('csplan', scope).get<string>('locale', 'auto');
  if (setting && setting !== 'auto' && LOCALES.has(setting)) return setting as Locale;
  return resolveLocale(vscode.env.language, 'en');
}

/** Settings + the nearest `.csplanrc`, in the documented precedence. */
export async function effectiveConfig(finder: RcFinder, doc: vscode.Uri): Promise<EffectiveConfig> {
  const scope = doc.scheme === 'untitled' ? undefined : doc;
  const locale = displayLocale(scope);
  const rc = await finder.find(doc).catch(() => undefined);
  let config: Config = { rules: settingsRules(scope) };
  if (rc) {
    const { locale: _cliLocale, ...rest } = rc.config;
    void _cliLocale;
    config = mergeConfig(config, rest);
  }
  config.locale = locale;
  return { config, locale, rc };
}
