// Document templates for every type × language, as VS Code snippet text (tab stops `${n:default}`,
// mirrors `$n`). Pure: no `vscode`, no `node:` imports, so the engine tests and the web extension
// share it. Every template is complete as rendered (defaults in place): each required part, the core
// KPIs (the body repeats the frontmatter values through snippet mirrors, so they always agree),
// owners and deadlines for every action, indicators and time nodes for every phase, monitoring and a
// feedback loop. `test/unit/templates.test.ts` holds the engine to that.
import type { DocType, Locale } from './types';

export interface TemplateOptions {
  /** `2025-Q1`, `2025-03`, `2025-H1`, `2025`; default: the quarter of `today`. */
  period?: string;
  author?: string;
  team?: string;
  /** The day the document is written (ISO `yyyy-mm-dd` or a Date); default: now. */
  today?: string | Date;
}

export type PeriodKind = 'month' | 'quarter' | 'half' | 'year';

const pad = (n: number) => String(n).padStart(2, '0');
const iso = (y: number, m: number, d: number) => `${y}-${pad(m)}-${pad(d)}`;
/** Last day of month `m` (1-based) of year `y`. */
const lastDay = (y: number, m: number) => new Date(Date.UTC(y, m, 0)).getUTCDate();

function toDate(today?: string | Date): { y: number; m: number; d: number } {
  if (typeof today === 'string') {
    const m = /^(\d{4})-(\d{1,2})-(\d{1,2})/.exec(today);
    if (m) return { y: +m[1], m: +m[2], d: +m[3] };
  }
  const t = today instanceof Date ? today : new Date();
  return { y: t.getFullYear(), m: t.getMonth() + 1, d: t.getDate() };
}

/** The period label of `today` (offset 0) or of the next period (offset 1): `2025-03`, `2025-Q1`, `2025-H1`, `2025`. */
export function periodOf(kind: PeriodKind, today?: string | Date, offset = 0): string {
  const { y, m } = toDate(today);
  switch (kind) {
    case 'month': {
      const k = y * 12 + (m - 1) + offset;
      return `${Math.floor(k / 12)}-${pad((k % 12) + 1)}`;
    }
    case 'quarter': {
      const k = y * 4 + Math.floor((m - 1) / 3) + offset;
      return `${Math.floor(k / 4)}-Q${(k % 4) + 1}`;
    }
    case 'half': {
      const k = y * 2 + (m > 6 ? 1 : 0) + offset;
      return `${Math.floor(k / 2)}-H${(k % 2) + 1}`;
    }
    case 'year':
      return String(y + offset);
  }
}

export interface PeriodRange {
  /** First and last month (1-based) and the year. */
  year: number;
  firstMonth: number;
  lastMonth: number;
}

/** Reads `2025-Q1`, `2025-03`, `2025-H2`, `2025`; anything else: the quarter of `today`. */
export function periodRange(period: string | undefined, today?: string | Date): PeriodRange {
  const p = (period ?? '').trim();
  let m: RegExpExecArray | null;
  if ((m = /^(\d{4})-?Q([1-4])$/i.exec(p))) return { year: +m[1], firstMonth: (+m[2] - 1) * 3 + 1, lastMonth: +m[2] * 3 };
  if ((m = /^(\d{4})-?H([12])$/i.exec(p))) return { year: +m[1], firstMonth: m[2] === '1' ? 1 : 7, lastMonth: m[2] === '1' ? 6 : 12 };
  if ((m = /^(\d{4})-(\d{1,2})$/.exec(p)) && +m[2] >= 1 && +m[2] <= 12) return { year: +m[1], firstMonth: +m[2], lastMonth: +m[2] };
  if ((m = /^(\d{4})$/.exec(p))) return { year: +m[1], firstMonth: 1, lastMonth: 12 };
  return periodRange(periodOf('quarter', today), today);
}

