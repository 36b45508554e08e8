// Generated, realistic benchmark documents: what agents and team leads write (frontmatter with KPIs,
// data tables, feedback, categorised problems, goals, action tables with owners and deadlines,
// phases, monitoring), in Chinese and English. Deterministic (seeded), so runs compare.
import { mkdirSync, writeFileSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { join } from 'node:path';

/** Small deterministic PRNG (mulberry32). */
export function rng(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const ZH_NAMES = ['孙浩', '马丽', '王芳', '李强', '张伟', '刘洋', '陈静', '杨帆', '赵敏', '周杰', '吴婷', '郑凯'];
const ZH_ROLES = ['组长', '质检专员', '培训专员', '运营主管', '排班专员', '知识库管理员', '客服经理'];
const ZH_TEAMS = ['会员服务热线组', '售后服务组', '在线客服组', '投诉处理组', '大客户服务组', '物流咨询组'];
const ZH_TOPICS = ['积分到账', '退换货', '物流时效', '发票开具', '会员等级', '优惠券核销', '账户安全', '售后维修', '预约上门', '话费充值'];
const ZH_CATS = ['流程问题', '沟通问题', '系统问题', '知识问题', '排班问题'];
const EN_NAMES = ['Priya Raman', 'Tom Ellis', 'Mei Chen', 'Sara Okafor', 'Raj Patel', 'Lena Vogel', 'Omar Haddad', 'Ines Duarte'];
const EN_ROLES = ['Queue manager', 'Training lead', 'Quality analyst', 'Digital lead', 'Workforce planner', 'Team lead'];
const EN_TEAMS = ['Customer Care', 'Billing Support', 'Technical Help Desk', 'Returns Desk', 'VIP Service'];
const EN_TOPICS = ['billing disputes', 'meter readings', 'late deliveries', 'password resets', 'refund status', 'tariff changes', 'outage reports', 'contract renewals'];
const EN_CATS = ['Process', 'Communication', 'Systems', 'Knowledge', 'Staffing'];

const pick = (r, xs) => xs[Math.floor(r() * xs.length)];
const num = (r, lo, hi, d = 0) => (lo + r() * (hi - lo)).toFixed(d);

/** The figures a document states in its frontmatter; its body repeats them (a consistent document). */
function figures(r, lang) {
  return lang === 'zh'
    ? { inq: Number(num(r, 20000, 90000)), sat: num(r, 85, 95, 1), satTarget: '92', rt: num(r, 15, 40), cr: num(r, 0.5, 2, 2) }
    : { inq: Number(num(r, 20000, 90000)), sat: num(r, 80, 92, 1), satTarget: '86', ht: num(r, 6, 11, 1) };
}

function zhFrontmatter(r, k) {
  return [
    '---',
    'type: summary-plan',
    `period: 2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}`,
    `team: ${pick(r, ZH_TEAMS)}`,
    `author: ${pick(r, ZH_NAMES)}`,
    'kpis:',
    '  inquiries:',
    `    actual: ${k.inq}`,
    `    baseline: ${num(r, 20000, 90000)}`,
    '    unit: count',
    '  satisfaction:',
    `    actual: ${k.sat}`,
    `    target: ${k.satTarget}`,
    '    unit: "%"',
    '  response_time:',
    `    actual: ${k.rt}`,
    '    target: 20',
    '    unit: s',
    '  complaint_rate:',
    `    actual: ${k.cr}`,
    '    target: 0.8',
    '    unit: "%"',
    '---',
    '',
  ];
}

function enFrontmatter(r, k) {
  return [
    '---',
    'type: summary-plan',
    `period: 2026-Q${1 + Math.floor(r() * 4)}`,
    `team: ${pick(r, EN_TEAMS)}`,
    `author: ${pick(r, EN_NAMES)}`,
    'kpis:',
    '  inquiries:',
    `    actual: ${k.inq}`,
    '    unit: count',
    '  satisfaction:',
    `    actual: ${k.sat}`,
    `    target: ${k.satTarget}`,
    '    unit: "%"',
    '  handle_time:',
    `    actual: ${k.ht}`,
    '    target: 8.5',
    '    unit: min',
    '---',
    '',
  ];
}

const ZH_NUM = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十'];

/** One chapter (about 60 lines): a complete summary-and-plan block for one team or month. */
function zhChapter(r, n, k) {
  const team = pick(r, ZH_TEAMS);
  const owner = () => `${pick(r, ZH_ROLES)} ${pick(r, ZH_NAMES)}`;
  const topic = () => pick(r, ZH_TOPICS);
  const month = () => 1 + Math.floor(r() * 12);
  const out = [
    `## ${n}. ${team}（第 ${n} 部分）`,
    '',
    '### 服务数据统计',
    '',
    `本期共受理来电 ${k.inq.toLocaleString('en')} 件，较上期增长 ${num(r, 1, 12)}%。客户满意度达到 ${k.sat}%，平均响应时间 ${k.rt} 秒。`,
    '',
    '| 指标 | 本期 | 上期 | 目标 |',
    '|---|---|---|---|',
    `| 满意度 | ${k.sat}% | ${num(r, 85, 96, 1)}% | ${k.satTarget}% |`,
    `| 平均应答时长（秒） | ${k.rt} | ${num(r, 15, 40)} | 20 |`,
    `| 投诉率 | ${k.cr}% | ${num(r, 0.5, 2, 2)}% | 0.8% |`,
    `| 一次解决率 | ${num(r, 70, 90, 1)}% | ${num(r, 70, 90, 1)}% | 85% |`,
    '',
    '### 客户反馈分析',
    '',
    `客户反映${topic()}等待时间长，由于高峰时段排班不足，${topic()}类咨询占比上升 ${num(r, 2, 9)} 个百分点。回访 ${num(r, 100, 400)} 位客户，其中 ${num(r, 60, 90)}% 表示满意。`,
    '',
    '### 存在问题',
    '',
  ];
  for (const cat of ZH_CATS.slice(0, 3)) {
    out.push(`（${ZH_NUM[ZH_CATS.indexOf(cat)]}）${cat}：`, '');
    for (let i = 0; i < 2; i++) out.push(`- ${topic()}环节${pick(r, ['交接不清', '规则不熟', '系统卡顿', '话术生硬', '回复超时'])}，本期相关投诉 ${num(r, 3, 40)} 件。`);
    out.push('');
  }
  out.push(
    '### 下期目标',
    '',
    `- 客户满意度提升至 ${k.satTarget}%。`,
    '- 平均应答时长缩短至 20 秒以内。',
    '- 投诉率降至 0.8%。',
    '',
    '### 具体措施',
    '',
    '| 措施 | 责任人 | 截止时间 | 衡量指标 |',
    '|---|---|---|---|',
  );
  for (let i = 0; i < 4; i++) out.push(`| 优化${topic()}处理流程 | ${owner()} | 2026-${String(month()).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')} | 相关投诉下降 ${num(r, 10, 50)}% |`);
  out.push(
    '',
    `1. 开展${topic()}专项培训，责任人：${owner()}，完成时间：${month()}月底。`,
    `2. 修订${topic()}话术库，由${owner()}负责，${month()}月${1 + Math.floor(r() * 28)}日前完成。`,
    '',
    '### 分阶段实施',
    '',
    '| 阶段 | 时间 | 重点 | 阶段指标 |',
    '|---|---|---|---|',
    `| 第一阶段 | ${month()}月 | 培训与流程梳理 | 培训覆盖率 100% |`,
    `| 第二阶段 | 第${ZH_NUM[Math.floor(r() * 4)]}季度 | 系统升级 | 系统卡顿投诉 ≤ ${num(r, 3, 9)} 件 |`,
    '',
    '### 监控与反馈',
    '',
    `每周一由${owner()}检查计划进度，质检专员每周抽检 ${num(r, 3, 8)}% 的通话；每月 5 日召开复盘会，对照目标调整下月措施，形成闭环。`,
    '',
    '```text',
    `# 排班脚本示例（第 ${n} 部分）`,
    'shift = peak ? 3 : 2',
    '```',
    '',
  );
  return out;
}

function enChapter(r, n, k) {
  const team = pick(r, EN_TEAMS);
  const owner = () => `${pick(r, EN_ROLES)} ${pick(r, EN_NAMES)}`;
  const topic = () => pick(r, EN_TOPICS);
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const out = [
    `## ${n}. ${team} (part ${n})`,
    '',
    '### Service data',
    '',
    `We handled ${k.inq.toLocaleString('en')} contacts this period, up ${num(r, 1, 12)}% on the last one. Satisfaction reached ${k.sat}% and the handle time was ${k.ht} min.`,
    '',
    '| KPI | Actual | Previous | Target |',
    '|---|---|---|---|',
    `| Satisfaction | ${k.sat}% | ${num(r, 80, 92, 1)}% | ${k.satTarget}% |`,
    `| Handle time (min) | ${k.ht} | ${num(r, 6, 11, 1)} | 8.5 |`,
    `| Complaint rate | ${num(r, 0.5, 2, 2)}% | ${num(r, 0.5, 2, 2)}% | 1.1% |`,
    '',
    '### Customer feedback',
    '',
    `Customers say ${topic()} take too long because the queue is understaffed at peak hours; calls about ${topic()} rose by ${num(r, 2, 9)} points.`,
    '',
    '### Problems',
    '',
  ];
  for (const cat of EN_CATS.slice(0, 3)) {
    out.push(`${cat}:`, '');
    for (let i = 0; i < 2; i++) out.push(`- ${topic()}: ${pick(r, ['unclear hand-offs', 'agents unsure of the rules', 'slow screens', 'scripted replies', 'late replies'])}, ${num(r, 3, 40)} complaints.`);
    out.push('');
  }
  out.push(
    '### Goals',
    '',
    `- Raise satisfaction to ${k.satTarget}%.`,
    '- Bring the handle time down to 8.5 min.',
    '',
    '### Actions',
    '',
    '| Action | Owner | Deadline | Indicator |',
    '|---|---|---|---|',
  );
  for (let i = 0; i < 4; i++) out.push(`| Streamline ${topic()} | ${owner()} | 2026-${String(1 + Math.floor(r() * 12)).padStart(2, '0')}-${String(1 + Math.floor(r() * 28)).padStart(2, '0')} | Complaints down ${num(r, 10, 50)}% |`);
  out.push(
    '',
    `1. Refresher training on ${topic()}; owner: ${owner()}; deadline: end of ${pick(r, months)}.`,
    `2. Rewrite the ${topic()} macros; owner: ${owner()}; due: ${pick(r, months)} ${1 + Math.floor(r() * 28)}, 2026.`,
    '',
    '### Phases',
    '',
    '| Phase | When | Focus | Indicator |',
    '|---|---|---|---|',
    `| Phase 1 | ${pick(r, months)} 2026 | Training | Quiz pass rate 100% |`,
    `| Phase 2 | Q${1 + Math.floor(r() * 4)} 2026 | Self-service | ${num(r, 10, 30)}% of calls moved to the app |`,
    '',
    '### Monitoring and feedback',
    '',
    `The head of customer care checks progress every Monday; quality analysts audit ${num(r, 3, 8)}% of calls each week. A monthly retrospective compares results with targets for continuous improvement.`,
    '',
  );
  return out;
}

/** A document of about `lines` lines (whole chapters, so a little over), in 'zh' or 'en'. */
export function generateDocument(lines, lang = 'zh', seed = 1) {
  const r = rng(seed * 7919 + lines);
  const k = figures(r, lang);
  const out = lang === 'zh' ? zhFrontmatter(r, k) : enFrontmatter(r, k);
  out.push(lang === 'zh' ? `# ${pick(r, ZH_TEAMS)} 2026 年工作总结与计划` : `# ${pick(r, EN_TEAMS)}: 2026 summary and plan`, '');
  let n = 1;
  while (out.length < lines) out.push(...(lang === 'zh' ? zhChapter(r, n, k) : enChapter(r, n, k)), ''), n++;
  return out.join('\n') + '\n';
}

/** A folder of `count` documents (about 60–140 lines each; 3 in 4 Chinese), regenerated when missing. */
export function generateFolder(dir, count) {
  if (existsSync(dir) && readdirSync(dir).length === count) return dir;
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  for (let i = 0; i < count; i++) {
    const lang = i % 4 === 3 ? 'en' : 'zh';
    const lines = 60 + ((i * 37) % 80);
    writeFileSync(join(dir, `summary-${String(i).padStart(4, '0')}.${lang}.md`), generateDocument(lines, lang, i + 1));
  }
  return dir;
}
