#!/usr/bin/env node
// Writes each hint rule's "## Why it is a hint" section in docs/rules/<rule>.md from the evidence in
// docs/first-contact.json, as test/unit/severity-policy.test.ts decides it (the deciding first contacts,
// or every set's last one when they hold too few findings). Run after the policy's decidedBy changes:
//   node scripts/hint-pages.mjs          rewrite the sections
//   node scripts/hint-pages.mjs --check  exit 1 when a page's section is not what the record says
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const ROOT = join(dirname(fileURLToPath(import.meta.url)), '..');
const record = JSON.parse(readFileSync(join(ROOT, 'docs/first-contact.json'), 'utf8'));
const check = process.argv.includes('--check');

const pooled = (rule, sets) => sets.reduce((a, s) => { const c = s.rules[rule]; if (c) { a.tp += c.tp; a.fp += c.fp; } return a; }, { tp: 0, fp: 0 });
const latest = [...new Map(record.sets.map((s) => [s.set, s])).values()];
const deciding = record.sets.filter((s) => record.policy.decidedBy.includes(`${s.set}@${s.engine}`));
const name = (set) => '`' + set.replace(/^test\/fixtures\//, '') + '`';

let stale = 0;
let notHint = 0;
for (const s of new Set(record.sets.flatMap((x) => Object.keys(x.rules)))) {
  const page = join(ROOT, 'docs/rules', `${s}.md`);
  let text;
  try { text = readFileSync(page, 'utf8'); } catch { continue; }
  if (!/^## Why it is a hint$/m.test(text)) continue;
  let counts = pooled(s, deciding);
  let from = `the latest blind sets (${deciding.map((d) => `${name(d.set)} with engine ${d.engine}`).join(', ')}), scored before anyone here had read them`;
  if (counts.tp + counts.fp < record.policy.fewestFindings) {
    counts = pooled(s, latest);
    from = `every labelled set's last first contact (${latest.length} sets; the latest blind sets alone hold fewer than ${record.policy.fewestFindings} findings of this rule)`;
  }
  const n = counts.tp + counts.fp;
  const p = n ? (counts.tp / n).toFixed(2) : '—';
  // A rule that reached the threshold is no hint: its page must lose the section (and the rule its `info`).
  if (n && counts.tp / n >= record.policy.threshold) {
    notHint++;
    process.stdout.write(`not a hint: docs/rules/${s}.md (precision ${p}, ${counts.tp}/${n}) — remove its "Why it is a hint" and raise its default severity\n`);
    continue;
  }
  const section = `## Why it is a hint

Measured at first contact — on ${from} — ${n} findings of this rule, ${counts.tp} of them right: precision **${p}**, below the **${record.policy.threshold.toFixed(2)}** a rule must reach before it warns by default (issue 13; the counts are in [docs/first-contact.json](../first-contact.json), the policy is held by \`test/unit/severity-policy.test.ts\`, this section is written by \`node scripts/hint-pages.mjs\`). Until it reaches it on a new blind set, it reports as a hint (\`info\`: listed in the Problems panel as information, underlined in blue rather than as a yellow warning, not counted by \`--max-warnings\`). A team that trusts it on its own documents can raise it: \`rules: { ${s}: warning }\` in \`.csplanrc.yaml\`, or \`csplan.rules\` in the settings.

> 在未读过的文档上首次测量，精确率 ${p}，低于默认告警所需的 ${record.policy.threshold.toFixed(2)}，因此默认作为提示（info）显示；团队可在 \`.csplanrc.yaml\` 中调高。
>
> 在未讀過的文件上首次測量，精確率 ${p}，低於預設警告所需的 ${record.policy.threshold.toFixed(2)}，因此預設以提示（info）顯示；團隊可在 \`.csplanrc.yaml\` 中調高。
`;
  const next = text.replace(/^## Why it is a hint\n[\s\S]*?(?=^## )/m, section + '\n');
  if (next !== text) {
    stale++;
    if (!check) writeFileSync(page, next);
    process.stdout.write(`${check ? 'stale' : 'wrote'}: docs/rules/${s}.md (precision ${p}, ${counts.tp}/${n})\n`);
  }
}
if ((check && stale) || notHint) process.exit(1);