/** Three deadlines spread over the period: a third, two thirds, and its last day (ISO dates). */
function milestones(r: PeriodRange): [string, string, string] {
  const span = r.lastMonth - r.firstMonth + 1;
  if (span === 1) {
    return [iso(r.year, r.firstMonth, 10), iso(r.year, r.firstMonth, 20), iso(r.year, r.firstMonth, lastDay(r.year, r.firstMonth))];
  }
  const m1 = r.firstMonth + Math.max(0, Math.round(span / 3) - 1);
  const m2 = r.firstMonth + Math.max(1, Math.round((2 * span) / 3) - 1);
  return [iso(r.year, m1, lastDay(r.year, m1)), iso(r.year, m2, lastDay(r.year, m2)), iso(r.year, r.lastMonth, lastDay(r.year, r.lastMonth))];
}

/** Escapes text for a snippet: `$`, `}` and `\` are literal. */
export function escapeSnippet(text: string): string {
  return text.replace(/[\\$}]/g, (c) => '\\' + c);
}

/** Numbers tab stops in order; a `key` makes later uses mirrors of the first. */
class Stops {
  private n = 0;
  private keys = new Map<string, number>();
  tab(def: string, key?: string): string {
    if (key && this.keys.has(key)) return `\${${this.keys.get(key)}}`;
    const i = ++this.n;
    if (key) this.keys.set(key, i);
    return `\${${i}:${escapeSnippet(def)}}`;
  }
}

/**
 * Resolves snippet text to the text VS Code inserts when every placeholder keeps its default:
 * `${n:default}` → default, `$n` / `${n}` → the default of tab stop n, `${n|a,b|}` → a, escapes undone.
 */
export function snippetToText(snippet: string): string {
  const defaults = new Map<string, string>();
  // First pass: collect defaults (placeholders do not nest in our templates).
  const re = /\\([\\$}])|\$\{(\d+):((?:\\[\\$}]|[^\\}])*)\}|\$\{(\d+)\|([^|]*)\|\}|\$\{(\d+)\}|\$(\d+)/g;
  const unescape = (s: string) => s.replace(/\\([\\$}])/g, '$1');
  for (let m; (m = re.exec(snippet)); ) {
    if (m[2] !== undefined && !defaults.has(m[2])) defaults.set(m[2], unescape(m[3]));
    if (m[4] !== undefined && !defaults.has(m[4])) defaults.set(m[4], m[5].split(',')[0]);
  }
  return snippet.replace(re, (_all, esc, n1, def, n2, choices, n3, n4) => {
    if (esc !== undefined) return esc;
    if (n1 !== undefined) return unescape(def);
    if (n2 !== undefined) return choices.split(',')[0];
    return defaults.get(n3 ?? n4) ?? '';
  });
}

interface Kpi {
  key: 'inquiries' | 'response_time' | 'handle_time' | 'complaint_rate' | 'satisfaction';
  unit: string;
  baseline: string;
  actual: string;
  target: string;
}

const CORE_KPIS: Kpi[] = [
  { key: 'inquiries', unit: 'count', baseline: '11800', actual: '12600', target: '12000' },
  { key: 'response_time', unit: 's', baseline: '32', actual: '26', target: '20' },
  { key: 'handle_time', unit: 'min', baseline: '6.5', actual: '5.8', target: '5.5' },
  { key: 'complaint_rate', unit: '%', baseline: '1.6', actual: '1.2', target: '1.0' },
  { key: 'satisfaction', unit: '%', baseline: '90.2', actual: '92.5', target: '94.0' },
];

/** Words of each language. Headings name each part the way the guides do, so the engine recognises them. */
interface Words {
  docTitle: Record<DocType, string>;
  team: string;
  author: string;
  kpiName: Record<Kpi['key'], string>;
  unitText: Record<string, string>;
  h: {
    data: string; feedback: string; problems: string; evaluation: string;
    goals: string; measures: string; phases: string; resources: string; monitoring: string;
    steps: string; roles: string; timeLimits: string; satisfaction: string; training: string;
  };
  body: Record<string, string>;
}

