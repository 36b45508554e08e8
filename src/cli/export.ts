// `csplan export FILE --format docx|html [--out PATH] [--force] [--locale L] [--appendix]
//                     [--allow-remote-images] [--config FILE]`
// Exit codes: 0 written (an incomplete document is exported with a warning on stderr), 2 usage error,
// unreadable input, or an existing output file without --force.
import { existsSync, mkdirSync, statSync } from 'node:fs';
import { basename, dirname, extname, join, relative, resolve } from 'node:path';
import { parseArgs } from 'node:util';
import { analyze } from '../core/analyze';
import { msg } from '../core/i18n';
import { cliLocale, parseArgsProblem, strictLocale, UsageError } from './args';
import { readFailure } from './check';
import { t } from './messages';
import type { Locale } from '../core/types';
import { loadConfigFor } from '../node/config';
import { readTextFile, writeFileAtomic } from '../node/files';
import { exportDocx } from '../node/export/docx';
import { exportHtml } from '../node/export/html';

export interface ExportIO {
  stdout: NodeJS.WritableStream;
  stderr: NodeJS.WritableStream;
  cwd: string;
  env?: Record<string, string | undefined>;
}

type Msg = Record<Locale, string>;

const M = {
  help: {
    en: `Usage: csplan export FILE --format docx|html [options]

Exports a summary or plan to Word (.docx) or to a self-contained HTML file.

Options:
  -f, --format docx|html     output format (default: from --out's extension)
  -o, --out PATH             output file (default: FILE with the format's extension)
      --force                overwrite an existing output file
      --locale zh-CN|zh-TW|en  language of labels and messages
      --appendix             add the completeness scorecard as an appendix (docx)
      --allow-remote-images  keep https images (html)
  -c, --config FILE          use this config file instead of the nearest .csplanrc
  -h, --help                 show this help

An incomplete document is exported with a warning. Exit codes: 0 written; 2 usage error,
unreadable input, or output exists without --force.`,
    'zh-CN': `用法：csplan export 文件 --format docx|html [选项]

将总结或计划导出为 Word（.docx）或独立的 HTML 文件。

选项：
  -f, --format docx|html     输出格式（默认取自 --out 的扩展名）
  -o, --out 路径             输出文件（默认：与源文件同名，换成对应扩展名）
      --force                覆盖已存在的输出文件
      --locale zh-CN|zh-TW|en  标签与提示的语言
      --appendix             附上完整度检查作为附录（docx）
      --allow-remote-images  保留 https 图片（html）
  -c, --config 文件          使用指定的配置文件，而不是最近的 .csplanrc
  -h, --help                 显示本帮助

内容不完整的文档照常导出，并给出警告。退出码：0 已写出；2 用法错误、无法读取输入，或输出文件已存在且未加 --force。`,
    'zh-TW': `用法：csplan export 檔案 --format docx|html [選項]

將總結或計畫匯出為 Word（.docx）或獨立的 HTML 檔案。

選項：
  -f, --format docx|html     輸出格式（預設取自 --out 的副檔名）
  -o, --out 路徑             輸出檔案（預設：與來源檔同名，換成對應副檔名）
      --force                覆寫已存在的輸出檔案
      --locale zh-CN|zh-TW|en  標籤與提示的語言
      --appendix             附上完整度檢查作為附錄（docx）
      --allow-remote-images  保留 https 圖片（html）
  -c, --config 檔案          使用指定的設定檔，而不是最近的 .csplanrc
  -h, --help                 顯示本說明

內容不完整的文件照常匯出，並給出警告。結束碼：0 已寫出；2 用法錯誤、無法讀取輸入，或輸出檔案已存在且未加 --force。`,
  },
  noFile: { en: 'no input file. Usage: csplan export FILE --format docx|html', 'zh-CN': '没有指定输入文件。用法：csplan export 文件 --format docx|html', 'zh-TW': '沒有指定輸入檔案。用法：csplan export 檔案 --format docx|html' },
  oneFile: { en: 'export takes one file, got {n}', 'zh-CN': 'export 只接受一个文件，收到 {n} 个', 'zh-TW': 'export 只接受一個檔案，收到 {n} 個' },
  badFormat: { en: 'unknown format "{value}": use docx or html', 'zh-CN': '未知格式“{value}”：请用 docx 或 html', 'zh-TW': '未知格式「{value}」：請用 docx 或 html' },
  noFormat: { en: 'say which format: --format docx or --format html', 'zh-CN': '请指定格式：--format docx 或 --format html', 'zh-TW': '請指定格式：--format docx 或 --format html' },
  badLocale: { en: 'unknown locale "{value}": use zh-CN, zh-TW or en', 'zh-CN': '未知语言“{value}”：请用 zh-CN、zh-TW 或 en', 'zh-TW': '未知語言「{value}」：請用 zh-CN、zh-TW 或 en' },
  notFound: { en: 'cannot read {file}: no such file', 'zh-CN': '无法读取 {file}：文件不存在', 'zh-TW': '無法讀取 {file}：檔案不存在' },
  exists: {
    en: '{file} already exists; use --force to overwrite it, or --out to choose another file',
    'zh-CN': '{file} 已存在；如需覆盖请加 --force，或用 --out 指定其他文件',
    'zh-TW': '{file} 已存在；如需覆寫請加 --force，或用 --out 指定其他檔案',
  },
  outIsDir: { en: '{file} is a directory', 'zh-CN': '{file} 是一个目录', 'zh-TW': '{file} 是一個資料夾' },
  sameAsInput: { en: 'the output would overwrite the source document {file}', 'zh-CN': '输出会覆盖源文档 {file}', 'zh-TW': '輸出會覆寫來源文件 {file}' },
  incomplete: {
    en: 'warning: {file} is not complete ({met} of {total} items, score {score}/100); exporting anyway. Missing: {missing}',
    'zh-CN': '警告：{file} 内容不完整（已满足 {met}/{total} 项，得分 {score}/100），仍然导出。缺失：{missing}',
    'zh-TW': '警告：{file} 內容不完整（已滿足 {met}/{total} 項，得分 {score}/100），仍然匯出。缺漏：{missing}',
  },
  configProblem: { en: 'warning: {detail}', 'zh-CN': '警告：{detail}', 'zh-TW': '警告：{detail}' },
  written: { en: 'wrote {file}', 'zh-CN': '已写出 {file}', 'zh-TW': '已寫出 {file}' },
  writeFailed: { en: 'cannot write {file}: {detail}', 'zh-CN': '无法写入 {file}：{detail}', 'zh-TW': '無法寫入 {file}：{detail}' },
} satisfies Record<string, Msg>;

