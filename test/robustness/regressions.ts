// Counterexamples the fuzzer found (`npm run fuzz`, scripts/fuzz.mjs), each kept as a named case that
// the deterministic suite checks at every run (regressions.test.ts runs every check of checks.ts on
// it). Add a case here, with the property and seed that found it, BEFORE fixing the bug: it must fail
// first. `input` is what the failure printed (the shrunk counterexample). For the incremental
// property the counterexample is `[start, edits]`: put the start in `input` and the edits in `edits`.
import type { Edit } from './arbitraries';

export interface RegressionCase {
  /** What broke, in a few words (the test's title). */
  name: string;
  /** Where it came from: the property, the seed, or who reported it. */
  found: string;
  input: string;
  /** Edits for the incremental check (default: none, the analyzer sees `input` alone). */
  edits?: Edit[];
  /** Passes fix-all may take (default 1: one pass settles it). */
  passes?: number;
}

export const REGRESSIONS: RegressionCase[] = [
  {
    name: 'a fence after an <img> line that continues a pipe-row paragraph swallows the parts fix-all appends',
    found: 'property "fixes idempotent, nothing outside the edits lost", seed -211260104 (npm test on a fresh clone, issue 12)',
    input: '| 措施 | 责任人 | 截止时间 | 指标 |\n<img src=x onerror=alert(1)>\n```\n---\ntype: summary\n---',
  },
  {
    name: 'a fence after an <img> line and a lazy indented line in a pipe-row paragraph swallows the appended parts',
    found: 'an independent fuzzer, 1,500 cases (issue 12)',
    input: '| 上线智能分流 | 陈工 | 2026年2月底 | 分流率≥30% |\n<img src=x onerror=alert(1)>\n    缩进代码 尽快\n```',
  },
  {
    name: 'a ~~~ fence after lazy lines of a list item (a pipe row, </pre>) swallows the appended parts',
    found: 'an independent fuzzer, 1,500 cases (issue 12)',
    input: '   - 子项：近期完成\n| 上线智能分流 | 陈工 | 2026年2月底 | 分流率≥30% |\n</pre>\n~~~\n</details>\n| Action | Owner | Due |\n|---|---|---|\n| Train agents | | soon |\n',
  },
];
