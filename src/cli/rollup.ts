// `csplan rollup <folder|globs…> [--by person|team|period] [--format md|json|html|docx] [--out PATH]
//                [--locale L] [--config FILE] [--strict] [--incomplete-below N]`
// Reads many people's summaries, keeps one small DocSummary per file (analysed on worker threads when
// there are many) and prints the team roll-up.
// Exit codes: 0 the report was written (problems in the documents are part of the report);
// 1 with --strict when the report lists problems, people who have not handed in, or incomplete
// documents; 2 usage error, an input that does not exist or matches nothing, or the output cannot be written.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { availableParallelism } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { Worker } from 'node:worker_threads';
import { msg } from '../core/i18n';
import { buildRollup } from '../core/rollup/build';
import { renderRollupDocx } from '../core/rollup/docx';
import { renderRollup } from '../core/rollup/render';
import type { DocSummary, RollupBy } from '../core/rollup/types';
import type { Locale } from '../core/types';
import { expandInputs, writeFileAtomic } from '../node/files';
import { cliLocale, strictLocale, UsageError as ArgsError } from './args';
import { summarizeFile, type RollupFileOptions } from './rollup-file';
import { parseArgsProblem } from './args';

export interface RollupIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env?: Record<string, string | undefined>;
}

type Msg = Record<Locale, string>;

