// Everything the csplan command line itself prints, in the three locales. Finding messages come from
// the engine; config errors from src/node/config.ts.
import type { Locale } from '../core/types';

type Msg = Record<Locale, string>;

const HELP: Msg = {
  en: `csplan {version} — lint customer-service work summaries and plans (Markdown + YAML frontmatter)

Usage:
  csplan lint [paths|globs|-]... [options]   check documents (default: the current folder)
  csplan export ...                          export documents (see csplan export --help)
  csplan rollup ...                          roll up many summaries (see csplan rollup --help)
  csplan new summary|plan --from FILE        the next summary from a plan, the next plan from a summary
  csplan --help | --version

Paths: a file, a folder (all **/*.md inside, without node_modules and dot-folders),
a glob in quotes ("docs/**/*.md"), or - to read standard input.

Options for lint:
  -f, --format stylish|json|sarif   output format (default stylish)
      --locale zh-CN|zh-TW|en       language of the messages (default: CSPLAN_LOCALE, LC_ALL,
                                    LC_MESSAGES, LANG, else en)
  -c, --config FILE                 use this config file instead of looking for .csplanrc.*
      --fix                         apply the automatic fixes and write the files back
                                    (with -: print the fixed text on standard output)
  -q, --quiet                       report errors only
      --max-warnings N              exit with 1 when there are more than N warnings
      --stdin-filename NAME         the name to give standard input (config lookup, output)
      --color / --no-color          force or disable colours
  -h, --help                        show this help
  -v, --version                     show the version

Exit codes: 0 no errors · 1 errors found (or too many warnings) · 2 usage error, unreadable file or broken config`,
  'zh-CN': `csplan {version} — 检查客服工作总结与计划（Markdown + YAML frontmatter）

用法：
  csplan lint [路径|通配符|-]... [选项]       检查文档（默认：当前目录）
  csplan export ...                           导出文档（见 csplan export --help）
  csplan rollup ...                           汇总多份总结（见 csplan rollup --help）
  csplan new summary|plan --from 文件          根据计划新建总结、根据总结新建计划
  csplan --help | --version

路径：文件、目录（其中所有 **/*.md，不含 node_modules 和以点开头的目录）、
加引号的通配符（"docs/**/*.md"），或用 - 读取标准输入。

lint 的选项：
  -f, --format stylish|json|sarif   输出格式（默认 stylish）
      --locale zh-CN|zh-TW|en       提示信息的语言（默认依次取 CSPLAN_LOCALE、LC_ALL、
                                    LC_MESSAGES、LANG，否则为 en）
  -c, --config FILE                 使用指定的配置文件，不再查找 .csplanrc.*
      --fix                         应用自动修复并写回文件
                                    （配合 - 使用时：把修复后的文本输出到标准输出）
  -q, --quiet                       只报告错误
      --max-warnings N              警告多于 N 条时以 1 退出
      --stdin-filename NAME         标准输入的文件名（用于查找配置和输出）
      --color / --no-color          强制启用或关闭颜色
  -h, --help                        显示本帮助
  -v, --version                     显示版本号

退出码：0 无错误 · 1 发现错误（或警告过多） · 2 用法错误、文件无法读取或配置文件有误`,
  'zh-TW': `csplan {version} — 檢查客服工作總結與計劃（Markdown + YAML frontmatter）

用法：
  csplan lint [路徑|萬用字元|-]... [選項]     檢查文件（預設：目前資料夾）
  csplan export ...                           匯出文件（見 csplan export --help）
  csplan rollup ...                           彙整多份總結（見 csplan rollup --help）
  csplan new summary|plan --from 檔案          依計劃新建總結、依總結新建計劃
  csplan --help | --version

路徑：檔案、資料夾（其中所有 **/*.md，不含 node_modules 與以點開頭的資料夾）、
加引號的萬用字元（"docs/**/*.md"），或用 - 讀取標準輸入。

lint 的選項：
  -f, --format stylish|json|sarif   輸出格式（預設 stylish）
      --locale zh-CN|zh-TW|en       提示訊息的語言（預設依序取 CSPLAN_LOCALE、LC_ALL、
                                    LC_MESSAGES、LANG，否則為 en）
  -c, --config FILE                 使用指定的設定檔，不再尋找 .csplanrc.*
      --fix                         套用自動修正並寫回檔案
                                    （搭配 - 使用時：把修正後的文字輸出到標準輸出）
  -q, --quiet                       只回報錯誤
      --max-warnings N              警告多於 N 則時以 1 結束
      --stdin-filename NAME         標準輸入的檔名（用於尋找設定與輸出）
      --color / --no-color          強制啟用或關閉顏色
  -h, --help                        顯示本說明
  -v, --version                     顯示版本

結束代碼：0 無錯誤 · 1 發現錯誤（或警告過多） · 2 用法錯誤、檔案無法讀取或設定檔有誤`,
};