export const EXPORT_MESSAGES = M;

function m(L: Locale, id: keyof typeof M, params: Record<string, string | number> = {}): string {
  return msg(M[id], L, params);
}

class Usage extends UsageError<keyof typeof M> {}

export async function runExport(args: string[], io: ExportIO): Promise<number> {
  const env = io.env ?? process.env;
  let L: Locale = cliLocale(args, env).locale;
  const err = (s: string) => io.stderr.write(`csplan: ${s}\n`);
  let parsed;
  try {
    parsed = parseArgs({
      args,
      allowPositionals: true,
      strict: true,
      options: {
        format: { type: 'string', short: 'f' },
        out: { type: 'string', short: 'o' },
        force: { type: 'boolean' },
        locale: { type: 'string' },
        appendix: { type: 'boolean' },
        'allow-remote-images': { type: 'boolean' },
        config: { type: 'string', short: 'c' },
        help: { type: 'boolean', short: 'h' },
      },
    });
  } catch (e) {
    const problem = parseArgsProblem(e);
    err(problem.id === 'badArgs' ? problem.params.detail : t(L, problem.id, problem.params));
    return 2;
  }
  const v = parsed.values;
  let flagLocale: Locale | undefined;
  try {
    if (v.locale !== undefined) {
      flagLocale = strictLocale(v.locale);
      if (!flagLocale) throw new Usage('badLocale', { value: v.locale });
      L = flagLocale;
    }
    if (v.help) {
      io.stdout.write(M.help[L] + '\n');
      return 0;
    }
    if (parsed.positionals.length === 0) throw new Usage('noFile');
    if (parsed.positionals.length > 1) throw new Usage('oneFile', { n: parsed.positionals.length });
    let format = v.format?.toLowerCase();
    if (!format && v.out) format = extname(v.out).slice(1).toLowerCase().replace(/^htm$/, 'html');
    if (!format) throw new Usage('noFormat');
    if (format !== 'docx' && format !== 'html') throw new Usage('badFormat', { value: v.format ?? format });

    const input = resolve(io.cwd, parsed.positionals[0]);
    const shown = parsed.positionals[0];
    const read = readTextFile(input);
    if (!read.ok) {
      if (read.reason === 'not-found') throw new Usage('notFound', { file: shown });
      const why = readFailure(read, shown);
      err(t(L, why.id, why.params));
      return 2;
    }
    const out = v.out ? resolve(io.cwd, v.out) : join(dirname(input), basename(input, extname(input)) + '.' + format);
    const outShown = relative(io.cwd, out) || out;
    if (out === input) throw new Usage('sameAsInput', { file: shown });
    if (existsSync(out)) {
      if (statSync(out).isDirectory()) throw new Usage('outIsDir', { file: outShown });
      if (!v.force) throw new Usage('exists', { file: outShown });
    }

    const loaded = loadConfigFor(input, { configFile: v.config ? resolve(io.cwd, v.config) : undefined, locale: L });
    for (const e of loaded.errors) err(m(L, 'configProblem', { detail: `${e.file}:${e.line}:${e.column}: ${e.message}` }));
    const locale: Locale = flagLocale ?? loaded.config.locale ?? L;
    const result = analyze(read.text, { filePath: input, locale, config: loaded.config });
    const c = result.completeness;
    if (c.total > 0 && c.met < c.total) {
      const missing = c.items.filter((i) => !i.met).map((i) => i.label);
      const list = missing.slice(0, 8).join(locale === 'en' ? '; ' : '；') + (missing.length > 8 ? ' …' : '');
      io.stderr.write(m(locale, 'incomplete', { file: shown, met: c.met, total: c.total, score: c.score, missing: list }) + '\n');
    }
    const data =
      format === 'docx'
        ? await exportDocx(read.text, result, { locale, appendix: !!v.appendix })
        : exportHtml(read.text, result, { locale, allowRemoteImages: !!v['allow-remote-images'] });
    try {
      mkdirSync(dirname(out), { recursive: true });
      writeFileAtomic(out, data);
    } catch (e) {
      err(m(L, 'writeFailed', { file: outShown, detail: (e as NodeJS.ErrnoException).code ?? String(e) }));
      return 2;
    }
    io.stdout.write(m(locale, 'written', { file: outShown }) + '\n');
    return 0;
  } catch (e) {
    if (e instanceof Usage) {
      err(m(L, e.id, e.params));
      return 2;
    }
    throw e;
  }
}