const ZH_CN: Words = {
  docTitle: { summary: '客服工作总结', plan: '客服工作计划', 'summary-plan': '客服工作总结与计划', workflow: '客服工作流程（SOP）' },
  team: '客服一组',
  author: '姓名',
  kpiName: { inquiries: '客户咨询量', response_time: '平均响应时间', handle_time: '平均处理时长', complaint_rate: '投诉率', satisfaction: '服务满意度' },
  unitText: { count: '件', s: '秒', min: '分钟', '%': '%' },
  h: {
    data: '服务数据统计', feedback: '客户反馈分析', problems: '问题归类与分析', evaluation: '工作效率与质量评价',
    goals: '工作目标', measures: '具体措施', phases: '分阶段实施', resources: '资源调配与人员安排', monitoring: '监控与反馈机制',
    steps: '流程步骤', roles: '角色与职责', timeLimits: '响应与处理时限', satisfaction: '满意度指标', training: '培训与考核',
  },
  body: {
    kpiTableHead: '| 指标 | 本期 | 上期 | 目标 |\n|---|---|---|---|',
    dataAnalysis: '咨询量上升的主要原因是新品上线带来的使用咨询增加；投诉率下降是由于退款流程简化、平均处理时长缩短。',
    feedback: '本期共回访客户 300 人次。客户肯定响应速度，主要不满集中在退款进度不透明，原因是工单状态未同步给客户。',
    problemsIntro: '本期问题按类别归纳如下：',
    catProcess: '流程问题', catProcessText: '退款审核需经三级审批，处理时长偏长。原因：审批节点重复设置。',
    catComm: '沟通问题', catCommText: '部分客服解释政策口径不一致，引发重复咨询。原因：话术库更新不及时。',
    catSystem: '系统问题', catSystemText: '工单系统高峰期卡顿，影响响应时间。原因：服务器扩容滞后于话务增长。',
    evaluation: '本期平均处理时长较上期缩短，一次解决率提升；质检抽查合格率 96%。每周质检抽查、每月复盘会议，推动问题闭环、持续优化。',
    goalLine: '{kpi}由 {baseline}{unit} 提升至 {target}{unit}',
    goalLineDown: '{kpi}由 {baseline}{unit} 降至 {target}{unit}',
    actionHead: '| 措施 | 责任人 | 截止时间 | 指标 |\n|---|---|---|---|',
    action1: '简化退款审批流程，审批节点由三级减为两级', owner1: '客服组长 王芳',
    action2: '更新话术库并组织全员培训', owner2: '培训专员 李明',
    action3: '工单系统扩容并设置高峰预警', owner3: 'IT 工程师 赵磊',
    ind1: '平均处理时长 ≤ {v} 分钟', ind2: '满意度 ≥ {v}%', ind3: '平均响应时间 ≤ {v} 秒',
    phaseHead: '| 阶段 | 时间节点 | 重点工作 | 阶段指标 |\n|---|---|---|---|',
    phase1: '第一阶段', phase1Work: '流程梳理与话术更新', phase1Ind: '话术库覆盖率 100%',
    phase2: '第二阶段', phase2Work: '系统扩容与培训考核', phase2Ind: '培训考核通过率 ≥ 95%',
    phase3: '第三阶段', phase3Work: '效果评估与复盘', phase3Ind: '满意度 ≥ {v}%',
    resources: '- 人员：高峰时段增加 2 名在线客服，由客服组长统一排班。\n- 预算：系统扩容预算 5 万元，由运营经理审批。\n- 培训：每周二下午安排 1 小时业务培训。',
    monitoring: '- 监控：每日监控响应时间与满意度数据，异常当日预警。\n- 检查：质检组每周抽查 5% 的会话录音与工单，客服组长督导整改。\n- 考核：每月按指标考核，结果与绩效挂钩。',
    loop: '- 反馈闭环：每月召开复盘会议，对投诉客户 48 小时内回访，问题整改后闭环销号，持续优化流程。',
    stepsIntro: '客户咨询 → 识别与分类 → 处理与解答 → 反馈与跟进 → 闭环与优化',
    step1: '咨询受理：客户通过电话、在线、邮件发起咨询，客服在规定时限内响应并登记工单。',
    step2: '识别与分类：按咨询、投诉、建议分类，投诉再分为一般、重复、恶性投诉。',
    step3: '处理与解答：一线客服当场解答；无法解答的问题升级至二线专员。',
    step4: '反馈与跟进：处理结果告知客户，投诉类 48 小时内回访。',
    step5: '闭环与优化：每月复盘高频问题，更新知识库，持续优化流程。',
    rolesHead: '| 角色 | 职责 |\n|---|---|',
    role1: '| 一线客服 | 受理咨询、首次解答、登记工单 |', role2: '| 二线专员 | 处理升级问题、跟进复杂投诉 |', role3: '| 客服组长 | 排班、督导、审核回访结果 |', role4: '| 质检专员 | 抽查会话、质检评分、提出改进建议 |',
    limitsHead: '| 事项 | 时限 |\n|---|---|',
    limit1: '| 电话接听 | 20 秒内 |', limit2: '| 在线首次响应 | {v} 秒内 |', limit3: '| 一般投诉处理 | 24 小时内 |', limit4: '| 重大投诉处理 | 48 小时内 |',
    satisfactionText: '服务满意度目标 ≥ {v}%，投诉率 ≤ {c}%；每月统计，低于目标时启动原因分析与整改。',
    training: '- 新员工上岗前完成 3 天岗前培训并通过考核。\n- 每月组织 1 次业务培训，每季度进行技能考核，考核结果与绩效挂钩。\n- 质检组每周抽查，督导改进。',
    people: '人次',
  },
};