const M = {
  help: {
    en: `Usage: csplan rollup [folder|file|glob]... [options]

Rolls up many people's summaries into one report for the team lead: per period, each person's
KPIs against target, the team figure (counts summed; rates, times and scores weighted by
inquiries), best and worst; trends (month over month, quarter over quarter); who has not
handed in; incomplete documents with their top pitfalls; documents that could not be counted.

Options:
      --by person|team|period   rows per person (default), per team, or per period
  -f, --format md|json|html|docx  output format (default md; docx needs --out)
  -o, --out PATH                write the report to PATH (default: standard output)
      --locale zh-CN|zh-TW|en   language of the report and messages
  -c, --config FILE             use this config file instead of the nearest .csplanrc
      --incomplete-below N      list documents whose completeness is below N (default 80)
      --strict                  exit with 1 when there are problems, missing or incomplete summaries
  -h, --help                    show this help

Exit codes: 0 report written · 1 --strict and something to follow up · 2 usage error,
input not found, or output not writable`,
    'zh-CN': `用法：csplan rollup [目录|文件|通配符]... [选项]

把多人的工作总结汇总成一份给组长的报告：每个周期每人的指标与目标对比、团队合计（数量取合计；比率、
时长与评分按咨询量加权平均）、最佳与最差；趋势（月环比、季度环比）；谁没有提交；不完整的文档及其
主要问题；无法计入的文档。

选项：
      --by person|team|period   按人（默认）、按团队或按周期分行
  -f, --format md|json|html|docx  输出格式（默认 md；docx 需要 --out）
  -o, --out 路径                把报告写入文件（默认：标准输出）
      --locale zh-CN|zh-TW|en   报告与提示的语言
  -c, --config 文件             使用指定的配置文件，而不是最近的 .csplanrc
      --incomplete-below N      列出完整度低于 N 的文档（默认 80）
      --strict                  有问题、未提交或不完整的总结时以 1 退出
  -h, --help                    显示本帮助

退出码：0 已生成报告 · 1 使用 --strict 且有需要跟进的事项 · 2 用法错误、输入不存在或无法写出`,
    'zh-TW': `用法：csplan rollup [資料夾|檔案|萬用字元]... [選項]

把多人的工作總結彙整成一份給組長的報告：每個期間每人的指標與目標對比、團隊合計（數量取合計；比率、
時長與評分依諮詢量加權平均）、最佳與最差；趨勢（月環比、季環比）；誰沒有繳交；不完整的文件及其
主要問題；無法計入的文件。

選項：
      --by person|team|period   依人（預設）、依團隊或依期間分列
  -f, --format md|json|html|docx  輸出格式（預設 md；docx 需要 --out）
  -o, --out 路徑                把報告寫入檔案（預設：標準輸出）
      --locale zh-CN|zh-TW|en   報告與訊息的語言
  -c, --config 檔案             使用指定的設定檔，而不是最近的 .csplanrc
      --incomplete-below N      列出完整度低於 N 的文件（預設 80）
      --strict                  有問題、未繳交或不完整的總結時以 1 結束
  -h, --help                    顯示本說明

結束代碼：0 已產生報告 · 1 使用 --strict 且有需要跟進的事項 · 2 用法錯誤、輸入不存在或無法寫出`,
  },
  unknownOption: { en: 'Unknown option {option}.', 'zh-CN': '未知的选项 {option}。', 'zh-TW': '未知的選項 {option}。' },
  missingValue: { en: 'The option {option} needs a value.', 'zh-CN': '选项 {option} 需要一个值。', 'zh-TW': '選項 {option} 需要一個值。' },
  badArgs: { en: 'Cannot read the arguments: {detail}', 'zh-CN': '无法解析参数：{detail}', 'zh-TW': '無法解析參數：{detail}' },
  badBy: { en: '--by must be person, team or period, not "{value}".', 'zh-CN': '--by 应为 person、team 或 period，而不是“{value}”。', 'zh-TW': '--by 應為 person、team 或 period，而不是「{value}」。' },
  badFormat: { en: '--format must be md, json, html or docx, not "{value}".', 'zh-CN': '--format 应为 md、json、html 或 docx，而不是“{value}”。', 'zh-TW': '--format 應為 md、json、html 或 docx，而不是「{value}」。' },
  badLocale: { en: '--locale must be zh-CN, zh-TW or en, not "{value}".', 'zh-CN': '--locale 应为 zh-CN、zh-TW 或 en，而不是“{value}”。', 'zh-TW': '--locale 應為 zh-CN、zh-TW 或 en，而不是「{value}」。' },
  badThreshold: { en: '--incomplete-below must be a number from 0 to 100, not "{value}".', 'zh-CN': '--incomplete-below 应为 0 到 100 的数字，而不是“{value}”。', 'zh-TW': '--incomplete-below 應為 0 到 100 的數字，而不是「{value}」。' },
  docxNeedsOut: { en: 'The docx format is binary: give a file with --out report.docx.', 'zh-CN': 'docx 是二进制格式，请用 --out 报告.docx 指定输出文件。', 'zh-TW': 'docx 是二進位格式，請用 --out 報告.docx 指定輸出檔案。' },
  outIsInput: { en: 'The output {file} is one of the documents being rolled up; choose another --out.', 'zh-CN': '输出文件 {file} 是被汇总的文档之一，请换一个 --out。', 'zh-TW': '輸出檔案 {file} 是被彙整的文件之一，請換一個 --out。' },
  outIsDir: { en: 'The output {file} is a folder; give a file name.', 'zh-CN': '输出 {file} 是一个目录，请给出文件名。', 'zh-TW': '輸出 {file} 是一個資料夾，請給出檔案名稱。' },
  writeFailed: { en: 'Cannot write {file}: {detail}', 'zh-CN': '无法写入 {file}：{detail}', 'zh-TW': '無法寫入 {file}：{detail}' },
  written: { en: 'Roll-up of {count} documents written to {file}', 'zh-CN': '已将 {count} 份文档的汇总写入 {file}', 'zh-TW': '已將 {count} 份文件的彙整寫入 {file}' },
  configMissing: { en: 'Config file {file} does not exist.', 'zh-CN': '配置文件 {file} 不存在。', 'zh-TW': '設定檔 {file} 不存在。' },
  notFound: { en: '{file}: no such file or folder.', 'zh-CN': '{file}：文件或目录不存在。', 'zh-TW': '{file}：檔案或資料夾不存在。' },
  noMatch: { en: 'No files match {pattern}.', 'zh-CN': '没有文件匹配 {pattern}。', 'zh-TW': '沒有檔案符合 {pattern}。' },
  emptyDirectory: { en: '{file}: no Markdown files in this folder.', 'zh-CN': '{file}：该目录下没有 Markdown 文件。', 'zh-TW': '{file}：此資料夾中沒有 Markdown 檔案。' },
  unreadable: { en: '{file}: cannot be read ({detail}).', 'zh-CN': '{file}：无法读取（{detail}）。', 'zh-TW': '{file}：無法讀取（{detail}）。' },
  noStdin: { en: 'rollup reads files, not standard input (-).', 'zh-CN': 'rollup 读取文件，不读取标准输入（-）。', 'zh-TW': 'rollup 讀取檔案，不讀取標準輸入（-）。' },
  strictFailed: {
    en: '--strict: {problems} problems, {missing} missing and {incomplete} incomplete summaries.',
    'zh-CN': '--strict：{problems} 个问题，{missing} 份未提交，{incomplete} 份不完整。',
    'zh-TW': '--strict：{problems} 個問題，{missing} 份未繳交，{incomplete} 份不完整。',
  },
  seeHelp: { en: 'Run csplan rollup --help for the options.', 'zh-CN': '运行 csplan rollup --help 查看选项。', 'zh-TW': '執行 csplan rollup --help 查看選項。' },
} satisfies Record<string, Msg>;

type MessageId = keyof typeof M;
const t = (L: Locale, id: MessageId, params?: Record<string, string | number>) => msg(M[id], L, params);

class UsageError extends ArgsError<MessageId> {}

