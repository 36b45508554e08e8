// `csplan new summary --from PLAN` and `csplan new plan --from SUMMARY` (issue 14): the editor's
// "New Summary from Plan" / "New Plan from Summary" as a command. The text is the core generators'
// (src/core/loop/generate.ts); this file reads the source, and writes standard output or a new file
// (`--out`, never over an existing file).
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, dirname, relative, resolve, sep } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze';
import { format, type Messages } from '../core/i18n';
import { planFromSummary, summaryFromPlan } from '../core/loop/generate';
import type { DocType, Locale } from '../core/types';
import { cliLocale } from './args';

type IO = { stdout: NodeJS.WritableStream; stderr: NodeJS.WritableStream; cwd: string; env?: Record<string, string | undefined> };

const M: Record<string, Messages> = {
  help: {
    en: `Usage:
  csplan new summary --from PLAN.md [--out FILE]   the summary that reports on a plan: one status line per action,
                                                   the plan's targets, period and team; plan: points at PLAN.md
  csplan new plan --from SUMMARY.md [--out FILE]   the next plan: one measure row per categorised problem (owner and
                                                   deadline left to fill), baselines = this period's actuals, next period
Options:
  -o, --out FILE     write there (never over an existing file); default: standard output
  --locale L         language of messages: zh-CN, zh-TW, en (the document is written in the source's language)`,
    'zh-CN': `用法：
  csplan new summary --from 计划.md [--out 文件]   根据计划生成总结骨架：每项措施一行完成情况，带上计划目标、周期与团队；plan: 指向该计划
  csplan new plan --from 总结.md [--out 文件]      根据总结生成下期计划：每个已归类问题一行措施（责任人与完成时间待填），基线 = 本期实际值，周期为下一期
选项：
  -o, --out 文件     写入该文件（不会覆盖已有文件）；默认输出到标准输出
  --locale L         提示语言：zh-CN、zh-TW、en（文档本身沿用原文档的语言）`,
    'zh-TW': `用法：
  csplan new summary --from 計劃.md [--out 檔案]   依計劃產生總結骨架：每項措施一行完成情況，帶上計劃目標、期間與團隊；plan: 指向該計劃
  csplan new plan --from 總結.md [--out 檔案]      依總結產生下期計劃：每個已歸類問題一列措施（責任人與完成時間待填），基線 = 本期實際值，期間為下一期
選項：
  -o, --out 檔案     寫入該檔案（不會覆寫既有檔案）；預設輸出到標準輸出
  --locale L         訊息語言：zh-CN、zh-TW、en（文件本身沿用原文件的語言）`,
  },
  what: { en: 'Say what to create: "csplan new summary --from PLAN.md" or "csplan new plan --from SUMMARY.md".', 'zh-CN': '请说明要新建什么：“csplan new summary --from 计划.md”或“csplan new plan --from 总结.md”。', 'zh-TW': '請說明要新建什麼：「csplan new summary --from 計劃.md」或「csplan new plan --from 總結.md」。' },
  from: { en: '--from FILE is required: the document to start from.', 'zh-CN': '需要 --from 文件：作为依据的文档。', 'zh-TW': '需要 --from 檔案：作為依據的文件。' },
  unreadable: { en: 'Cannot read {file}.', 'zh-CN': '无法读取 {file}。', 'zh-TW': '無法讀取 {file}。' },
  notPlan: { en: '{file} is not a plan (type: plan or summary-plan); it reads as {type}.', 'zh-CN': '{file} 不是计划（type: plan 或 summary-plan），读作 {type}。', 'zh-TW': '{file} 不是計劃（type: plan 或 summary-plan），讀作 {type}。' },
  notSummary: { en: '{file} is not a summary (type: summary or summary-plan); it reads as {type}.', 'zh-CN': '{file} 不是总结（type: summary 或 summary-plan），读作 {type}。', 'zh-TW': '{file} 不是總結（type: summary 或 summary-plan），讀作 {type}。' },
  exists: { en: '{file} already exists: it is not overwritten. Choose another --out.', 'zh-CN': '{file} 已存在，不会覆盖。请换一个 --out。', 'zh-TW': '{file} 已存在，不會覆寫。請換一個 --out。' },
  wrote: { en: 'Wrote {file}.', 'zh-CN': '已写入 {file}。', 'zh-TW': '已寫入 {file}。' },
  usage: { en: '{detail}', 'zh-CN': '{detail}', 'zh-TW': '{detail}' },
};

const say = (L: Locale, id: string, params?: Record<string, string>) => format(M[id][L] ?? M[id].en, params);
const SOURCE: Record<'summary' | 'plan', DocType[]> = { summary: ['plan', 'summary-plan'], plan: ['summary', 'summary-plan'] };

export async function runNew(args: string[], io: IO): Promise<number> {
  const env = io.env ?? process.env;
  const L = cliLocale(args, env).locale;
  let parsed;
  try {
    parsed = parseArgs({ args, allowPositionals: true, options: { from: { type: 'string' }, out: { type: 'string', short: 'o' }, locale: { type: 'string' }, help: { type: 'boolean', short: 'h' } } });
  } catch (e) {
    io.stderr.write(`csplan new: ${say(L, 'usage', { detail: (e as Error).message })}\n\n${say(L, 'help')}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.stdout.write(say(L, 'help') + '\n');
    return 0;
  }
  const kind = positionals[0];
  if ((kind !== 'summary' && kind !== 'plan') || positionals.length > 1) {
    io.stderr.write(`csplan new: ${say(L, 'what')}\n`);
    return 2;
  }
  if (!values.from) {
    io.stderr.write(`csplan new: ${say(L, 'from')}\n`);
    return 2;
  }
  const from = resolve(io.cwd, values.from);
  let text: string;
  try {
    text = readFileSync(from, 'utf8').replace(/^\uFEFF/, '');
  } catch {
    io.stderr.write(`csplan new: ${say(L, 'unreadable', { file: values.from })}\n`);
    return 2;
  }
  const model = analyze(text, { filePath: from }).model;
  if (!SOURCE[kind].includes(model.type)) {
    io.stderr.write(`csplan new: ${say(L, kind === 'summary' ? 'notPlan' : 'notSummary', { file: values.from, type: model.type })}\n`);
    return 2;
  }
  const out = values.out ? resolve(io.cwd, values.out) : undefined;
  if (out && existsSync(out)) {
    io.stderr.write(`csplan new: ${say(L, 'exists', { file: values.out! })}\n`);
    return 2;
  }
  // `plan:` is relative to where the summary is written; on standard output, to the plan's own folder.
  const rel = out ? relative(dirname(out), from).split(sep).join('/') : basename(from);
  const planPath = rel.startsWith('.') ? rel : `./${rel}`;
  const generated = kind === 'summary' ? summaryFromPlan(model, { planPath }) : planFromSummary(model);
  if (!out) {
    io.stdout.write(generated.text);
    return 0;
  }
  mkdirSync(dirname(out), { recursive: true });
  try {
    writeFileSync(out, generated.text, { flag: 'wx' });
  } catch {
    io.stderr.write(`csplan new: ${say(L, 'exists', { file: values.out! })}\n`);
    return 2;
  }
  io.stderr.write(say(L, 'wrote', { file: values.out! }) + '\n');
  return 0;
}