const ZH_TW: Words = {
  docTitle: { summary: '客服工作總結', plan: '客服工作計劃', 'summary-plan': '客服工作總結與計劃', workflow: '客服工作流程（SOP）' },
  team: '客服一組',
  author: '姓名',
  kpiName: { inquiries: '客戶諮詢量', response_time: '平均回應時間', handle_time: '平均處理時長', complaint_rate: '投訴率', satisfaction: '服務滿意度' },
  unitText: { count: '件', s: '秒', min: '分鐘', '%': '%' },
  h: {
    data: '服務數據統計', feedback: '客戶回饋分析', problems: '問題歸類與分析', evaluation: '工作效率與品質評價',
    goals: '工作目標', measures: '具體措施', phases: '分階段實施', resources: '資源調配與人員安排', monitoring: '監控與回饋機制',
    steps: '流程步驟', roles: '角色與職責', timeLimits: '回應與處理時限', satisfaction: '滿意度指標', training: '培訓與考核',
  },
  body: {
    kpiTableHead: '| 指標 | 本期 | 上期 | 目標 |\n|---|---|---|---|',
    dataAnalysis: '諮詢量上升的主要原因是新品上線帶來的使用諮詢增加；投訴率下降是由於退款流程簡化、平均處理時長縮短。',
    feedback: '本期共回訪客戶 300 人次。客戶肯定回應速度，主要不滿集中在退款進度不透明，原因是工單狀態未同步給客戶。',
    problemsIntro: '本期問題按類別歸納如下：',
    catProcess: '流程問題', catProcessText: '退款審核需經三級審批，處理時長偏長。原因：審批節點重複設置。',
    catComm: '溝通問題', catCommText: '部分客服解釋政策口徑不一致，引發重複諮詢。原因：話術庫更新不及時。',
    catSystem: '系統問題', catSystemText: '工單系統尖峰時段卡頓，影響回應時間。原因：伺服器擴容落後於話務增長。',
    evaluation: '本期平均處理時長較上期縮短，一次解決率提升；品檢抽查合格率 96%。每週品檢抽查、每月復盤會議，推動問題閉環、持續優化。',
    goalLine: '{kpi}由 {baseline}{unit} 提升至 {target}{unit}',
    goalLineDown: '{kpi}由 {baseline}{unit} 降至 {target}{unit}',
    actionHead: '| 措施 | 負責人 | 截止時間 | 指標 |\n|---|---|---|---|',
    action1: '簡化退款審批流程，審批節點由三級減為兩級', owner1: '客服組長 王芳',
    action2: '更新話術庫並組織全員培訓', owner2: '培訓專員 李明',
    action3: '工單系統擴容並設置尖峰預警', owner3: 'IT 工程師 趙磊',
    ind1: '平均處理時長 ≤ {v} 分鐘', ind2: '滿意度 ≥ {v}%', ind3: '平均回應時間 ≤ {v} 秒',
    phaseHead: '| 階段 | 時間節點 | 重點工作 | 階段指標 |\n|---|---|---|---|',
    phase1: '第一階段', phase1Work: '流程梳理與話術更新', phase1Ind: '話術庫覆蓋率 100%',
    phase2: '第二階段', phase2Work: '系統擴容與培訓考核', phase2Ind: '培訓考核通過率 ≥ 95%',
    phase3: '第三階段', phase3Work: '成效評估與復盤', phase3Ind: '滿意度 ≥ {v}%',
    resources: '- 人員：尖峰時段增加 2 名線上客服，由客服組長統一排班。\n- 預算：系統擴容預算 5 萬元，由營運經理審批。\n- 培訓：每週二下午安排 1 小時業務培訓。',
    monitoring: '- 監控：每日監控回應時間與滿意度數據，異常當日預警。\n- 檢查：品檢組每週抽查 5% 的通話錄音與工單，客服組長督導整改。\n- 考核：每月按指標考核，結果與績效掛鉤。',
    loop: '- 回饋閉環：每月召開復盤會議，對投訴客戶 48 小時內回訪，問題整改後閉環銷號，持續優化流程。',
    stepsIntro: '客戶諮詢 → 識別與分類 → 處理與解答 → 回饋與跟進 → 閉環與優化',
    step1: '諮詢受理：客戶透過電話、線上、郵件發起諮詢，客服在規定時限內回應並登記工單。',
    step2: '識別與分類：按諮詢、投訴、建議分類，投訴再分為一般、重複、惡性投訴。',
    step3: '處理與解答：一線客服當場解答；無法解答的問題升級至二線專員。',
    step4: '回饋與跟進：處理結果告知客戶，投訴類 48 小時內回訪。',
    step5: '閉環與優化：每月復盤高頻問題，更新知識庫，持續優化流程。',
    rolesHead: '| 角色 | 職責 |\n|---|---|',
    role1: '| 一線客服 | 受理諮詢、首次解答、登記工單 |', role2: '| 二線專員 | 處理升級問題、跟進複雜投訴 |', role3: '| 客服組長 | 排班、督導、審核回訪結果 |', role4: '| 品檢專員 | 抽查通話、品檢評分、提出改進建議 |',
    limitsHead: '| 事項 | 時限 |\n|---|---|',
    limit1: '| 電話接聽 | 20 秒內 |', limit2: '| 線上首次回應 | {v} 秒內 |', limit3: '| 一般投訴處理 | 24 小時內 |', limit4: '| 重大投訴處理 | 48 小時內 |',
    satisfactionText: '服務滿意度目標 ≥ {v}%，投訴率 ≤ {c}%；每月統計，低於目標時啟動原因分析與整改。',
    training: '- 新進人員上崗前完成 3 天職前培訓並通過考核。\n- 每月舉辦 1 次業務培訓，每季進行技能考核，考核結果與績效掛鉤。\n- 品檢組每週抽查，督導改進。',
    people: '人次',
  },
};

