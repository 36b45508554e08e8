// The vocabulary the recognisers share: words for parts, KPIs, mechanisms, owners and vague times,
// in Simplified Chinese, Traditional Chinese and English. Character classes like [总總] cover both
// scripts in one pattern. Recognition is by meaning (synonyms), never by one exact heading string.
import type { KpiKey, PartId } from '../types';

/** Heading patterns for each part. Order matters: the first part whose pattern matches wins. */
export const PART_PATTERNS: [PartId, RegExp][] = [
  // Workflow parts first: their words (流程, 时限) would otherwise be read as plan parts.
  ['time-limits', /时限|時限|时效|時效|响应与处理|響應與處理|时间标准|時間標準|time limits?|time standards?|response and resolution times?|resolution times|\bSLAs?\b|service levels?/i],
  ['roles', /角色|职责|職責|岗位分工|崗位分工|roles?\b|responsibilit/i],
  ['steps', /流程步骤|流程步驟|(?:作业|作業|处理|處理|服务|服務|办理|辦理)步[骤驟]|工作流程|服务流程(?!优化|優化)|作业流程|作業流程|处理流程|處理流程|操作步骤|操作步驟|workflow steps|process steps|\bsteps\b|procedure/i],
  ['training', /培训|培訓|训练|訓練|training|onboarding/i],
  ['satisfaction', /满意度指标|滿意度指標|满意度目标|滿意度目標|satisfaction (?:and [a-z]+ )?(?:targets?|indicators?|metrics?)/i],
  // Plan parts.
  ['phases', /分阶段|分階段|阶段|階段|分季度|分步|推进安排|推進安排|实施步骤|實施步驟|时间安排|時間安排|进度安排|進度安排|里程碑|路线图|路線圖|phas(?:e|es|ed)\b|milestones?|roadmap|timeline/i],
  ['resources', /资源|資源|人员安排|人員安排|人力|分工|排班|staffing|resources?|people and roles/i],
  ['monitoring', /监控|監控|监督|監督|监察|監察|督导|督導|考核|检查|檢查|执行保障|執行保障|保障|执行管控|執行管控|管控|跟进|跟進|反馈机制|回饋機制|反馈与|回饋與|回馈|复盘|復盤|持续改进|持續改進|持续改善|持續改善|闭环|閉環|monitoring|supervision|assurance|on track|follow[- ]?up|review|feedback loop|continuous improvement|governance|control/i],
  ['goals', /目标|目標|goals?\b|objectives?|targets?\b/i],
  ['measures', /措施|行动|行動|重点工作|重點工作|重点任务|重點任務|工作安排|工作计划|工作計畫|工作計劃|计划|計畫|計劃|规划|規劃|改进方案|改進方案|改善方案|优化方案|優化方案|actions?\b|measures|initiatives|plan\b|improvement|what we(?: will|'ll) do|how we will/i],
  // Summary parts.
  ['problems', /问题|問題|不足|短板|痛点|痛點|problems?|issues|challenges|weakness|complaint categories/i],
  ['feedback', /反馈|反饋|回饋|意见|意見|(?:客户|客戶|乘客|旅客|顾客|顧客|用户|用戶|会员|會員|读者|讀者|患者|业主|業主|车主|車主)(?:意见|意見|心声|心聲|反映)|客户意见|客戶意見|what (?:guests|customers|callers|users|passengers|members|patients|clients) (?:told|said)|客户评价|客戶評價|投诉情况|投訴情況|客诉|客訴|feedback|complaints?\b|voice of (?:the )?customer/i],
  ['evaluation', /评价|評價|评估|評估|效率与质量|效率與質量|质量评价|自我评价|分析|analysis|evaluation|assessment|efficiency|what drove|drivers? of|behind the numbers|why\b/i],
  ['data', /数据|數據|数字|指标|指標|统计|統計|概况|概況|情况|情況|现状|現狀|回顾|回顧|业务量|業務量|服务量|服務量|营运|營運|运营|運營|data|metrics|kpis?\b|figures|numbers|overview|where we are|performance|status|statistics|results/i],
];

/** Headings that say "summary" or "plan" (used to infer the type when frontmatter has none). */
// `report\b`: "Fault Reporting Workflow" is a workflow, not a report.
export const SUMMARY_TITLE = /总结|總結|小结|小結|回顾|回顧|报告|報告|述职|述職|summary|review|report\b|retrospective/i;
export const PLAN_TITLE = /计划|計畫|計劃|规划|規劃|安排|方案|plan\b|planning|roadmap/i;
export const WORKFLOW_TITLE = /流程|\bSOP\b|作业指导|作業指導|工作规范|工作規範|workflow|procedure|process/i;

/** KPI names as writers use them. Longer, more specific patterns come first. */
export const KPI_PATTERNS: [KpiKey, RegExp][] = [
  ['repeat_complaint_rate', /重复投诉率|重複投訴率|问题重复率|問題重複率|重复来电率|重複來電率|repeat complaint rate/i],
  ['first_contact_resolution', /一次(?:性)?解决率|一次(?:性)?解決率|首次解决率|首次解決率|首问解决率|\bFCR\b|first[- ]contact resolution/i],
  ['turnover_rate', /工单周转率|工單週轉率|周转率|週轉率|turnover rate/i],
  ['complaint_rate', /投诉率|投訴率|客诉率|客訴率|申诉率|申訴率|complaint rate/i],
  ['satisfaction', /满意度|滿意度|满意率|滿意率|\bCSI\b|\bCSAT\b|\bNPS\b|satisfaction/i],
  ['resolution_rate', /问题解决率|問題解決率|解决率|解決率|resolution rate/i],
  ['response_time', /接[听聽]时间|接聽時間|answer time|首[响響](?:时[间长]|時[間長])?|首次[响響]应时[间长]|首次響應時[間長]|响应时[间长]|響應時[間長]|回应时[间长]|回應時[間長]|应答时[间长]|應答時[間長]|首次回[复覆]时[间长]|首次回[复覆]時[間長]|回[复覆]时[间长]|回[复覆]時[間長]|等候(?:接听|接聽)?时[间长]|等候(?:接听|接聽)?時[間長]|等待时[间长]|等待時[間長]|接通时[间长]|接通時[間長]|response time|speed of answer|\bASA\b|time to answer|wait(?:ing)? time/i],
  ['handle_time', /处理时[长间]|處理時[長間]|办理时[长间]|辦理時[長間]|办结时[长间]|辦結時[長間]|周转时[长间]|週轉時[長間]|周转|週轉|在厂时[长间]|在廠時[長間]|结案周期|結案週期|平均(?:完成|修复|修復)时[间长]|平均(?:完成|修复|修復)時[間長]|通话时长|通話時長|handl(?:e|ing) time|\bAHT\b|resolution time|time to (?:close|resolve)|close time|turnaround/i],
  ['outbound_calls', /外呼量|外呼|outbound calls?/i],
  ['inquiries', /咨询量|諮詢量|咨询总量|諮詢總量|受理量|进线量|進線量|来电量|來電量|话务量|話務量|查询量|查詢量|报事总量|報事總量|诉求量|訴求量|工单量|工單量|业务量|業務量|查詢及報修總量|inquiries|enquiries|contacts? volume|call volume|requests(?: and complaints)? logged|contacts handled/i],
];

/** Volume written as a verb phrase: 受理…52,870 件 / handled 9,210 requests. */
export const INQUIRY_VOLUME = /(受理|承接|接获|接獲|接听|接聽|处理|處理|进线|進線|咨询|諮詢|查詢|查询|来电|來電|报事|報事|接到)[^。；;\n]{0,40}?\d[\d,.]*\s*(万|萬)?\s*(件|次|通|宗|个|個|单|單|条|條|人次)|\b(handled|received|logged|answered)\b[^.;\n]{0,40}?\d[\d,]*\s*(calls|contacts|requests|tickets|inquiries|enquiries|chats)/i;

/** Canonical frontmatter keys and the aliases writers use as keys (units may be folded into the key). */
export const KPI_KEY_ALIASES: Record<string, KpiKey> = {
  inquiries: 'inquiries', inquiry: 'inquiries', volume: 'inquiries', contacts: 'inquiries',
  response_time: 'response_time', responsetime: 'response_time', asa: 'response_time',
  handle_time: 'handle_time', handling_time: 'handle_time', aht: 'handle_time', resolution_time: 'handle_time',
  turnover_rate: 'turnover_rate',
  complaint_rate: 'complaint_rate',
  satisfaction: 'satisfaction', csat: 'satisfaction', csi: 'satisfaction',
  resolution_rate: 'resolution_rate',
  first_contact_resolution: 'first_contact_resolution', fcr: 'first_contact_resolution',
  repeat_complaint_rate: 'repeat_complaint_rate',
  outbound_calls: 'outbound_calls',
};

export const KPI_BLOCK_KEYS = ['kpis', 'kpi', 'metrics', 'indicators', '指标', '指標', '关键指标', '關鍵指標'];

/** Which direction is better, and the unit a bare number is read in. */
export const KPI_INFO: Record<KpiKey, { better: 'higher' | 'lower' | 'none'; unit: string; zh: string; tw: string; en: string }> = {
  inquiries: { better: 'none', unit: 'count', zh: '客户咨询量', tw: '客戶諮詢量', en: 'Inquiries' },
  response_time: { better: 'lower', unit: 's', zh: '平均响应时间', tw: '平均回應時間', en: 'Average response time' },
  handle_time: { better: 'lower', unit: 'min', zh: '平均处理时长', tw: '平均處理時長', en: 'Average handle time' },
  turnover_rate: { better: 'higher', unit: '%', zh: '工单周转率', tw: '工單週轉率', en: 'Ticket turnover rate' },
  complaint_rate: { better: 'lower', unit: '%', zh: '投诉率', tw: '投訴率', en: 'Complaint rate' },
  satisfaction: { better: 'higher', unit: '%', zh: '服务满意度', tw: '服務滿意度', en: 'Satisfaction' },
  resolution_rate: { better: 'higher', unit: '%', zh: '问题解决率', tw: '問題解決率', en: 'Resolution rate' },
  first_contact_resolution: { better: 'higher', unit: '%', zh: '一次解决率', tw: '一次解決率', en: 'First-contact resolution' },
  repeat_complaint_rate: { better: 'lower', unit: '%', zh: '重复投诉率', tw: '重複投訴率', en: 'Repeat complaint rate' },
  outbound_calls: { better: 'higher', unit: 'count', zh: '外呼量', tw: '外呼量', en: 'Outbound calls' },
};

/** The summary's core five (guide §2.1); the third is satisfied by either key. */
export const CORE_KPIS: KpiKey[][] = [['inquiries'], ['response_time'], ['turnover_rate', 'handle_time'], ['complaint_rate'], ['satisfaction']];

/** Units written after a number, to the KPI unit they mean. */
export const UNIT_WORDS: [RegExp, string][] = [
  [/^(%|％|percent|个百分点)/i, '%'],
  [/^(‱|万分之|萬分之)/, '‱'],
  [/^(秒钟|秒鐘|秒|s\b|sec|seconds?)/i, 's'],
  [/^(分钟|分鐘|min|minutes?|mins?)/i, 'min'],
  [/^((?:business |working )?(?:hours?|hrs?)|小时|小時|h\b)/i, 'h'],
  [/^(个工作日|個工作日|工作日|个工作天|個工作天|工作天|天|日|d\b|(?:business |working )?days?)/i, 'd'],
  [/^(分(?!钟|鐘)|points?|score)/i, 'score'],
];

// ── Mechanisms ──────────────────────────────────────────────────────────────────────────────────

/** Monitoring, checking, supervision, assessment (guide §5.3, §6.1). */
export const MONITORING = /监控|監控|监测|監測|监督|監督|监察|監察|督导|督導|督办|督辦|督查|考核|抽检|抽檢|抽查|质检|質檢|品管|巡检|巡檢|巡查|稽核|稽查|检查|檢查|通报|通報|绩效|績效|monitor|audit|inspect|supervis|checks?\b|checked|assess|performance review|KPI review|spot[- ]check/i;
/** Words that contain a monitoring word but mean something else (a medical check-up, approval of a refund). */
export const NOT_MONITORING = /血压|血壓|血糖|骨密度|健康检查|健康檢查|身体检查|身體檢查|检查时段|檢查時段|海关|海關|检查报告|檢查報告|医技检查|醫技檢查|检查预约|檢查預約|体检|體檢|检查项目|檢查項目|审批|審批|check[- ]?in|check[- ]?out|checklist/i;

/** Feedback / review / closed loop / continuous improvement (guide §5.4, §6.2–6.3). */
export const LOOP = /复盘|復盤|回访|回訪|闭环|閉環|持续优化|持續優化|持续改进|持續改進|持续改善|持續改善|反馈机制|反饋機制|回馈机制|回饋機制|反馈|反饋|回馈|回饋|检讨|檢討|总结会|總結會|改进建议|改進建議|PDCA|follow[- ]?up|retrospective|lessons learned|feedback|continuous improvement|review meeting|post[- ]mortem|root cause review/i;

/** Cause analysis (guide §5.1: data without analysis). */
export const ANALYSIS = /差距主要|主要在于|主要在於|一是[^。\n]{2,60}二是|原因|由于|由於|因为|因為|得益于|得益於|归因|歸因|源于|源於|导致|導致|造成|主要是|根源|根本原因|缘于|緣於|是因|在于|在於|受.{1,12}影响|受.{1,12}影響|带动|帶動|because|due to|driven by|caused by|root cause|the reason|as a result of|explained by|thanks to|why\b/i;

// ── Problems ────────────────────────────────────────────────────────────────────────────────────

/** Category labels of problems (流程 / 沟通 / 系统; 一般 / 重复 / 恶性投诉 …). */
export const PROBLEM_CATEGORY = /流程|沟通|溝通|系统|系統|工具|人员|人員|人力|管理|服务|服務|制度|技术|技術|培训|培訓|资源|資源|态度|態度|知识|知識|外部|内部|內部|产品|產品|一般|重复|重複|恶性|惡性|严重|嚴重|轻微|輕微|类|類|面\b|方面|process|communication|system|people|staff|tools?|policy|product|knowledge|categor|type/i;

// ── Owners ──────────────────────────────────────────────────────────────────────────────────────

/** Slots that introduce an owner. */
export const OWNER_LABEL = /(?:责任人|責任人|负责人|負責人|牵头人|牽頭人|牵头|牽頭|承办人|承辦人|执行人|執行人|跟进人|跟進人|主责|主責|owner|responsible|lead|assignee|accountable)\s*[:：]/i;
/** Slots that introduce a deadline. */
export const DEADLINE_LABEL = /(?:完成时间|完成時間|截止时间|截止時間|截止日期|完成期限|完成日期|时间节点|時間節點|时限|時限|限期|期限|时间|時間|deadline|due(?: date)?|by when|target date|completion)\s*[:：]/i;

/** Parties that are not an owner: nobody in particular answers for them (domain.md). */
export const COLLECTIVE = /^(?:相关部门|相關部門|相关单位|相關單位|相关人员|相關人員|各部门|各部門|各单位|各單位|各组|各組|各班组|各班組|各科室|全员|全員|全体|全體|全体员工|全體員工|所有人|大家|我们|我們|本部门|本部門|本组|本組|待定|待指定|未定|TBD|TBC|N\/?A|everyone|all staff|the team|we|us|all|team|relevant departments?|departments?|someone|nobody|none|to be assigned|to be determined)$/i;

/** A department or team named alone (no person): not an owner. */
export const DEPARTMENT_SUFFIX = /(?:部门|部門|部|组|組|科|处|處|课|課|室|中心|团队|團隊|小组|小組|班组|班組|班|站|所|局|委|办|辦|公司|集团|集團|单位|單位|承办商|承辦商|外包|商家|厂家|廠家|department|dept\.?|team|group|division|unit|office|desk|center|centre|committee|vendor|contractor|operations|finance|housekeeping|engineering|IT)$/i;

/** Roles held by one person (客服组长, 产品经理, duty manager). */
export const ROLE_SUFFIX = /(?:专家|專家|培训师|培訓師|分析师|分析師|设计师|設計師|稽核员|稽核員|值班长|值班長|主管|经理|經理|组长|組長|班长|班長|课长|課長|科长|科長|处长|處長|部长|部長|主任|专员|專員|总监|總監|总经理|總經理|副总|副總|负责人|負責人|对接人|對接人|联络人|聯絡人|工程师|工程師|顾问|顧問|店长|店長|站长|站長|队长|隊長|院长|院長|所长|所長|局长|局長|助理|秘书|秘書|讲师|講師|督导|督導|质检员|質檢員|调度员|調度員|协调人|協調人|长|長|manager|lead|leader|officer|supervisor|controller|director|head|coordinator|owner|agent|cashier|specialist|engineer|analyst|administrator|admin|chief|captain|executive|representative|planner|trainer|VP|CEO|COO|CTO|CFO)$/i;

/** English words that name a function of the organisation, not a person (`Customer Care`, `Support Ops`). */
export const DEPARTMENT_WORD = /^(?:marketing|sales|support|operations|ops|finance|hr|legal|product|products|quality|training|logistics|procurement|engineering|housekeeping|security|management|admin|customer|customers|service|services|care|frontline|front|reception|billing|it|qa|digital|technology|tech|contact|centre|center|desk|helpdesk|team|teams|department|division|unit|office|shift|night|day|vendor|partner|partners|compliance|payments|claims|retail|field|data|analytics|content|knowledge|platform|product)$/i;
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

/** Common Chinese surnames (simplified and traditional), to recognise a personal name of 2–3 characters. */
export const SURNAMES =
  '區歐冼鄺麥岑勞雷賴凌盧伍蕭莊卓殷甄鄔溫游翁饒邢王李张張刘劉陈陳杨楊黄黃赵趙吴吳周徐孙孫马馬朱胡郭何高林罗羅郑鄭梁谢謝宋唐许許韩韓冯馮邓鄧曹彭曾肖萧蕭田董袁潘于蒋蔣蔡余杜叶葉程苏蘇魏吕呂丁任沈姚卢盧姜崔钟鍾谭譚陆陸汪范金石廖贾賈夏韦韋付方白邹鄒孟熊秦邱江尹薛闫閆段雷侯龙龍史陶黎贺賀顾顧毛郝龚龔邵万萬钱錢严嚴覃武戴莫孔向汤湯常温溫康施文牛樊葛邢安齐齊易乔喬伍庞龐颜顏倪庄莊聂聶章鲁魯岳翟殷詹申欧歐耿关關兰蘭焦俞左柳甘祝包宁寧尚符舒阮柯纪紀梅童凌毕畢单單季裴霍涂成苗谷盛曲翁冉骆駱蓝藍路游辛靳管柴蒙鲍鮑华華喻祁蒲房滕屈饶饒解牟艾尤阳陽时時穆农農司卓古吉缪繆简簡车車项項连連芦蘆麦麥褚娄婁窦竇戚岑景党党宫宮费費卜冷晏席卫衛米柏宗瞿桂全佟应應臧闵閔苟邬鄔边邊卞姬师師和仇栾欒隋商刁沙荣榮巫寇桑郎甄丛叢仲虞敖巩鞏明佘池乐樂匡戈湛鞠迟遲殳欧阳歐陽司徒上官诸葛諸葛东方東方';

// ── Time ────────────────────────────────────────────────────────────────────────────────────────

/** Words that stand where a time should be but are not one (guide §4.4). */
export const VAGUE_TIME = /尽快|儘快|盡快|尽早|儘早|盡早|近期|适时|適時|后续|後續|逐步|待定|待议|待議|下阶段|下階段|下一阶段|下一階段|择机|擇機|视情况|視情況|看情况|看情況|另行|有空|长期坚持|長期堅持|持续推进|持續推進|随时|隨時|以后|以後|将来|將來|未来|未來|不定期|\bASAP\b|as soon as possible|\bsoon\b|\bTBD\b|\bTBC\b|\blater\b|in due course|when possible|when feasible|\bongoing\b|eventually|at some point|going forward|in the future|next phase/i;