const FORMATS = ['md', 'json', 'html', 'docx'] as const;
type Format = (typeof FORMATS)[number];
const BYS: RollupBy[] = ['person', 'team', 'period'];

interface RollupArgs {
  inputs: string[];
  by: RollupBy;
  format: Format;
  out?: string;
  configFile?: string;
  strict: boolean;
  incompleteBelow?: number;
  help: boolean;
}

function parseRollupArgs(argv: string[]): RollupArgs {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      allowPositionals: true,
      strict: true,
      options: {
        by: { type: 'string' },
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        locale: { type: 'string' },
        config: { type: 'string', short: 'c' },
        strict: { type: 'boolean' },
        'incomplete-below': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const problem = parseArgsProblem(e);
    throw new UsageError(problem.id, problem.params);
  }
  const v = parsed.values;
  const by = (v.by ?? 'person') as RollupBy;
  if (!BYS.includes(by)) throw new UsageError('badBy', { value: String(v.by) });
  let format = v.format as Format | undefined;
  if (format === undefined && v.out) {
    const ext = /\.(md|markdown|json|html?|docx)$/i.exec(v.out)?.[1].toLowerCase();
    format = ext === 'markdown' ? 'md' : ext === 'htm' ? 'html' : (ext as Format | undefined);
  }
  format ??= 'md';
  if (!(FORMATS as readonly string[]).includes(format)) throw new UsageError('badFormat', { value: format });
  if (v.locale !== undefined && !strictLocale(v.locale)) throw new UsageError('badLocale', { value: v.locale });
  let incompleteBelow: number | undefined;
  if (v['incomplete-below'] !== undefined) {
    const n = Number(v['incomplete-below']);
    if (!/^\d+(\.\d+)?$/.test(v['incomplete-below']) || n > 100) throw new UsageError('badThreshold', { value: v['incomplete-below'] });
    incompleteBelow = n;
  }
  for (const [name, value] of [['--out', v.out], ['--config', v.config]] as const) {
    if (value !== undefined && value === '') throw new UsageError('missingValue', { option: name });
  }
  if (format === 'docx' && !v.out && !v.help) throw new UsageError('docxNeedsOut');
  return { inputs: parsed.positionals, by, format, out: v.out, configFile: v.config, strict: !!v.strict, incompleteBelow, help: !!v.help };
}

/** Above this many files, documents are analysed on worker threads too. */
export const ROLLUP_WORKER_THRESHOLD = 32;

/** Runs `csplan rollup …`; resolves to the exit code. */
export async function runRollup(argv: string[], io: RollupIO): Promise<number> {
  const env = io.env ?? process.env;
  const loc = cliLocale(argv, env);
  const L = loc.locale;
  const err = (line: string) => io.stderr.write(line + '\n');
  let args: RollupArgs;
  try {
    args = parseRollupArgs(argv);
  } catch (e) {
    if (e instanceof UsageError) {
      err(`csplan rollup: ${t(L, e.id, e.params)}`);
      err(t(L, 'seeHelp'));
      return 2;
    }
    throw e;
  }
  if (args.help) {
    io.stdout.write(t(L, 'help') + '\n');
    return 0;
  }
  let configFile: string | undefined;
  if (args.configFile !== undefined) {
    configFile = resolve(io.cwd, args.configFile);
    if (!existsSync(configFile) || !statSync(configFile).isFile()) {
      err(`csplan rollup: ${t(L, 'configMissing', { file: args.configFile })}`);
      return 2;
    }
  }
  if (args.inputs.includes('-')) {
    err(`csplan rollup: ${t(L, 'noStdin')}`);
    return 2;
  }
  const { entries, problems } = await expandInputs(args.inputs.length ? args.inputs : ['.'], { cwd: io.cwd });
  let fatal = false;
  for (const p of problems) {
    fatal = true;
    const id: MessageId = p.reason === 'no-match' ? 'noMatch' : p.reason === 'empty-directory' ? 'emptyDirectory' : p.reason === 'not-found' ? 'notFound' : 'unreadable';
    err(`csplan rollup: ${t(L, id, { file: p.input, pattern: p.input, detail: p.detail ?? '' })}`);
  }
  const files = [...new Set(entries.flatMap((e) => (e.kind === 'file' ? [e.path] : [])))];
  if (fatal) return 2;

  const outPath = args.out !== undefined ? resolve(io.cwd, args.out) : undefined;
  if (outPath) {
    if (files.includes(outPath)) {
      err(`csplan rollup: ${t(L, 'outIsInput', { file: args.out! })}`);
      return 2;
    }
    if (existsSync(outPath) && statSync(outPath).isDirectory()) {
      err(`csplan rollup: ${t(L, 'outIsDir', { file: args.out! })}`);
      return 2;
    }
  }

  const options: RollupFileOptions = { localeFlag: loc.flag, envLocale: loc.env, configFile, cwd: io.cwd };
  const summaries = await summarizeAll(files, options, env);
  const report = buildRollup(summaries, { by: args.by, locale: L, incompleteBelow: args.incompleteBelow });

  try {
    if (outPath) mkdirSync(dirname(outPath), { recursive: true });
    if (args.format === 'docx') {
      writeFileAtomic(outPath!, await renderRollupDocx(report, L));
    } else {
      const text = renderRollup(report, args.format, L);
      if (outPath) writeFileAtomic(outPath, text);
      else io.stdout.write(text.endsWith('\n') ? text : text + '\n');
    }
  } catch (e) {
    const ne = e as NodeJS.ErrnoException;
    err(`csplan rollup: ${t(L, 'writeFailed', { file: args.out ?? '-', detail: ne?.code ?? ne?.message ?? String(e) })}`);
    return 2;
  }
  // As `csplan export` does: with --out, standard output only says where the report went.
  if (outPath) io.stdout.write(t(L, 'written', { count: report.counts.documents, file: args.out! }) + '\n');
  if (args.strict) {
    const problemCount = report.problems.filter((p) => p.severity !== 'info').length;
    if (problemCount || report.missing.length || report.incomplete.length) {
      err(`csplan rollup: ${t(L, 'strictFailed', { problems: problemCount, missing: report.missing.length, incomplete: report.incomplete.length })}`);
      return 1;
    }
  }
  return 0;
}

