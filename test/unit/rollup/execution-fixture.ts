// A small team folder written from data: two agents, a plan each for 2026-Q1 and the monthly
// summaries of January and February that follow it, each saying (or not) what became of each action.
// The tests count what they expect from this data with plain loops, independently of the engine.

export type Outcome = 'done' | 'in-progress' | 'not-done' | undefined;

export interface FixtureAction {
  text: string;
  /** ISO deadline. */
  due: string;
  /** What each month's summary says about it (absent: nothing). */
  reports: Partial<Record<string, Outcome>>;
}

export interface FixturePerson {
  name: string;
  slug: string;
  actions: FixtureAction[];
  targets: { response_time: number; satisfaction: number };
  actuals: Record<string, { response_time: number; satisfaction: number }>;
}

export const TEAM = '华南区售后二组';
export const MONTHS = ['2026-01', '2026-02'];

export const PEOPLE: FixturePerson[] = [
  {
    name: '赵敏',
    slug: 'zhao-min',
    actions: [
      { text: '建立物流催单标准回复', due: '2026-01-20', reports: { '2026-01': 'done' } },
      { text: '优化优惠券规则话术', due: '2026-02-15', reports: { '2026-02': 'done' } },
      { text: '开展新人带教', due: '2026-02-26', reports: { '2026-02': 'in-progress' } },
    ],
    targets: { response_time: 20, satisfaction: 92 },
    actuals: { '2026-01': { response_time: 19, satisfaction: 92.5 }, '2026-02': { response_time: 21, satisfaction: 93 } },
  },
  {
    name: '钱峰',
    slug: 'qian-feng',
    actions: [
      { text: '整理退换货凭证常见问题', due: '2026-01-25', reports: {} },
      { text: '完成质检工单复盘', due: '2026-01-30', reports: { '2026-01': 'not-done' } },
      { text: '建立高峰排队提醒机制', due: '2026-02-10', reports: {} },
    ],
    targets: { response_time: 20, satisfaction: 92 },
    actuals: { '2026-01': { response_time: 24, satisfaction: 90 }, '2026-02': { response_time: 20, satisfaction: 91 } },
  },
];

const SAYS: Record<Exclude<Outcome, undefined>, string> = {
  done: '已完成',
  'in-progress': '进行中，预计下月完成',
  'not-done': '未完成，原因是人手不足',
};

export function planText(p: FixturePerson): string {
  return `---
type: plan
period: 2026-Q1
team: ${TEAM}
author: ${p.name}
kpis:
  response_time:
    target: ${p.targets.response_time}
    unit: s
  satisfaction:
    target: ${p.targets.satisfaction}
    unit: "%"
---

# ${p.name} 2026 年第一季度工作计划

## 一、目标

平均响应时间不超过 ${p.targets.response_time} 秒，满意度达到 ${p.targets.satisfaction}%。

## 二、具体措施

${p.actions.map((a, i) => `${i + 1}. ${a.text}，责任人：${p.name}，完成时间：${a.due}。`).join('\n')}

## 三、分阶段实施

- 第一阶段（1 月）：响应时间降到 21 秒。
- 第二阶段（2—3 月）：各项指标达到季度目标。

## 四、资源调配与人员安排

组长每周安排 2 小时用于措施落地。

## 五、监控与反馈机制

组长每周检查进度，每月复盘，形成闭环。
`;
}

export function summaryText(p: FixturePerson, month: string): string {
  const a = p.actuals[month];
  const reports = p.actions.filter((x) => x.reports[month]).map((x) => `- ${x.text}：${SAYS[x.reports[month]!]}。`);
  return `---
type: summary
period: ${month}
team: ${TEAM}
author: ${p.name}
kpis:
  inquiries:
    actual: 1000
    unit: count
  response_time:
    actual: ${a.response_time}
    unit: s
  handle_time:
    actual: 6
    unit: min
  complaint_rate:
    actual: 0.9
    unit: "%"
  satisfaction:
    actual: ${a.satisfaction}
    unit: "%"
---

# ${p.name} ${Number(month.slice(5))}月工作总结

## 一、服务数据统计

本月受理咨询 1,000 件，平均响应时间 ${a.response_time} 秒，平均处理时长 6 分钟，投诉率 0.9%，满意度 ${a.satisfaction}%。

## 二、客户反馈分析

好评集中在“响应快”；差评主要来自物流延迟，原因是仓库信息同步慢。

## 三、问题归类与分析

（一）流程问题：周末催单集中，原因是排班不足。

## 四、工作效率与质量评价

质检抽查 40 通，合格 36 通，下月在组长监督下每周复盘，形成闭环。
${reports.length ? `\n## 五、上期计划执行情况\n\n${reports.join('\n')}\n` : ''}`;
}

/** Every file of the folder: relative path → text. */
export function fixtureFiles(): Record<string, string> {
  const files: Record<string, string> = { '.csplanrc.yaml': 'locale: zh-CN\n' };
  for (const p of PEOPLE) {
    files[`2026-Q1-plan-${p.slug}.md`] = planText(p);
    for (const m of MONTHS) files[`${m}-${p.slug}.md`] = summaryText(p, m);
  }
  return files;
}

export interface ExpectedCounts {
  expected: number;
  done: number;
  inProgress: number;
  notDone: number;
  unreported: number;
  overdue: number;
  met: number;
  missed: number;
}

/** What a lead counts by hand for one person and month. */
export function expectedFor(p: FixturePerson, month: string): ExpectedCounts {
  const c: ExpectedCounts = { expected: 0, done: 0, inProgress: 0, notDone: 0, unreported: 0, overdue: 0, met: 0, missed: 0 };
  for (const a of p.actions) {
    if (a.due.slice(0, 7) !== month) continue;
    c.expected++;
    const said = a.reports[month];
    if (said === 'done') c.done++;
    else if (said === 'in-progress') c.inProgress++;
    else if (said === 'not-done') c.notDone++;
    else {
      c.unreported++;
      // Due within the month: passed by the month's end.
      c.overdue++;
    }
  }
  const act = p.actuals[month];
  // Response time: lower is better; satisfaction: higher is better.
  if (act.response_time <= p.targets.response_time) c.met++;
  else c.missed++;
  if (act.satisfaction >= p.targets.satisfaction) c.met++;
  else c.missed++;
  return c;
}