const EN: Words = {
  docTitle: { summary: 'Customer Service Work Summary', plan: 'Customer Service Work Plan', 'summary-plan': 'Customer Service Summary and Plan', workflow: 'Customer Service Workflow and SOP' },
  team: 'Customer Service Team 1',
  author: 'Your Name',
  kpiName: { inquiries: 'Customer inquiries', response_time: 'Average response time', handle_time: 'Average handle time', complaint_rate: 'Complaint rate', satisfaction: 'Customer satisfaction' },
  unitText: { count: '', s: ' s', min: ' min', '%': '%' },
  h: {
    data: 'Service data', feedback: 'Customer feedback analysis', problems: 'Problem categories and analysis', evaluation: 'Efficiency and quality evaluation',
    goals: 'Goals', measures: 'Measures', phases: 'Implementation phases', resources: 'Resources and staffing', monitoring: 'Monitoring and feedback',
    steps: 'Process steps', roles: 'Roles and responsibilities', timeLimits: 'Response and handling time limits', satisfaction: 'Satisfaction targets', training: 'Training and assessment',
  },
  body: {
    kpiTableHead: '| Indicator | This period | Last period | Target |\n|---|---|---|---|',
    dataAnalysis: 'Inquiries rose mainly because the new product launch brought usage questions; the complaint rate fell because the refund process was simplified and handle time shortened.',
    feedback: 'We called back 300 customers this period. They praised our response speed; the main complaint was that refund progress was not visible, because ticket status was not shared with customers.',
    problemsIntro: 'Problems this period, by category:',
    catProcess: 'Process problems', catProcessText: 'Refunds needed three levels of approval, so handling took long. Cause: duplicated approval steps.',
    catComm: 'Communication problems', catCommText: 'Agents explained the policy in different ways, which caused repeat contacts. Cause: the script library was out of date.',
    catSystem: 'System problems', catSystemText: 'The ticket system slowed down at peak hours, hurting response time. Cause: server capacity lagged behind call growth.',
    evaluation: 'Average handle time fell and first-contact resolution rose; 96% of quality spot checks passed. Weekly quality checks and a monthly review meeting close the loop on every issue and keep improving the process.',
    goalLine: 'Raise {kpi} to {target}{unit} (from {baseline}{unit})',
    goalLineDown: 'Reduce {kpi} to {target}{unit} (from {baseline}{unit})',
    actionHead: '| Action | Owner | Deadline | Indicator |\n|---|---|---|---|',
    action1: 'Cut refund approval from three levels to two', owner1: 'Wang Fang (team lead)',
    action2: 'Update the script library and train every agent', owner2: 'Li Ming (trainer)',
    action3: 'Add ticket-system capacity and a peak-hour alert', owner3: 'Zhao Lei (IT engineer)',
    ind1: 'Average handle time ≤ {v} min', ind2: 'Satisfaction ≥ {v}%', ind3: 'Average response time ≤ {v} s',
    phaseHead: '| Phase | Time node | Focus | Indicator |\n|---|---|---|---|',
    phase1: 'Phase 1', phase1Work: 'Process review and script update', phase1Ind: 'Script library coverage 100%',
    phase2: 'Phase 2', phase2Work: 'System capacity and training assessment', phase2Ind: 'Assessment pass rate ≥ 95%',
    phase3: 'Phase 3', phase3Work: 'Evaluation and review', phase3Ind: 'Satisfaction ≥ {v}%',
    resources: '- Staff: two more chat agents at peak hours, scheduled by the team lead.\n- Budget: 50,000 for system capacity, approved by the operations manager.\n- Training: one hour of product training every Tuesday afternoon.',
    monitoring: '- Monitoring: response time and satisfaction are monitored daily, with an alert the same day.\n- Inspection: the quality team checks 5% of calls and tickets every week; the team lead supervises the corrections.\n- Assessment: monthly assessment against the indicators, tied to performance reviews.',
    loop: '- Feedback loop: a monthly review meeting; complaining customers are called back within 48 hours; each issue is closed once fixed, and the process keeps improving.',
    stepsIntro: 'Inquiry → identification and classification → handling and answer → feedback and follow-up → closing the loop and improvement',
    step1: 'Inquiry: the customer calls, chats or writes; an agent answers within the time limit and logs a ticket.',
    step2: 'Identification and classification: inquiry, complaint or suggestion; complaints are general, repeat or serious.',
    step3: 'Handling and answer: first-line agents answer at once; what they cannot answer goes to a second-line specialist.',
    step4: 'Feedback and follow-up: the customer is told the result; complaints get a call-back within 48 hours.',
    step5: 'Closing the loop and improvement: a monthly review of frequent issues updates the knowledge base and improves the process.',
    rolesHead: '| Role | Responsibilities |\n|---|---|',
    role1: '| First-line agent | Takes inquiries, answers first, logs tickets |', role2: '| Second-line specialist | Handles escalations and complex complaints |', role3: '| Team lead | Schedules, supervises, reviews call-backs |', role4: '| Quality specialist | Spot checks, quality scores, improvement proposals |',
    limitsHead: '| Item | Time limit |\n|---|---|',
    limit1: '| Answer a call | within 20 seconds |', limit2: '| First chat response | within {v} seconds |', limit3: '| General complaint | within 24 hours |', limit4: '| Serious complaint | within 48 hours |',
    satisfactionText: 'Customer satisfaction ≥ {v}%, complaint rate ≤ {c}%; measured monthly, with a cause analysis and corrective actions when below target.',
    training: '- New agents complete three days of induction training and pass an assessment before taking calls.\n- One product training a month and a skills assessment every quarter, tied to performance reviews.\n- The quality team checks calls every week and supervises improvements.',
    people: '',
  },
};