export const MESSAGES = {
  help: HELP,
  seeHelp: {
    en: 'Run "csplan --help" for usage.',
    'zh-CN': '运行“csplan --help”查看用法。',
    'zh-TW': '執行「csplan --help」查看用法。',
  },
  noCommand: {
    en: 'No command given.',
    'zh-CN': '未指定命令。',
    'zh-TW': '未指定指令。',
  },
  unknownCommand: {
    en: 'Unknown command "{command}". The commands are lint, export, rollup and new.',
    'zh-CN': '未知的命令“{command}”。可用命令：lint、export、rollup、new。',
    'zh-TW': '未知的指令「{command}」。可用指令：lint、export、rollup、new。',
  },
  unknownOption: {
    en: 'Unknown option "{option}".',
    'zh-CN': '未知的选项“{option}”。',
    'zh-TW': '未知的選項「{option}」。',
  },
  missingValue: {
    en: 'Option "{option}" needs a value.',
    'zh-CN': '选项“{option}”需要一个值。',
    'zh-TW': '選項「{option}」需要一個值。',
  },
  badArgs: {
    en: 'Invalid arguments: {detail}',
    'zh-CN': '参数无效：{detail}',
    'zh-TW': '參數無效：{detail}',
  },
  badFormat: {
    en: 'Unknown format "{value}": use stylish, json or sarif.',
    'zh-CN': '未知的输出格式“{value}”：请使用 stylish、json 或 sarif。',
    'zh-TW': '未知的輸出格式「{value}」：請使用 stylish、json 或 sarif。',
  },
  badLocale: {
    en: 'Unknown locale "{value}": use zh-CN, zh-TW or en.',
    'zh-CN': '未知的语言“{value}”：请使用 zh-CN、zh-TW 或 en。',
    'zh-TW': '未知的語言「{value}」：請使用 zh-CN、zh-TW 或 en。',
  },
  badMaxWarnings: {
    en: '--max-warnings needs a whole number of 0 or more (got "{value}").',
    'zh-CN': '--max-warnings 需要大于或等于 0 的整数（实际为“{value}”）。',
    'zh-TW': '--max-warnings 需要大於或等於 0 的整數（實際為「{value}」）。',
  },
  notAvailable: {
    en: 'The "{command}" command is not available in this build yet.',
    'zh-CN': '此版本暂不提供“{command}”命令。',
    'zh-TW': '此版本暫不提供「{command}」指令。',
  },
  notFound: {
    en: '{file}: no such file or folder.',
    'zh-CN': '{file}：文件或目录不存在。',
    'zh-TW': '{file}：檔案或資料夾不存在。',
  },
  noMatch: {
    en: 'No files match the pattern "{pattern}".',
    'zh-CN': '没有文件匹配“{pattern}”。',
    'zh-TW': '沒有檔案符合「{pattern}」。',
  },
  emptyDirectory: {
    en: '{file}: the folder holds no Markdown (.md) files.',
    'zh-CN': '{file}：该目录中没有 Markdown（.md）文件。',
    'zh-TW': '{file}：該資料夾中沒有 Markdown（.md）檔案。',
  },
  binary: {
    en: '{file}: skipped, this is a binary file, not Markdown text.',
    'zh-CN': '{file}：已跳过，这是二进制文件，不是 Markdown 文本。',
    'zh-TW': '{file}：已略過，這是二進位檔案，不是 Markdown 文字。',
  },
  notUtf8: {
    en: '{file}: skipped, the file is not valid UTF-8 (first bad byte at offset {offset}). Save it as UTF-8 and try again.',
    'zh-CN': '{file}：已跳过，文件不是有效的 UTF-8 编码（第一个错误字节位于偏移 {offset}）。请另存为 UTF-8 后重试。',
    'zh-TW': '{file}：已略過，檔案不是有效的 UTF-8 編碼（第一個錯誤位元組位於偏移 {offset}）。請另存為 UTF-8 後重試。',
  },
  utf16: {
    en: '{file}: skipped, the file is UTF-16 encoded. Save it as UTF-8 and try again.',
    'zh-CN': '{file}：已跳过，文件为 UTF-16 编码。请另存为 UTF-8 后重试。',
    'zh-TW': '{file}：已略過，檔案為 UTF-16 編碼。請另存為 UTF-8 後重試。',
  },
  tooLarge: {
    en: '{file}: skipped, the file is too large ({size} bytes).',
    'zh-CN': '{file}：已跳过，文件过大（{size} 字节）。',
    'zh-TW': '{file}：已略過，檔案過大（{size} 位元組）。',
  },
  unreadable: {
    en: '{file}: cannot be read ({detail}).',
    'zh-CN': '{file}：无法读取（{detail}）。',
    'zh-TW': '{file}：無法讀取（{detail}）。',
  },
  stdinUnreadable: {
    en: 'Cannot read standard input ({detail}).',
    'zh-CN': '无法读取标准输入（{detail}）。',
    'zh-TW': '無法讀取標準輸入（{detail}）。',
  },
  lintFailed: {
    en: '{file}: the checker failed on this file: {detail}',
    'zh-CN': '{file}：检查此文件时出错：{detail}',
    'zh-TW': '{file}：檢查此檔案時發生錯誤：{detail}',
  },
  configError: {
    en: '{file}:{line}:{column}: config: {message}',
    'zh-CN': '{file}:{line}:{column}：配置：{message}',
    'zh-TW': '{file}:{line}:{column}：設定：{message}',
  },
  configMissing: {
    en: 'Config file not found: {file}',
    'zh-CN': '找不到配置文件：{file}',
    'zh-TW': '找不到設定檔：{file}',
  },
  fixChangedOnDisk: {
    en: '{file}: not fixed, the file changed on disk while it was being checked.',
    'zh-CN': '{file}：未修复，检查期间文件在磁盘上被修改。',
    'zh-TW': '{file}：未修正，檢查期間檔案在磁碟上被修改。',
  },
  fixWriteFailed: {
    en: '{file}: the fixes could not be written ({detail}); the file is unchanged.',
    'zh-CN': '{file}：无法写入修复（{detail}），文件保持不变。',
    'zh-TW': '{file}：無法寫入修正（{detail}），檔案保持不變。',
  },
  fixedFiles: {
    en: '✔ Fixed {count} {count|file|files}.',
    'zh-CN': '✔ 已修复 {count} 个文件。',
    'zh-TW': '✔ 已修正 {count} 個檔案。',
  },
  problems: {
    en: '✖ {total} {total|problem|problems} ({errors} {errors|error|errors}, {warnings} {warnings|warning|warnings}{infos})',
    'zh-CN': '✖ {total} 个问题（{errors} 个错误，{warnings} 个警告{infos}）',
    'zh-TW': '✖ {total} 個問題（{errors} 個錯誤，{warnings} 個警告{infos}）',
  },
  problemsInfos: {
    en: ', {infos} {infos|info|infos}',
    'zh-CN': '，{infos} 个提示',
    'zh-TW': '，{infos} 個提示',
  },
  fixable: {
    en: '  {count} {count|problem is|problems are} fixable with the --fix option.',
    'zh-CN': '  其中 {count} 个问题可用 --fix 选项自动修复。',
    'zh-TW': '  其中 {count} 個問題可用 --fix 選項自動修正。',
  },
  skippedFiles: {
    en: '{count} Markdown {count|file was|files were} skipped: not a summary, plan or SOP (name a file to check it anyway).',
    'zh-CN': '跳过了 {count} 个不是总结、计划或流程的 Markdown 文件（直接指定文件名即可照常检查）。',
    'zh-TW': '略過了 {count} 個不是總結、計畫或流程的 Markdown 檔案（直接指定檔名即可照常檢查）。',
  },
  noProblems: {
    en: '✔ {files} {files|file|files} checked, no problems.',
    'zh-CN': '✔ 已检查 {files} 个文件，没有发现问题。',
    'zh-TW': '✔ 已檢查 {files} 個檔案，沒有發現問題。',
  },
  tooManyWarnings: {
    en: 'csplan found too many warnings ({count}, maximum allowed: {max}).',
    'zh-CN': 'csplan 发现的警告过多（{count} 个，最多允许 {max} 个）。',
    'zh-TW': 'csplan 發現的警告過多（{count} 個，最多允許 {max} 個）。',
  },
  internalError: {
    en: 'csplan: unexpected error: {detail}',
    'zh-CN': 'csplan：意外错误：{detail}',
    'zh-TW': 'csplan：意外錯誤：{detail}',
  },
  severityError: { en: 'error', 'zh-CN': '错误', 'zh-TW': '錯誤' },
  severityWarning: { en: 'warning', 'zh-CN': '警告', 'zh-TW': '警告' },
  severityInfo: { en: 'info', 'zh-CN': '提示', 'zh-TW': '提示' },
  stdinName: { en: '<stdin>', 'zh-CN': '<标准输入>', 'zh-TW': '<標準輸入>' },
} satisfies Record<string, Msg>;

export type MessageId = keyof typeof MESSAGES;

/**
 * The message in `locale`, with `{name}` filled from params and `{name|one|other}` choosing the
 * singular or the plural form by the number in `name`.
 */
export function t(locale: Locale, id: MessageId, params: Record<string, string | number> = {}): string {
  const m: Msg = MESSAGES[id];
  const template = m[locale] ?? m.en;
  return template.replace(/\{(\w+)(?:\|([^|}]*)\|([^}]*))?\}/g, (whole, key: string, one?: string, other?: string) => {
    if (!(key in params)) return whole;
    if (one !== undefined) return Number(params[key]) === 1 ? one : (other ?? one);
    return String(params[key]);
  });
}