/**
 * Summarises every file, on worker threads and the main thread together when there are many (so
 * both cores of a small machine work). Only DocSummaries come back; they are kept in input order.
 */
async function summarizeAll(files: string[], options: RollupFileOptions, env: Record<string, string | undefined>): Promise<DocSummary[]> {
  const forced = env.CSPLAN_WORKERS !== undefined && env.CSPLAN_WORKERS !== '' ? Number(env.CSPLAN_WORKERS) : undefined;
  const count = forced !== undefined && Number.isFinite(forced) ? Math.max(0, Math.floor(forced)) : files.length > ROLLUP_WORKER_THRESHOLD ? Math.min(Math.max(1, availableParallelism() - 1), 7) : 0;
  const script = join(__dirname, 'rollup-worker.js');
  const out: DocSummary[] = new Array(files.length);
  if (count === 0 || !existsSync(script)) {
    files.forEach((f, i) => (out[i] = summarizeFile(f, options)));
    return out;
  }
  let cursor = 0;
  let done = 0;
  await new Promise<void>((resolveAll) => {
    const pools: { worker: Worker; inFlight: Set<number>; alive: boolean }[] = [];
    let settled = false;
    let mainScheduled = false;
    const finish = () => {
      if (settled || done < files.length) return;
      settled = true;
      for (const p of pools) if (p.alive) void p.worker.terminate();
      resolveAll();
    };
    const feed = (p: (typeof pools)[number]) => {
      while (p.alive && p.inFlight.size < 2 && cursor < files.length) {
        const index = cursor++;
        p.inFlight.add(index);
        p.worker.postMessage({ index, path: files[index] });
      }
    };
    // The main thread takes one file at a time between messages, so the workers never wait long.
    const mainStep = () => {
      mainScheduled = false;
      if (settled) return;
      if (cursor < files.length) {
        const index = cursor++;
        out[index] = summarizeFile(files[index], options);
        done++;
      }
      pools.forEach(feed);
      finish();
      scheduleMain();
    };
    const scheduleMain = () => {
      if (!mainScheduled && !settled && cursor < files.length) {
        mainScheduled = true;
        setImmediate(mainStep);
      }
    };
    const fail = (p: (typeof pools)[number]) => {
      if (!p.alive) return;
      p.alive = false;
      // What the worker had in hand is summarised here instead.
      for (const index of p.inFlight) {
        out[index] = summarizeFile(files[index], options);
        done++;
      }
      p.inFlight.clear();
      pools.forEach(feed);
      finish();
      scheduleMain();
    };
    for (let i = 0; i < count; i++) {
      // As for lint: a larger young generation keeps the engine's short-lived tree objects cheap.
      const worker = new Worker(script, { workerData: { options }, resourceLimits: { maxYoungGenerationSizeMb: 48 } });
      const p = { worker, inFlight: new Set<number>(), alive: true };
      pools.push(p);
      worker.on('message', (m: { index: number; summary: DocSummary }) => {
        if (!p.inFlight.delete(m.index)) return;
        out[m.index] = m.summary;
        done++;
        feed(p);
        finish();
        scheduleMain();
      });
      worker.on('error', () => fail(p));
      worker.on('exit', (code) => {
        if (!settled && code !== 0) fail(p);
      });
    }
    pools.forEach(feed);
    scheduleMain();
    finish();
  });
  return out;
}
