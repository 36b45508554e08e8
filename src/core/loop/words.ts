// Whether two pieces of text speak of the same thing, without a dictionary: Latin words (crudely
// stemmed) and Chinese character bigrams, compared as sets. `上线智能分流` and `智能分流系统已于2月上线`
// share 上线 智能 能分 分流 — four of the action's five bigrams — while `智能客服机器人已上线` shares two.
// Everything that decides a match goes through `contentTokens` and `overlap`, so a real segmenter
// (jieba, Intl.Segmenter with a dictionary) can replace the bigrams in one place.
import { foldWidth } from '../text';

const CJK_RUN = /[\u3400-\u9fff\uf900-\ufaff]+/g;
const LATIN_WORD = /[a-z][a-z0-9'’-]*/g;

/** Bigrams that appear in nearly every customer-service document and say nothing about which action is meant. */
const STOP_BIGRAMS = new Set([
  '客服', '工作', '进行', '進行', '相关', '相關', '情况', '情況', '完成', '本月', '本季', '本期', '我们', '我們', '计划', '計劃', '計畫',
  '措施', '责任', '責任', '任人', '负责', '負責', '责人', '責人', '时间', '時間', '成时', '成時', '继续', '繼續', '开展', '開展', '推进', '推進',
]);

const STOP_WORDS = new Set([
  'the', 'a', 'an', 'of', 'to', 'for', 'and', 'or', 'in', 'on', 'with', 'by', 'at', 'from', 'into', 'is', 'are', 'was', 'were', 'be', 'been',
  'all', 'our', 'we', 'will', 'it', 'its', 'this', 'that', 'as', 'per', 'each', 'every', 'new', 'more', 'than', 'has', 'have', 'had', 'which',
  'owner', 'deadline', 'status', 'done', 'completed', 'complete', 'action',
]);

/** `launched`, `launching`, `launches` → `launch`; `routing` → `rout`: enough for one writer's two documents. */
function stem(word: string): string {
  const w = word.replace(/['’]s$/, '');
  for (const suffix of ['ing', 'ed', 'es', 's']) {
    if (w.length - suffix.length >= 4 && w.endsWith(suffix)) return w.slice(0, -suffix.length);
  }
  return w;
}

/** The words of `text` that can tell one action from another: stemmed Latin words and CJK bigrams. */
export function contentTokens(text: string): Set<string> {
  const s = foldWidth(text).toLowerCase();
  const out = new Set<string>();
  for (const m of s.matchAll(LATIN_WORD)) {
    const w = m[0].replace(/['’-]+$/, '');
    if (w.length < 2 || STOP_WORDS.has(w)) continue;
    out.add(stem(w));
  }
  for (const m of s.matchAll(CJK_RUN)) {
    const run = m[0];
    for (let i = 0; i + 1 < run.length; i++) {
      const bigram = run.slice(i, i + 2);
      if (!STOP_BIGRAMS.has(bigram)) out.add(bigram);
    }
  }
  return out;
}

/** How much of `wanted` (an action's tokens) `found` (a sentence's) contains: 0–1, and the count. */
export function overlap(wanted: Set<string>, found: Set<string>): { share: number; shared: number } {
  if (!wanted.size) return { share: 0, shared: 0 };
  let shared = 0;
  for (const t of wanted) if (found.has(t)) shared++;
  return { share: shared / wanted.size, shared };
}

/**
 * Whether a sentence speaks of the action: at least half of the action's words, and two of them when
 * it has three or more (one shared word — 智能, "smart" — is a coincidence, not a report).
 */
export function mentions(wanted: Set<string>, found: Set<string>): boolean {
  const { share, shared } = overlap(wanted, found);
  if (!shared) return false;
  return share >= 0.5 && (wanted.size < 3 || shared >= 2);
}
