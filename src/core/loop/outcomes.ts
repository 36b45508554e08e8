// The words that say what became of an action, in 简体, 繁體 and English. Data, not code: a team adds
// a word here without reading the matcher. Order of the checks matters and is fixed in `outcomeOf`:
// "not done" before "in progress" before "done", because 未完成 and 部分完成 contain 完成.
import { foldWidth } from '../text';
import type { ActionStatus } from '../types';

export const OUTCOME_WORDS: Record<Exclude<ActionStatus, 'unreported'>, { 'zh-Hans': string[]; 'zh-Hant': string[]; en: string[] }> = {
  'not-done': {
    'zh-Hans': ['未完成', '没有完成', '没完成', '未能', '未上线', '未落实', '未实施', '未达成', '未达到', '未启动', '未开展', '尚未', '仍未', '延期', '推迟', '延后', '延迟', '暂停', '取消', '搁置', '滞后', '落后于计划', '未按期'],
    'zh-Hant': ['未完成', '沒有完成', '沒完成', '未能', '未上線', '未落實', '未實施', '未達成', '未達到', '未啟動', '未開展', '尚未', '仍未', '延期', '推遲', '延後', '延遲', '暫停', '取消', '擱置', '滯後', '落後於計畫', '未按期'],
    en: ['not done', 'not completed', 'not complete', 'not finished', 'not yet', 'not started', 'not launched', 'not delivered', 'not met', 'delayed', 'postponed', 'cancelled', 'canceled', 'on hold', 'missed', 'slipped', 'deferred', 'behind schedule', 'incomplete', 'dropped'],
  },
  'in-progress': {
    'zh-Hans': ['进行中', '推进中', '实施中', '开发中', '测试中', '建设中', '试运行', '试点', '部分完成', '正在', '仍在', '预计', '计划于', '将于', '拟于'],
    'zh-Hant': ['進行中', '推進中', '實施中', '開發中', '測試中', '建設中', '試運行', '試點', '部分完成', '正在', '仍在', '預計', '計畫於', '計劃於', '將於', '擬於'],
    en: ['in progress', 'ongoing', 'under way', 'underway', 'partially', 'partly', 'piloting', 'pilot', 'being built', 'being tested', 'expected to', 'scheduled for', 'on track'],
  },
  done: {
    'zh-Hans': ['已完成', '完成', '已上线', '上线', '已落实', '落实', '已实施', '实施', '已实现', '实现', '达成', '达到', '已建立', '建立', '建成', '启用', '开通', '交付', '投入使用', '已'],
    'zh-Hant': ['已完成', '完成', '已上線', '上線', '已落實', '落實', '已實施', '實施', '已實現', '實現', '達成', '達到', '已建立', '建立', '建成', '啟用', '開通', '交付', '投入使用', '已'],
    en: ['done', 'completed', 'complete', 'finished', 'launched', 'went live', 'live', 'delivered', 'implemented', 'rolled out', 'in place', 'achieved', 'shipped', 'met', 'closed'],
  },
};

/** Labels of a status slot (`完成情况：`, `Status:`): the label itself reports nothing. */
const STATUS_LABEL = /(?:完成情况|完成情況|执行情况|執行情況|落实情况|落實情況|进展情况|進展情況|进展|進展|进度|進度|status|outcome|progress|result)\s*[:：]/gi;

function pattern(words: string[]): RegExp {
  const esc = words.map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).sort((a, b) => b.length - a.length);
  const latin = esc.filter((w) => /^[a-z]/i.test(w));
  const cjk = esc.filter((w) => !/^[a-z]/i.test(w));
  const parts = [...(cjk.length ? [cjk.join('|')] : []), ...(latin.length ? [`\\b(?:${latin.join('|')})\\b`] : [])];
  return new RegExp(parts.join('|'), 'i');
}

const PATTERNS: [Exclude<ActionStatus, 'unreported'>, RegExp][] = (['not-done', 'in-progress', 'done'] as const).map((status) => {
  const w = OUTCOME_WORDS[status];
  return [status, pattern([...new Set([...w['zh-Hans'], ...w['zh-Hant'], ...w.en])])];
});

/**
 * The text with the action's own words blanked: `上线智能分流：已完成` → `      ：已完成`, so that the
 * 上线 in the action's name is not read as its outcome. Runs of three or more characters that the
 * action also contains are blanked (`智能分流系统已于2月上线` keeps its 上线, which the action has only
 * as part of a longer run it does not share here).
 */
export function withoutActionWords(text: string, action: string): string {
  const s = foldWidth(text).toLowerCase();
  const a = foldWidth(action).toLowerCase();
  if (!a) return s;
  const out = s.split('');
  const alnum = (c: string | undefined) => !!c && /[a-z0-9]/.test(c);
  let i = 0;
  while (i < s.length) {
    let len = 0;
    // Latin words are blanked whole (`launch` in the action does not blank `launched`'s stem).
    if (!(alnum(s[i]) && alnum(s[i - 1]))) {
      while (i + len < s.length && a.includes(s.slice(i, i + len + 1))) len++;
      while (len > 0 && alnum(s[i + len - 1]) && alnum(s[i + len])) len--;
    }
    if (len >= 3) {
      for (let k = i; k < i + len; k++) out[k] = ' ';
      i += len;
    } else i++;
  }
  return out.join('');
}

/** What the words of `text` (a sentence that mentions `action`) say became of it; undefined when they say nothing. */
export function outcomeOf(text: string, action: string): Exclude<ActionStatus, 'unreported'> | undefined {
  const rest = withoutActionWords(text, action).replace(STATUS_LABEL, (m) => ' '.repeat(m.length));
  for (const [status, re] of PATTERNS) if (re.test(rest)) return status;
  return undefined;
}

/** True when the text holds a status slot with nothing after its label (`完成情况：`, `Status:`). */
export function hasBlankStatus(text: string): boolean {
  const s = foldWidth(text);
  for (const m of s.matchAll(STATUS_LABEL)) {
    const after = s.slice((m.index ?? 0) + m[0].length);
    if (!/[\p{L}\p{N}]/u.test(after)) return true;
  }
  return false;
}