const WORDS: Record<Locale, Words> = { 'zh-CN': ZH_CN, 'zh-TW': ZH_TW, en: EN };

/** The part headings the templates write, in a language: documents generated from another (loop/generate.ts) use the same. */
export function partHeadings(locale: Locale): Words['h'] {
  return WORDS[locale].h;
}

const NUMERALS_ZH = ['一', '二', '三', '四', '五', '六', '七', '八', '九', '十', '十一', '十二'];

function fill(t: string, params: Record<string, string>): string {
  return t.replace(/\{(\w+)\}/g, (m, k) => (k in params ? params[k] : m));
}

/** Which KPI values a type carries. */
function kpiFields(type: DocType): ('actual' | 'target' | 'baseline')[] {
  if (type === 'summary') return ['actual', 'baseline'];
  if (type === 'summary-plan') return ['actual', 'target', 'baseline'];
  return ['baseline', 'target'];
}

/** The parts of each type, in the order the guides ask for. */
const PARTS: Record<DocType, (keyof Words['h'])[]> = {
  summary: ['data', 'feedback', 'problems', 'evaluation'],
  plan: ['goals', 'measures', 'phases', 'resources', 'monitoring'],
  'summary-plan': ['data', 'feedback', 'problems', 'evaluation', 'goals', 'measures', 'phases', 'resources', 'monitoring'],
  workflow: ['steps', 'roles', 'timeLimits', 'satisfaction', 'training'],
};

