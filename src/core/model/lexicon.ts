// The vocabulary the recognisers share, compiled from the data files in src/core/vocabulary (one a
// language: zh-Hans.json, zh-Hant.json, en.json; kpis.json for what no language changes). To teach
// the engine a word, add it there (or, for a team, in .csplanrc `vocabulary:`), not here: this file
// only says which lists form which pattern, and in what order they are tried. Recognition is by
// meaning (synonyms), never by one exact heading string.
import type { KpiKey, PartId } from '../types';
import { allLanguages, CORE_KPI_GROUPS, KPI_FACTS, LANGUAGES, wordsPattern, type LanguageVocabulary, type VocabularyEntry } from '../vocabulary';
import kpiData from '../vocabulary/kpis.json';

const words = (pick: (v: LanguageVocabulary) => VocabularyEntry[] | undefined) => allLanguages(pick);

/** Parts in the order their words are tried: the first part whose words a heading holds wins. */
const PART_ORDER: PartId[] = [
  // Workflow parts first: their words (流程, 时限) would otherwise be read as plan parts.
  'time-limits', 'roles', 'steps', 'training', 'satisfaction',
  // Plan parts.
  'phases', 'resources', 'monitoring', 'goals', 'measures',
  // Summary parts.
  'problems', 'feedback', 'evaluation', 'data',
];

/** Heading patterns for each part. Order matters: the first part whose pattern matches wins. */
export const PART_PATTERNS: [PartId, RegExp][] = PART_ORDER.map((part) => [part, wordsPattern(words((v) => v.parts?.[part]))]);

/** Content that shows a part is there without a heading of its own (completeness-parts.ts): a time
 *  limit stated inside a step (`2个工作日内回复`, `within 10 working days`), who is responsible for a step
 *  (`由值班主管负责`, `the case officer`). Only parts with words have a pattern. */
export const PART_CONTENT: Partial<Record<PartId, RegExp>> = Object.fromEntries(
  PART_ORDER.map((part) => [part, words((v) => v.partContent?.[part])] as const)
    .filter(([, list]) => list.length > 0)
    .map(([part, list]) => [part, wordsPattern(list)]),
);

/** Headings that say "summary" or "plan" (used to infer the type when frontmatter has none). */
export const SUMMARY_TITLE = wordsPattern(words((v) => v.titles?.summary));
export const PLAN_TITLE = wordsPattern(words((v) => v.titles?.plan));
export const WORKFLOW_TITLE = wordsPattern(words((v) => v.titles?.workflow));

/** The KPIs in the order their names are tried in prose: longer, more specific names first. */
const KPI_MATCH_ORDER = kpiData.matchOrder as KpiKey[];

/** KPI names as writers use them. */
export const KPI_PATTERNS: [KpiKey, RegExp][] = KPI_MATCH_ORDER.map((key) => [key, wordsPattern(words((v) => v.kpiNames?.[key]))]);

/** Volume written as a verb phrase: 受理…52,870 件 / handled 9,210 requests. */
export const INQUIRY_VOLUME = (() => {
  const zh = (pick: (v: LanguageVocabulary) => VocabularyEntry[] | undefined) => [LANGUAGES['zh-Hans'], LANGUAGES['zh-Hant']].flatMap((v) => pick(v) ?? []);
  const source = (list: VocabularyEntry[]) => wordsPattern(list).source.replace(/^\(\?:/, '(');
  const zhVerbs = source(zh((v) => v.volumeVerbs));
  const zhUnits = source(zh((v) => v.volumeUnits));
  const enVerbs = source(LANGUAGES.en.volumeVerbs ?? []);
  const enNouns = source(LANGUAGES.en.volumeUnits ?? []);
  return new RegExp(`${zhVerbs}[^。；;\\n]{0,40}?\\d[\\d,.]*\\s*(万|萬)?\\s*${zhUnits}|${enVerbs}[^.;\\n]{0,40}?\\d[\\d,]*\\s*${enNouns}`, 'i');
})();

/** Canonical frontmatter keys and the aliases writers use as keys (units may be folded into the key). */
export const KPI_KEY_ALIASES: Record<string, KpiKey> = Object.fromEntries(
  (Object.entries(KPI_FACTS) as [KpiKey, { keys: string[] }][]).flatMap(([key, f]) => f.keys.map((alias) => [alias.toLowerCase(), key])),
);

export const KPI_BLOCK_KEYS: string[] = [...new Set(allLanguages((v) => v.kpiBlockKeys))];

/** Which direction is better, the unit a bare number is read in, and the KPI's name in each language. */
export const KPI_INFO: Record<KpiKey, { better: 'higher' | 'lower' | 'none'; unit: string; zh: string; tw: string; en: string }> = Object.fromEntries(
  (Object.entries(KPI_FACTS) as [KpiKey, { better: 'higher' | 'lower' | 'none'; unit: string }][]).map(([key, f]) => [
    key,
    { better: f.better, unit: f.unit, zh: LANGUAGES['zh-Hans'].kpiLabels?.[key] ?? key, tw: LANGUAGES['zh-Hant'].kpiLabels?.[key] ?? key, en: LANGUAGES.en.kpiLabels?.[key] ?? key },
  ]),
) as Record<KpiKey, { better: 'higher' | 'lower' | 'none'; unit: string; zh: string; tw: string; en: string }>;

/** The summary's core five (guide §2.1); the third is satisfied by either key. */
export const CORE_KPIS: KpiKey[][] = CORE_KPI_GROUPS;

/** Units written after a number, to the KPI unit they mean (tried in this order). */
const UNIT_ORDER: [string, string][] = [['percent', '%'], ['permyriad', '‱'], ['seconds', 's'], ['minutes', 'min'], ['hours', 'h'], ['days', 'd'], ['score', 'score']];
export const UNIT_WORDS: [RegExp, string][] = UNIT_ORDER.map(([list, unit]) => [wordsPattern(words((v) => v.units?.[list]), { anchor: 'start', capture: true }), unit]);

// ── Mechanisms ──────────────────────────────────────────────────────────────────────────────────

/** Monitoring, checking, supervision, assessment (guide §5.3, §6.1). */
export const MONITORING = wordsPattern(words((v) => v.monitoring));
/** Words that contain a monitoring word but mean something else (a medical check-up, approval of a refund). */
export const NOT_MONITORING = wordsPattern(words((v) => v.notMonitoring));

/** Feedback / review / closed loop / continuous improvement (guide §5.4, §6.2–6.3). */
export const LOOP = wordsPattern(words((v) => v.loop));

/** Cause analysis (guide §5.1: data without analysis). */
export const ANALYSIS = wordsPattern(words((v) => v.analysis));

// ── Problems ────────────────────────────────────────────────────────────────────────────────────

/** Category labels of problems (流程 / 沟通 / 系统; 一般 / 重复 / 恶性投诉 …). */
export const PROBLEM_CATEGORY = wordsPattern(words((v) => v.problemCategories));

// ── Owners ──────────────────────────────────────────────────────────────────────────────────────

/** Slots that introduce an owner. */
export const OWNER_LABEL = wordsPattern(words((v) => v.ownerLabels), { after: '\\s*[:：]' });
/** Slots that introduce a deadline. */
export const DEADLINE_LABEL = wordsPattern(words((v) => v.deadlineLabels), { after: '\\s*[:：]' });

/** Parties that are not an owner: nobody in particular answers for them (domain.md). */
export const COLLECTIVE = wordsPattern(words((v) => v.collectives), { anchor: 'whole' });

/** A department or team named alone (no person): not an owner. */
export const DEPARTMENT_SUFFIX = wordsPattern(words((v) => v.departmentSuffixes), { anchor: 'end' });

/** Roles held by one person (客服组长, 产品经理, duty manager). */
export const ROLE_SUFFIX = wordsPattern(words((v) => v.roleSuffixes), { anchor: 'end' });

/** Common Chinese surnames (simplified and traditional), to recognise a personal name of 2–3 characters. */
export const SURNAMES = [LANGUAGES['zh-Hans'].surnames ?? '', LANGUAGES['zh-Hant'].surnames ?? ''].join('').replace(/\s+/g, '');

// ── Time ────────────────────────────────────────────────────────────────────────────────────────

/** Words that stand where a time should be but are not one (guide §4.4). */
export const VAGUE_TIME = wordsPattern(words((v) => v.vagueTimes));

// ── Outline items and phase indicators ──────────────────────────────────────────────────────────

/** The start of a description after a topic label (`主要包括…`, `includes…`): the item describes, it does not act. */
export const DESCRIPTION_LEAD = wordsPattern(words((v) => v.descriptionLeads), { anchor: 'start' });
/** Words of a standing rule: `客服团队应根据…`, `Agents must…`. */
export const STANDING_RULE = wordsPattern(words((v) => v.standingRuleWords));
/** A phase indicator that points at the plan's goals (`全年目标全部达成`, `all Q4 goals met`). */
export const GOAL_REFERENCE = wordsPattern(words((v) => v.goalReferences));
/** A qualifier just before a KPI's name: a channel, a segment, a service level (`电话渠道`, `20秒内`, `Creator-side`). */
export const KPI_QUALIFIER = wordsPattern(words((v) => v.kpiQualifiers));
/** A heading over a period's key work (`工作重点`, `Priorities`). */
export const FOCUS_HEADING = wordsPattern(words((v) => v.focusHeadings));
/** Words naming the period after the document's (`下月`, `明年`, `next quarter`). */
export const NEXT_PERIOD = wordsPattern(words((v) => v.nextPeriodWords));
/** A heading for the plan's execution period (`肆、執行期程` then `自106年1月1日至106年12月31日止`). */
export const PLAN_PERIOD_HEADING = wordsPattern(words((v) => v.planPeriodHeadings));
/** A record's particulars at the start of an item (`會議時間：`, `主席：`, `Apologies:`). */
export const RECORD_FIELD = wordsPattern(words((v) => v.recordFieldLabels), { anchor: 'start', after: '\\s*[:：]' });
/** A heading that opens with an action's verb (`优化服务流程…`, `Improve the complaints process`). */
export const ACTION_TOPIC = wordsPattern(words((v) => v.actionTopicVerbs), { anchor: 'start' });
/** A verb of reaching a milestone (`取得`, `考取`, `complete`, `become`). */
export const ATTAINMENT_VERB = wordsPattern(words((v) => v.attainmentVerbs));
/** A credential or course a milestone goal reaches (`證書`, `课程`, `certificate`, `Cert IV`). */
export const CREDENTIAL = wordsPattern(words((v) => v.credentialWords));
/** A heading of the writer's own shortcomings (`存在的不足`, `Areas for improvement`). */
export const SHORTCOMING_HEADING = wordsPattern(words((v) => v.shortcomingHeadings));
/** The problems part's own words, its words for shortcomings left out (`问题`, `issues`; not `不足`). */
export const PROBLEM_WORD = wordsPattern(words((v) => (v.parts?.problems ?? []).filter((w) => !(v.shortcomingHeadings ?? []).includes(w))));
/** A verb of doing, anywhere (`建立`, `統一`, `rewrite`): an item among the actions says what will be done with one. */
export const DOING_VERB = wordsPattern(words((v) => [...(v.doingVerbs ?? []), ...(v.actionTopicVerbs ?? [])]));
/** A board card's label field (`標籤：\`流程\``, `Labels: billing`). */
export const CARD_LABEL_FIELD = wordsPattern(words((v) => v.cardLabelFields), { anchor: 'start', after: '\\s*[:：]' });
/** A heading that asks why: `為甚麼今年特別強調停航通知？`, `Why these targets?`. */
export const WHY_QUESTION = new RegExp(wordsPattern(words((v) => v.whyWords)).source + '[^？?]*[？?]\\s*$', 'i');
/** The record of a meeting named in a title, from its words to the end: `Actions from the April Operations Review`. */
export const MEETING_RECORD_TITLE = new RegExp('[^\\s]*?' + wordsPattern(words((v) => v.meetingRecordWords)).source + '.*$', 'i');
/** What introduces the means of a goal (`To reach this goal, CST will:`). */
export const MEANS_INTRO = wordsPattern(words((v) => v.meansIntros));
/** A paragraph that opens a list of commitments: the items are how the service is always given, not dated actions. */
export const COMMITMENT_INTRO = wordsPattern(words((v) => v.commitmentIntros));
/** A document's closing provisions: who interprets it, when it takes effect, what it replaces. */
export const CLOSING_PROVISION = wordsPattern(words((v) => v.closingProvisions));
/** One post over a function: `Head of Customer Experience`, `the Director of Operations` (not `Heads of …`). */
export const ROLE_OF_FUNCTION = new RegExp('^(?:the\\s+)?' + wordsPattern(words((v) => v.roleOfFunction)).source + '\\s+of\\s+\\S', 'i');
const DONE_WORDS = wordsPattern(words((v) => v.doneStatuses)).source;
/** A status that reports the work done: `Completed 14 June 2024`, `Done`, `已完成`, `已結案` (a status cell's start). */
export const DONE_STATUS = new RegExp('^[\\s\\p{P}\\p{S}]*' + DONE_WORDS, 'iu');
/** A heading of work done (`### Done (resolved since 1 January)`, `已完成`; not `完成时间`): its items are past work. */
export const DONE_HEADING = new RegExp('^[\\s\\p{P}\\p{S}]*' + DONE_WORDS + '\\s*(?:[(（][^)）]*[)）])?[\\s\\p{P}\\p{S}]*$', 'iu');
/**
 * A field reporting the item done (`Resolved: 2026-02-27`, `已結案：…`): the statuses in the past
 * (`已…`, `…ed`, `done`); not `完成：3月底` or `Complete: by June`, which ask for a time.
 */
export const DONE_FIELD = wordsPattern(
  words((v) => v.doneStatuses).filter((w) => typeof w === 'string' && /^已|ed$|^done$/i.test(w) && !DEADLINE_LABEL.test(`${w}：`)),
  { after: '\\s*(?:on\\s*)?[:：]' },
);
/** A paragraph labelled as background (`背景：…`, `Context: …`) under any heading: context, not a goal. */
export const BACKGROUND_LABEL = wordsPattern(words((v) => v.backgroundHeadings), { anchor: 'start', after: '\\s*[:：]' });
/** A heading that is only a background (`计划背景`, `Purpose`; not `问题背景分析`). */
export const BACKGROUND_HEADING = wordsPattern(words((v) => v.backgroundHeadings), { anchor: 'whole' });
/** `計畫負責人：客服課課長 許雅雯`, `Plan owner: Dana Whitfield.` at the start of a line (after bold marks). */
export const PLAN_OWNER_LABEL = wordsPattern(words((v) => v.planOwnerLabels), { anchor: 'start', after: '\\s*[:：]\\s*' });
/** `以下措施均由…`, `All actions below are owned by…`: the owner follows. */
export const PLAN_OWNER_PHRASE = wordsPattern(words((v) => v.planOwnerPhrases));
/** The writer named as the agent of an item (`我将…`, `每週五下午我會…`, `I will…`): a personal plan's owner. */
export const FIRST_PERSON_AGENT = wordsPattern(words((v) => v.firstPersonAgents));
/** The writer speaking of themself (`我`, `本人`, `I`, `my`), counted over the document. */
export const FIRST_PERSON_SINGULAR = new RegExp(wordsPattern(words((v) => v.firstPersonSingular)).source, 'gi');
/** A team speaking of itself (`我们`, `we`, `our`), counted against the singular. */
export const FIRST_PERSON_PLURAL = new RegExp(wordsPattern(words((v) => v.firstPersonPlural)).source, 'gi');
/** A title of a person's own document (`个人工作总结`, `述職報告`, `Self-assessment`). */
export const PERSONAL_TITLE = wordsPattern(words((v) => v.personalTitleWords));


// ── Shapes of items (plan items, agents of a sentence) ──────────────────────────────────────────
// These say how words stand in an item (a label before a colon, a verb after a name), so they stay
// patterns; the plain word lists above are data.

/**
 * An item that is a mechanism, not an action: it names a recurring review or check as its subject
 * (`周例会：…`, `月度复盘：…`, `Weekly stand-up: …`, `质检抽检：…`). Matched at the item's start,
 * before a colon.
 */
export const MECHANISM_ITEM_LABEL = /^(?:(?:每|毎)?(?:日|天|周|週|星期|月|季|季度|年|双周|雙週|半月|晨|早|夕|班前|班后|班後|定期|月度|季度|年度|周度|週度)?\s*(?:例会|例會|会议|會議|会|會|晨会|晨會|早会|早會|夕会|夕會|碰头会|碰頭會|复盘会?|復盤會?|检讨会|檢討會|总结会|總結會|评审会|評審會|通报|通報|质检抽检|質檢抽檢|质检|質檢|抽检|抽檢|抽查|巡检|巡檢|稽核|考核|督导|督導|督办|督辦|回访|回訪|点检|點檢|review|reviews|stand-?up|huddle|retro(?:spective)?|check-?in|audit|calibration(?: session)?|QA review|quality review|ops review|business review|governance(?: meeting)?)|(?:daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|annual)\s+[a-z -]{0,30}?(?:review|stand-?up|huddle|meeting|retro(?:spective)?|check-?in|audit|calibration|report(?:ing)?))\s*[:：]/i;

/** A recurrence (`每周一`, `定期`, `weekly`): with a monitoring or review word, the item describes a mechanism. */
// Not `每次` (each time something happens): a rule for an event, not a review that recurs.
export const RECURRENCE = /每(?:日|天|周|週|星期|月|季|季度|年|班)|每个工作日|每個工作日|定期|例行|月度|季度|周度|週度|日常|(?<![a-z])(?:daily|weekly|fortnightly|bi-?weekly|monthly|quarterly|every (?:day|week|month|quarter|shift|monday|tuesday|wednesday|thursday|friday)|each (?:day|week|month|quarter|shift))(?![a-z])/i;

/** Review and meeting words that, recurring, make a mechanism (besides MONITORING and LOOP). */
export const REVIEW_WORD = /例会|例會|会议|會議|晨会|晨會|早会|早會|复盘|復盤|通报|通報|点评|點評|讲评|講評|评审|評審|review|stand-?up|huddle|meeting|calibration|scorecard/i;

/**
 * A paragraph that introduces a list of indicators or mechanisms, not of actions: `考核指标：`,
 * `评估标准如下：`, `We will measure success by:`, `Review cadence:`.
 */
export const INDICATOR_LEAD = /(?:考核|评估|評估|评价|評價|衡量|验收|驗收|监控|監控|监测|監測|成效|绩效|績效|关键|關鍵)?(?:指标|指標|标准|標準|目标值|目標值|口径|口徑|方式|机制|機制)|\bKPIs?\b|metrics|indicators|targets|success (?:measures|criteria)|measures? of success|(?:we(?:'ll| will)|how we) (?:measure|track|know)|measured by|review cadence|governance|monitoring|how (?:we|progress) (?:is|will be) (?:checked|reviewed|monitored)/i;

/**
 * A metric named at the start of an item, before its value: the KPI names (KPI_PATTERNS) and any
 * noun ending in a measuring word (`转派时效`, `知识库覆盖率`, `首响占比`, `Backlog age`, `QA score`).
 */
export const METRIC_NOUN = /^(?:[\u4e00-\u9fff\w]{0,12}?(?:率|时效|時效|时长|時長|时间|時間|用时|用時|占比|佔比|比例|满意度|滿意度|得分|评分|評分|分数|分數|指数|指數|水平|量|数|數|天数|天數|人次|件数|件數|单量|單量|达成|達成)|(?:[A-Za-z][A-Za-z-]*\s+){0,4}(?:rate|time|times|score|level|ratio|share|percentage|coverage|backlog(?: age)?|volume|adherence|occupancy|utili[sz]ation|accuracy|CSAT|NPS|FCR|AHT|ASA|SLA|CES|TTR|MTTR|QA))(?![A-Za-z])/i;

/** What may stand between a metric and its value: a colon, a comparison or a verb of reaching. */
export const METRIC_VALUE_LINK = /^\s*(?:(?:[:：=]|≥|≤|>=|<=|[<>＜＞]|不低于|不低於|不高于|不高於|不超过|不超過|不少于|不少於|低于|低於|高于|高於|超过|超過|达到|達到|达|達|为|為|保持在?|维持在?|維持在?|控制在|提升至|提升到|提高至|提高到|上升至|降至|降到|降低至|下降至|缩短至|縮短至|缩短到|縮短到|从|從|由|from|at least|at most|of|below|above|under|over|reaches?|to|within|or)\s*){0,2}(?:[:：]\s*)?(?:[≥≤<>＜＞]\s*)?(?=[0-9一二两兩三四五六七八九十百零])/i;

/** A project's title: `项目一：…`, `专项二`, `Project 3: …`, `Initiative: …`. */
export const PROJECT_TITLE = /^(?:重点|重點|核心|关键|關鍵)?(?:项目|項目|专项|專項|专案|專案|子项目|子項目|举措|舉措|工程|课题|課題|project|initiative|workstream)\s*[一二三四五六七八九十\dA-Z]*\s*(?:[:：、.．-]|$)/i;

/** The target field under a project's title. */
export const PROJECT_TARGET_FIELD = /(?:^|[\s；;。，,|-])(?:项目目标|項目目標|预期目标|預期目標|预期效果|預期效果|预期成效|預期成效|目标|目標|goals?|objectives?|targets?|expected (?:outcomes?|results?))\s*[:：]/im;

/** The budget or resource field under a project's title (planned: 预计, 拟, 计划). */
export const PROJECT_BUDGET_FIELD = /(?:预计投入|預計投入|计划投入|計畫投入|計劃投入|拟投入|擬投入|投入预算|投入預算|预算|預算|所需资源|所需資源|资源投入|資源投入|投入|经费|經費|费用|費用|成本|budget|estimated (?:cost|investment|effort)|investment|cost|resources?(?: needed| required)?|resourcing|effort)\s*[:：]|预计投入|預計投入|拟投入|擬投入|计划投入|計畫投入/i;

/** An owner field under a project's title: besides OWNER_LABEL, the bare verb `负责：`. */
export const PROJECT_OWNER_FIELD = /(?:负责|負責|主导|主導|牵头部门|牽頭部門|负责部门|負責部門|led by|owned by|sponsor)\s*[:：]/i;

/** A line under a project's title that is one of its fields (so not an action of its own). */
export const PROJECT_FIELD_LINE = /^[\s\-*+>\d.、)）]*(?:[^\s:：，,；;。]{0,8}?(?:目标|目標|投入|预算|預算|资源|資源|经费|經費|费用|費用|成本|负责人?|負責人?|责任人|責任人|牵头|牽頭|主导|主導|时间|時間|周期|週期|期限|节点|節點|里程碑|指标|指標|内容|內容|措施|范围|範圍|风险|風險|产出|產出|成效|效果)|goals?|objectives?|targets?|budget|cost|investment|resources?|owner|lead|led by|sponsor|timeline|timing|deadline|due|milestones?|scope|deliverables?|risks?|kpis?|measures?|expected [a-z]+|what|how|description|details)\s*[:：]/i;

/** English words that name a function of the organisation, not a person (`Customer Care`, `Support Ops`). */
export const DEPARTMENT_WORD = /^(?:marketing|sales|support|operations|ops|finance|hr|legal|product|products|quality|training|logistics|procurement|engineering|housekeeping|security|management|admin|customer|customers|service|services|care|frontline|front|reception|billing|it|qa|digital|technology|tech|contact|centre|center|desk|helpdesk|team|teams|department|division|unit|office|shift|night|day|vendor|partner|partners|compliance|payments|claims|retail|field|data|analytics|content|knowledge|platform|product|group|groups|library|libraries|council|hospital|clinic|practice|school|university|college|bank|company|trust|authority|board|ministry|agency|bureau|city|county|district|airport|station)$/i;

/** Capitalised English words that start sentences or name things, not people: `The team will…`, `Weekly reviews will…`. */
export const EN_NOT_NAME = /^(?:the|a|an|we|they|it|this|that|these|those|our|their|my|all|each|every|everyone|everybody|someone|nobody|staff|agents?|supervisors?|managers?|leads?|leaders?|members?|users?|guests?|callers?|clients?|people|new|next|first|second|third|then|also|finally|phase|stage|step|action|actions|goal|goals|target|targets|plan|plans|weekly|daily|monthly|quarterly|annual|yearly|january|february|march|april|may|june|july|august|september|october|november|december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|q[1-4]|h[12]|by|from|to|in|on|at|for|with|and|or|if|when|once|after|before|during|until|every|both|only|most|more|less|no|not|each|other|others|owner|owners|tbd|tbc|none|n\/a)$/i;

/**
 * Verbs and connectives that follow the agent of a plan item, in both scripts: `由张伟提出需求`,
 * `由陈雅婷对接研发`, `…，方敏每日核对记录`, `王磊牵头`. They mark where a name ends.
 */
export const AGENT_VERB = /^(?:负责|負責|牵头|牽頭|统筹|統籌|主导|主導|主持|主抓|带领|帶領|组织|組織|协调|協調|跟进|跟進|对接|對接|落实|落實|推进|推進|推动|推動|整理|编写|編寫|撰写|撰寫|制定|製定|制作|製作|修订|修訂|核对|核對|复核|複核|审核|審核|抽检|抽檢|督导|督導|督办|督辦|监督|監督|提出|发起|發起|组建|組建|召集|汇总|匯總|彙總|更新|维护|維護|上线|上線|完成|执行|執行|开展|開展|培训|培訓|带教|帶教|分析|输出|輸出|设计|設計|开发|開發|配合|协助|協助|会同|會同|联合|聯合|联系|聯繫|安排|准备|準備|起草|拟定|擬定|梳理|搭建|建立|策划|策劃|主讲|主講|讲授|講授|评估|評估|验收|驗收|跟踪|跟蹤|回访|回訪|通知|发布|發布|發佈|收集|统计|統計|每日|每天|每周|每週|每月|每季|每晚|每班|定期|亲自|親自|同步|与|與|和|及|同|于|於|在|将|將|须|須|需|要|会|會|来|來|把|对|對|向|为|為|从|從|按|并|並|等)/;

/** Verbs that make a name at the head of a clause its agent (`方敏每日核对记录`, `王磊牵头`, `陳雅婷負責`). */
export const AGENT_LEAD_VERB = /^(?:负责|負責|牵头|牽頭|统筹|統籌|主导|主導|主持|主抓|带领|帶領|组织|組織|协调|協調|跟进|跟進|对接|對接|落实|落實|推进|推進|推动|推動|整理|编写|編寫|撰写|撰寫|制定|製定|修订|修訂|核对|核對|复核|複核|审核|審核|抽检|抽檢|督导|督導|督办|督辦|提出|发起|發起|召集|汇总|匯總|彙總|维护|維護|起草|拟定|擬定|梳理|搭建|策划|策劃|主讲|主講|跟踪|跟蹤|每日|每天|每周|每週|每月|每季|每晚|每班|定期|亲自|親自)/;

/** English verbs after the agent of an item: `Maria Gonzalez (operations liaison) will work with…`, `Priya to own…`. */
export const EN_AGENT_VERB = /^(?:will|shall|to\s+(?:own|lead|drive|run|coordinate|deliver|build|write|review|train|hire|set|roll|launch|manage|oversee|handle|prepare|draft|update|check|audit|track|report|design|implement|complete|organi[sz]e|host|pilot|monitor|follow|contact|work|brief|publish|test|fix|close)|is\s+(?:to|going\s+to|responsible|accountable|leading|driving|owning|in\s+charge)|owns|leads|drives|runs|coordinates|oversees|manages|handles|heads|takes|has\s+agreed\s+to|signs\s+off|reports)\b/i;

/** English phrases before the agent: `led by Daniel Cheng`, `owned by the duty manager`. */
export const EN_AGENT_BY = /\b(?:led|owned|run|driven|coordinated|headed|managed|overseen|handled|delivered|championed|sponsored|supervised|organi[sz]ed|assigned)\s+(?:by|to)\s+/gi;