/**
 * The template of a document type in a language, as snippet text. Every required part is present,
 * in order, with example content as tab stops; the KPI values in the body mirror the frontmatter.
 */
export function renderTemplate(type: DocType, locale: Locale, options: TemplateOptions = {}): string {
  const w = WORDS[locale] ?? EN;
  const b = w.body;
  const s = new Stops();
  const period = options.period?.trim() || periodOf('quarter', options.today);
  const [d1, d2, d3] = milestones(periodRange(period, options.today));
  const zh = locale !== 'en';
  const fields = kpiFields(type);
  const lines: string[] = [];

  // Frontmatter. Values are YAML plain scalars; quote the unit `%` as YAML needs.
  const title = zh ? `${w.docTitle[type]}（${period}）` : `${w.docTitle[type]} (${period})`;
  lines.push('---', `type: ${type}`);
  lines.push(`title: ${s.tab(title, 'title')}`);
  lines.push(`period: ${s.tab(period, 'period')}`);
  lines.push(`team: ${s.tab(options.team?.trim() || w.team, 'team')}`);
  lines.push(`author: ${s.tab(options.author?.trim() || w.author, 'author')}`);
  lines.push(`locale: ${locale}`);
  lines.push('kpis:');
  for (const k of CORE_KPIS) {
    lines.push(`  ${k.key}:`);
    for (const f of fields) lines.push(`    ${f}: ${s.tab(k[f], `${k.key}.${f}`)}`);
    lines.push(`    unit: ${k.unit === '%' ? '"%"' : k.unit}`);
  }
  lines.push('---', '', `# ${s.tab(title, 'title')}`, '');

  const v = (key: Kpi['key'], f: 'actual' | 'target' | 'baseline') => {
    const k = CORE_KPIS.find((x) => x.key === key)!;
    return s.tab(k[f], `${key}.${f}`);
  };
  const unit = (k: Kpi) => w.unitText[k.unit] ?? '';
  let n = 0;
  const heading = (part: keyof Words['h']) => {
    n++;
    const num = zh ? `${NUMERALS_ZH[n - 1]}、` : `${n}. `;
    lines.push(`## ${num}${w.h[part]}`, '');
  };
  const hasTarget = fields.includes('target');

  for (const part of PARTS[type]) {
    heading(part);
    switch (part) {
      case 'data': {
        lines.push(b.kpiTableHead);
        for (const k of CORE_KPIS) {
          const u = unit(k);
          const actual = `${v(k.key, 'actual')}${u}`;
          const base = `${v(k.key, 'baseline')}${u}`;
          const target = hasTarget ? `${v(k.key, 'target')}${u}` : '—';
          lines.push(`| ${w.kpiName[k.key]} | ${actual} | ${base} | ${target} |`);
        }
        lines.push('', s.tab(b.dataAnalysis), '');
        break;
      }
      case 'feedback':
        lines.push(s.tab(b.feedback), '');
        break;
      case 'problems':
        lines.push(b.problemsIntro, '');
        lines.push(`### ${zh ? '（一）' : '3.1 '}${b.catProcess}`, '', `- ${s.tab(b.catProcessText)}`, '');
        lines.push(`### ${zh ? '（二）' : '3.2 '}${b.catComm}`, '', `- ${s.tab(b.catCommText)}`, '');
        lines.push(`### ${zh ? '（三）' : '3.3 '}${b.catSystem}`, '', `- ${s.tab(b.catSystemText)}`, '');
        break;
      case 'evaluation':
        lines.push(s.tab(b.evaluation), '');
        break;
      case 'goals': {
        let i = 0;
        for (const k of CORE_KPIS) {
          if (k.key === 'inquiries') continue;
          const down = k.key !== 'satisfaction';
          const t = fill(down ? b.goalLineDown : b.goalLine, { kpi: w.kpiName[k.key], baseline: v(k.key, 'baseline'), target: v(k.key, 'target'), unit: unit(k) });
          lines.push(`${++i}. ${t}${zh ? '。' : '.'}`);
        }
        lines.push('');
        break;
      }
      case 'measures':
        lines.push(b.actionHead);
        lines.push(`| ${s.tab(b.action1)} | ${s.tab(b.owner1)} | ${s.tab(d1)} | ${fill(b.ind1, { v: v('handle_time', 'target') })} |`);
        lines.push(`| ${s.tab(b.action2)} | ${s.tab(b.owner2)} | ${s.tab(d2)} | ${fill(b.ind2, { v: v('satisfaction', 'target') })} |`);
        lines.push(`| ${s.tab(b.action3)} | ${s.tab(b.owner3)} | ${s.tab(d3)} | ${fill(b.ind3, { v: v('response_time', 'target') })} |`);
        lines.push('');
        break;
      case 'phases':
        lines.push(b.phaseHead);
        lines.push(`| ${b.phase1} | ${s.tab(d1)} | ${s.tab(b.phase1Work)} | ${s.tab(b.phase1Ind)} |`);
        lines.push(`| ${b.phase2} | ${s.tab(d2)} | ${s.tab(b.phase2Work)} | ${s.tab(b.phase2Ind)} |`);
        lines.push(`| ${b.phase3} | ${s.tab(d3)} | ${s.tab(b.phase3Work)} | ${fill(b.phase3Ind, { v: v('satisfaction', 'target') })} |`);
        lines.push('');
        break;
      case 'resources':
        lines.push(s.tab(b.resources), '');
        break;
      case 'monitoring':
        lines.push(s.tab(b.monitoring), s.tab(b.loop), '');
        break;
      case 'steps':
        lines.push(b.stepsIntro, '');
        for (const [i, st] of [b.step1, b.step2, b.step3, b.step4, b.step5].entries()) lines.push(`${i + 1}. ${s.tab(st)}`);
        lines.push('');
        break;
      case 'roles':
        lines.push(b.rolesHead, b.role1, b.role2, b.role3, b.role4, '');
        break;
      case 'timeLimits':
        lines.push(b.limitsHead, b.limit1, fill(b.limit2, { v: v('response_time', 'target') }), b.limit3, b.limit4, '');
        break;
      case 'satisfaction':
        lines.push(fill(b.satisfactionText, { v: v('satisfaction', 'target'), c: v('complaint_rate', 'target') }), '');
        break;
      case 'training':
        lines.push(s.tab(b.training), '');
        break;
    }
  }
  lines.push('$0');
  return lines.join('\n');
}

/** Template as plain text, every placeholder at its default (what a user sees before editing). */
export function renderTemplateText(type: DocType, locale: Locale, options: TemplateOptions = {}): string {
  return snippetToText(renderTemplate(type, locale, options));
}
