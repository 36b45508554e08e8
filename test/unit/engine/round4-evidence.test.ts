// Round 4 recogniser changes (session 6, after fresh6 and real6 were recorded blind and then read).
// Each block is one class of writing, in the languages where it occurs, with the new behaviour and a
// near miss that must still be reported. Every sentence here is written for this file.
import assert from 'node:assert/strict';
import { isMeasurable } from '../../../src/core/model/build';
import { action, doc, found, modelOf, run } from './evidence-helpers';


// ---------------------------------------------------------------------------------------------
// An English owner field ends where its sentence ends. Chinese fields already end at 。；.
// ---------------------------------------------------------------------------------------------
describe('round 4, an English owner field ends at the end of its sentence', () => {
  const plan = doc(
    'plan',
    [
      '# Front desk plan 2027',
      '',
      '## Actions',
      '',
      '1. **Delay notice.** Send a personal email with a new date at week 6. Owner: Rosa Lindqvist. Template ready by January 15, 2027.',
      '2. **Price sheet.** One internal sheet all staff quote from. Owner: J. Okonkwo, by February 26, 2027.',
      '3. **Portal proofs.** Move proofs into the portal. Owner: the coordinators. Live by March 31, 2027.',
    ].join('\n'),
  );

  it('the name before the full stop is the owner, and the deadline in the next sentence is found', () => {
    const m = modelOf(plan);
    const a = action(m, 'Delay notice');
    assert.equal(a.owner?.text, 'Rosa Lindqvist');
    assert.ok(a.deadline, 'the deadline after the owner sentence');
    const rules = run(plan).findings.filter((f) => f.range.start.line === a.range.start.line).map((f) => f.rule);
    assert.deepEqual(rules, []);
  });

  it('an initial does not end the name (Owner: J. Okonkwo)', () => {
    assert.equal(action(modelOf(plan), 'Price sheet').owner?.text, 'J. Okonkwo');
  });

  it('near miss: a group in the owner field is still no single owner, though its deadline is now found', () => {
    const m = modelOf(plan);
    const a = action(m, 'Portal proofs');
    assert.ok(!a.owner, `owner ${a.owner?.text}`);
    assert.ok(a.deadline);
    assert.ok(found(plan, 'action-missing-owner').some((f) => f.range.start.line === a.range.start.line));
  });
});

// ---------------------------------------------------------------------------------------------
// Phases belong to plans: a summary's stages and quarters report the past.
// ---------------------------------------------------------------------------------------------
describe('round 4, phases are a plan’s', () => {
  const enBody = [
    '## Stage 2 complaints',
    '',
    '| Directorate | Total Stage 2 Complaints |',
    '|---|---|',
    '| Housing | 41 |',
    '| Highways | 17 |',
    '',
    'Stage 2 of the process is a review of the first response by an independent officer.',
  ].join('\n');
  const zhBody = ['## 第二阶段：复核', '', '第二阶段共受理复核申请 58 件，比上年少 9 件。'].join('\n');

  for (const [lang, title, body] of [
    ['en', '# Complaints annual report 2026', enBody],
    ['zh-CN', '# 2026 年投诉处理工作总结', zhBody],
  ] as const) {
    it(`${lang}: a summary's stages are no phases (no phase-missing-indicator); the same heading in a plan is a phase`, () => {
      const summary = doc('summary', `${title}\n\n${body}`);
      assert.equal(modelOf(summary).phases.length, 0);
      assert.equal(found(summary, 'phase-missing-indicator').length, 0);
      const plan = doc('plan', `${title}\n\n${body.split('\n')[0]}\n\nReview the first responses again.\n`);
      assert.ok(modelOf(plan).phases.length >= 1, 'a plan keeps its phase heading');
    });
  }

  it('en: a plan table whose column counts a stage is not a table of phases; one headed "Phase" is', () => {
    const counts = doc('plan', '# Plan 2027\n\n## Actions\n\n| Team | Stage 2 cases handled | Owner | By |\n|---|---|---|---|\n| Housing | 12 | Ana Ruiz | 31 March 2027 |\n');
    assert.equal(modelOf(counts).phases.length, 0);
    const phased = doc('plan', '# Plan 2027\n\n## Phasing\n\n| Phase | Months | Indicator |\n|---|---|---|\n| Pilot | Jan–Mar 2027 | |\n');
    assert.equal(modelOf(phased).phases.length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Parts named in plain English.
// ---------------------------------------------------------------------------------------------
describe('round 4, plain-English headings for goals and monitoring', () => {
  const plan = doc(
    'plan',
    [
      '# Desk plan 2027',
      '',
      '## 1. What we want to achieve by August 2027',
      '',
      '- Letters issued within 2 working days.',
      '',
      '## 2. How we’ll keep track and keep improving',
      '',
      '- Every student still gets the end-of-course questionnaire.',
      '- In early December we will hold a retrospective and carry what we learn into the next plan.',
      '- Rewrite the end-of-course questionnaire by 30 June 2027.',
    ].join('\n'),
  );

  it('"What we want to achieve…" is the goals part; "How we’ll keep track…" the monitoring part', () => {
    const m = modelOf(plan);
    assert.deepEqual(m.sections.filter((s) => s.part).map((s) => s.part), ['goals', 'monitoring']);
  });

  it('the items under the monitoring part are mechanisms, not actions with no owner', () => {
    assert.equal(modelOf(plan).actions.length, 0);
    assert.equal(found(plan, 'action-missing-owner').length, 0);
  });

  it('near miss: the same items under "Next steps" are actions', () => {
    const other = plan.replace('## 2. How we’ll keep track and keep improving', '## 2. Actions');
    // Only the item that says a deed: "Every student still gets…" describes, and a review promised after an
    // opening time ("In early December we will hold a retrospective…") is the plan's loop, not an action (fresh8, doc 10).
    assert.deepEqual(modelOf(other).actions.map((a) => a.text.slice(0, 20)), ['Rewrite the end-of-c']);
  });
});

// ---------------------------------------------------------------------------------------------
// KPIs: a complaint share is the complaint rate.
// ---------------------------------------------------------------------------------------------
describe('round 4, a share of complaints is the complaint rate', () => {
  const cases = [
    ['en', '# Season review 2026', '| | 2026 |\n|---|---|\n| Formal complaints (% of booked clients) | 2.2% |', 'complaint_rate'],
    ['en', '# Season review 2026', '| | 2026 |\n|---|---|\n| Complaints per 1,000 bookings | 3.1 |', 'complaint_rate'],
    ['zh-CN', '# 2026 年工作总结', '全年投诉占比 1.2%。', 'complaint_rate'],
    ['zh-TW', '# 2026 年工作總結', '全年投訴佔比 1.2%。', 'complaint_rate'],
    ['zh-CN', '# 2026 年工作总结', '重复投诉占比 16%。', 'repeat_complaint_rate'],
  ] as const;
  for (const [lang, title, body, key] of cases) {
    it(`${lang}: ${body.split('\n').pop()} reports ${key}`, () => {
      const m = modelOf(doc('summary', `${title}\n\n## Data\n\n${body}`));
      assert.ok(m.kpisMentioned.includes(key), m.kpisMentioned.join(', '));
      if (key === 'repeat_complaint_rate') assert.ok(!m.kpisMentioned.includes('complaint_rate'));
    });
  }

  it('near miss (en): a count of complaints is no rate', () => {
    const m = modelOf(doc('summary', '# Season review 2026\n\n## Data\n\nWe had five formal complaints.'));
    assert.ok(!m.kpisMentioned.includes('complaint_rate'));
  });
});

// ---------------------------------------------------------------------------------------------
// A fraction in words is a number.
// ---------------------------------------------------------------------------------------------
describe('round 4, a fraction in words measures a goal', () => {
  for (const [lang, goal] of [
    ['en', 'Disputes about fuel charges down by half compared with the first half of 2026'],
    ['en', 'Halve the number of repeat calls about delivery dates'],
    ['zh-CN', '重复来电量减半'],
    ['zh-TW', '重複來電量減少一半'],
  ] as const) {
    it(`${lang}: "${goal}" is measurable`, () => assert.ok(isMeasurable(goal)));
  }
  it('near miss: the words alone, without the fraction, are not', () => {
    assert.ok(!isMeasurable('Disputes about fuel charges handled with more care'));
    assert.ok(!isMeasurable('减少重复来电'));
    assert.ok(!isMeasurable('We will work half days in August'));
  });
});

// ---------------------------------------------------------------------------------------------
// A bold lead is a category label whatever ends it.
// ---------------------------------------------------------------------------------------------
describe('round 4, a bold lead names a problem category', () => {
  const zh = doc(
    'summary',
    [
      '# 2026 年热线工作总结',
      '',
      '## 三、问题归类与分析',
      '',
      '**（一）流程类问题。** 预约后没有固定上门时间，群众反复来电。',
      '',
      '**（二）沟通类问题。** 收费口径不一致，全年引发投诉 57 件。',
      '',
      '**（三）系统类问题。** 工单系统和车辆定位没有打通。',
    ].join('\n'),
  );
  const en = doc(
    'summary',
    ['# 2026 review', '', '## Problems', '', '**Process.** Galleries were late in October.', '', '**Communication.** The contract wording misled couples.', '', '**Systems.** Album proofs went back and forth by email.'].join('\n'),
  );

  for (const [lang, text] of [['zh-CN', zh], ['en', en]] as const) {
    it(`${lang}: three bold-led paragraphs are three categories; no uncategorized-problems`, () => {
      const m = modelOf(text);
      const i = m.sections.findIndex((s) => s.part === 'problems');
      assert.ok(m.sectionStats[i].categories >= 2, JSON.stringify(m.sectionStats[i]));
      assert.equal(found(text, 'uncategorized-problems').length, 0);
    });
  }

  it('near miss (zh-CN): the same problems as a flat list are still reported', () => {
    const flat = doc('summary', '# 2026 年热线工作总结\n\n## 三、存在的问题\n\n- 预约后没有固定上门时间，群众反复来电。\n- 收费口径不一致，全年引发投诉 57 件。\n- 工单系统和车辆定位没有打通。');
    assert.equal(found(flat, 'uncategorized-problems').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// A paragraph over enumerated goals introduces them.
// ---------------------------------------------------------------------------------------------
describe('round 4, a preamble over enumerated goals is not a goal', () => {
  const zhTW = doc(
    'plan',
    [
      '# 116 年度服務品質提升計畫',
      '',
      '## 貳、計畫目標',
      '',
      '秉持以民為本的理念，本所著重民眾評價，致力提供契合需求之服務。',
      '',
      '一、單一窗口受理案件，當日結案率達 95%。',
      '',
      '二、重視服務禮儀，確保民眾獲得更佳服務。',
    ].join('\n'),
  );

  it('zh-TW: the preamble is no goal; the enumerated goal with no number is still reported', () => {
    const m = modelOf(zhTW);
    assert.ok(!m.goals.some((g) => g.text.startsWith('秉持')), m.goals.map((g) => g.text).join(' | '));
    const lines = found(zhTW, 'goal-not-measurable').map((f) => f.range.start.line);
    assert.deepEqual(lines, [m.goals.find((g) => g.text.startsWith('二、'))!.range.start.line]);
  });

  it('en: a lead-in paragraph over a bulleted goal list is no goal', () => {
    const en = doc('plan', '# Plan 2027\n\n## Goals\n\nWe want students to feel looked after at every visit.\n\n- Letters within 2 working days.\n- Queue under 20 minutes on Mondays.');
    assert.equal(found(en, 'goal-not-measurable').length, 0);
  });

  it('near miss: a paragraph alone under the goals heading is the goal, and is reported without a number', () => {
    const alone = doc('plan', '# Plan 2027\n\n## Goals\n\nWe want students to feel looked after at every visit.');
    assert.equal(found(alone, 'goal-not-measurable').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// Action tables headed the plain way: Who / When.
// ---------------------------------------------------------------------------------------------
describe('round 4, an action table headed What / Who / When', () => {
  const plan = doc(
    'plan',
    [
      '# Desk plan 2027',
      '',
      '## Actions',
      '',
      '| # | What | Who | When |',
      '|---|---|---|---|',
      '| 1 | Self-service letter requests in the portal | Colm Walsh (IT) | 26 February 2027 |',
      '| 2 | A one-page guide to the appointment process | Admissions team | 31 March 2027 |',
      '| 3 | One contact for host-family issues | Aoife Kennedy | TBD |',
    ].join('\n'),
  );
  it('en: the rows are actions; a team in Who has no single owner; TBD in When is a vague deadline', () => {
    const m = modelOf(plan);
    assert.equal(m.actions.length, 3);
    assert.equal(action(m, 'Self-service').owner?.text, 'Colm Walsh (IT)');
    const r = run(plan);
    const on = (lead: string) => r.findings.filter((f) => f.range.start.line === action(m, lead).range.start.line).map((f) => f.rule);
    assert.deepEqual(on('Self-service'), []);
    assert.deepEqual(on('A one-page'), ['action-missing-owner']);
    assert.deepEqual(on('One contact'), ['vague-deadline']);
  });
  it('near miss: a table with What and When but no owner column is still read by its deadline column', () => {
    const t = doc('plan', '# Plan 2027\n\n## Actions\n\n| What | When |\n|---|---|\n| New greeting script | soon |\n');
    assert.equal(found(t, 'vague-deadline').length, 1);
  });
});

// ---------------------------------------------------------------------------------------------
// A fiscal quarter written before its year, with the civil months in brackets.
// ---------------------------------------------------------------------------------------------
describe('round 4, the period "Q1 FY2027 (July–September 2026)"', () => {
  const summary = [
    '---',
    'type: summary',
    'period: Q1 FY2027 (July–September 2026)',
    'kpis:',
    '  satisfaction: {actual: 84, unit: "%"}',
    '---',
    '',
    '# Claims desk – quarterly summary, Q1 FY2027',
    '',
    '## Service statistics',
    '',
    '| Measure | Q4 FY2026 | Q1 FY2027 | Target |',
    '|---|---|---|---|',
    '| CSAT (post-call survey) | 87% | 86% | 85% |',
    '',
  ].join('\n');
  it('en: the Q1 FY2027 column is the actual, and it contradicts the frontmatter', () => {
    const k = modelOf(summary).kpis.filter((x) => x.source === 'body' && x.kind === 'actual');
    assert.deepEqual(k.map((x) => x.value), [86]);
    assert.equal(found(summary, 'kpi-mismatch').length, 1);
  });
  it('near miss: the Q4 FY2026 column alone is another period and is not compared', () => {
    const other = summary.replace('| Q4 FY2026 | Q1 FY2027 | Target |', '| Q4 FY2026 | Q3 FY2027 | Target |');
    assert.equal(found(other, 'kpi-mismatch').length, 0);
  });
});

describe('round 4, a total of inquiries (查詢總數, 来电总量)', () => {
  for (const [lang, line] of [
    ['zh-TW', '- 查詢總數（電話、電郵及前台轉介）：18,240宗，較去年同期上升21%。'],
    ['zh-CN', '- 来电总量：18,240 通，同比上升 21%。'],
  ] as const) {
    it(`${lang}: ${line.slice(2, 8)} is the inquiries KPI, and its figure is compared`, () => {
      const text = `---\ntype: summary\nkpis:\n  inquiries: {actual: 18420}\n---\n\n# 2026 年上半年工作總結\n\n## 服務數據\n\n${line}\n`;
      assert.ok(modelOf(text).kpisMentioned.includes('inquiries'));
      assert.equal(found(text, 'kpi-mismatch').length, 1);
    });
  }
});

// ---------------------------------------------------------------------------------------------
// Part headings the way people write them (vocabulary data, three languages).
// ---------------------------------------------------------------------------------------------
describe('round 4, more part headings', () => {
  const cases: [string, string, string][] = [
    ['en', '## 4. Phasing', 'phases'],
    ['en', '## Roll-out', 'phases'],
    ['en', '## 7. Resourcing', 'resources'],
    ['en', '## Measurable outcomes', 'goals'],
    ['en', '## How my progress will be checked', 'monitoring'],
    ['en', '## Making sure it happens', 'monitoring'],
    ['en', '## What I will do', 'measures'],
    ['en', '## How we did', 'data'],
    ['en', '## 3.4 What academic staff told us', 'feedback'],
    ['en', '## 3.2 What users dislike', 'feedback'],
    ['zh-CN', '## 二、关键举措', 'measures'],
    ['zh-TW', '## 六、具體做法', 'measures'],
    ['zh-TW', '## 肆、分季推動', 'phases'],
    ['zh-TW', '## 八、自我檢核與回饋', 'monitoring'],
  ];
  for (const [lang, heading, part] of cases) {
    it(`${lang}: ${heading.slice(3)} is the ${part} part`, () => {
      const m = modelOf(doc('plan', `# Plan 2027\n\n${heading}\n\nText.`));
      assert.equal(m.sections.find((s) => s.depth === 2)?.part, part);
    });
  }
  it('near miss: a heading that names none of them has no part', () => {
    for (const h of ['## Appendix A: Definitions', '## 陸、修訂紀錄']) assert.equal(modelOf(doc('plan', `# Plan 2027\n\n${h}\n\nText.`)).sections.find((s) => s.depth === 2)?.part, undefined);
  });
});

// ---------------------------------------------------------------------------------------------
// A personal plan: the first person after the item's opening time or topic.
// ---------------------------------------------------------------------------------------------
describe('round 4, the writer as the agent after an opening time or topic', () => {
  const plan = doc(
    'plan',
    [
      '# 115年下半年個人工作計畫',
      '',
      '## 具體做法',
      '',
      '1. 每週五下午我會彙整當週手動輸入的預約，與系統逐筆核對，115年12月底前完成。',
      '2. 115年10月底前，我將提出延誤通知的簡訊範本。',
      '3. 兒童牙科週六時段：我將在 115年8月10日前建立候補名單。',
      '4. 櫃台回覆客人「我會再打來」的個案，115年9月底前建立追蹤表。',
    ].join('\n'),
  );
  it('zh-TW: 我會 / 我將 after a time or a topic is the owner', () => {
    const m = modelOf(plan);
    for (const lead of ['每週五下午', '115年10月底前', '兒童牙科']) assert.ok(action(m, lead).owner, lead);
  });
  it('near miss: 我會 inside quotes is a customer speaking, not an owner', () => {
    const m = modelOf(plan);
    // The quote does not name the owner; the plan's writer (a personal plan, `個人` in its title) does.
    const owner = action(m, '櫃台回覆').owner;
    assert.ok(!owner || !/我/.test(owner.text), owner?.text);
    assert.equal(owner?.text, '個人');
  });
  it('en: "By March, I will…" names the writer', () => {
    const en = doc('plan', '# My plan 2027\n\n## Actions\n\n1. By 31 March 2027, I will rewrite the refund macro.\n');
    assert.ok(modelOf(en).actions[0].owner);
  });
});

// ---------------------------------------------------------------------------------------------
// KPI keys and names as writers spell them.
// ---------------------------------------------------------------------------------------------
describe('round 4, KPI keys with units and averages in them, and "first response"', () => {
  it('frontmatter keys first_response_sec, avg_handle_minutes, first_response_hours name their KPI and unit', () => {
    const text = '---\ntype: summary\nkpis:\n  first_response_sec: {actual: 19}\n  avg_handle_minutes: {actual: 6.1}\n  resolution_hours: {actual: 41}\n---\n\n# Q3 summary\n';
    const fm = modelOf(text).kpis.filter((k) => k.source === 'frontmatter');
    const by = (key: string) => fm.find((k) => k.key === key);
    assert.equal(by('response_time')?.unit, 's');
    assert.equal(by('handle_time')?.unit, 'min');
    assert.ok(fm.some((k) => k.key === 'handle_time' && k.unit === 'h'), JSON.stringify(fm));
  });
  for (const [lang, row] of [
    ['zh-CN', '| 首次响应（秒） | 19 |'],
    ['zh-TW', '| 首次回應（秒） | 19 |'],
    ['en', '| First response (seconds) | 19 |'],
  ] as const) {
    it(`${lang}: ${row.split('|')[1].trim()} is the response time`, () => {
      const m = modelOf(`---\ntype: summary\n---\n\n# Q3 summary\n\n## Data\n\n| 指标 | Q3 |\n|---|---|\n${row}\n`);
      assert.ok(m.kpisMentioned.includes('response_time'), m.kpisMentioned.join(','));
    });
  }
  it('near miss: a count of things handled is no handle time (Chats handled, Guest requests handled)', () => {
    const m = modelOf('---\ntype: summary\n---\n\n# Q3 summary\n\n## Data\n\n| Measure | Q2 | Q3 |\n|---|---|---|\n| Chats handled | 2,880 | 3,650 |\n| Guest requests handled | 51,060 | 58,240 |\n');
    assert.ok(!m.kpisMentioned.includes('handle_time'), m.kpisMentioned.join(','));
  });
  it('near miss: a first-response rate is not a response time', () => {
    const m = modelOf('---\ntype: summary\n---\n\n# Q3 summary\n\n## Data\n\n| Measure | Q3 |\n|---|---|\n| First response rate | 81% |\n');
    assert.ok(!m.kpisMentioned.includes('response_time'));
  });
});

// ---------------------------------------------------------------------------------------------
// After fresh7 and real7 were recorded: actions nested under group titles, notes, record fields,
// topics of actions, background labels, names glued after a unit, titles after a name.
// ---------------------------------------------------------------------------------------------
describe('round 4, actions nested under a bold group title', () => {
  const plan = doc(
    'plan',
    [
      '# Delivery care plan Q1 2027',
      '',
      '## What we will do',
      '',
      '- **Damage & missing parts**',
      '  - Same-day reship of hardware kits when the customer calls before 2 pm',
      '    - Owner: Sasha Patel (Parts Desk Lead)',
      '    - Due: January 16, 2027',
      '  - Rebook a missed assembly and apply a goodwill credit without being asked',
      '    - Owner: Dana Kowalczyk',
      '    - Notes:',
      '      - credit amount signed off by Finance (November 28, 2026)',
      '- **Agent tools**',
      '  - Build a macro library for the 15 most common delivery emails',
      '    - Owner: Logistics team',
      '    - Due: January 30, 2027',
    ].join('\n'),
  );
  it('en: the group titles are no actions; each nested item is one, with its owner and due date', () => {
    const m = modelOf(plan);
    assert.deepEqual(m.actions.map((a) => a.text.slice(0, 12)), ['Same-day res', 'Rebook a mis', 'Build a macr']);
    assert.equal(action(m, 'Same-day').owner?.text, 'Sasha Patel (Parts Desk Lead)');
    assert.ok(action(m, 'Same-day').deadline);
  });
  it('en: a date in the Notes is no deadline; a team in Owner is no single owner', () => {
    const r = run(plan);
    // A finding stands on the action or on its field (an owner slot two lines down).
    const on = (lead: string) => {
      const a = action(r.model, lead);
      return r.findings.filter((f) => f.range.start.line >= a.range.start.line && f.range.start.line <= a.range.end.line).map((f) => f.rule).sort();
    };
    assert.deepEqual(on('Rebook'), ['action-missing-deadline']);
    assert.deepEqual(on('Build'), ['action-missing-owner']);
    assert.deepEqual(on('Same-day'), []);
  });
});

describe('round 4, notes, record particulars and background are no actions or goals', () => {
  it('zh-CN: a list under 补充说明： comments on the table above; its items are no actions', () => {
    const t = doc('plan', '# 2027 年一季度计划\n\n## 措施\n\n| 措施 | 负责人 | 完成时间 |\n|---|---|---|\n| 续费提醒 | 产品经理 许航 | 1月16日 |\n\n补充说明：\n\n- 话术由韩雪和许航一起定稿，已提前沟通。\n- 兼职坐席以在校生为主。\n');
    assert.equal(modelOf(t).actions.length, 1);
  });
  it('near miss (zh-CN): the same list under 其他措施： is read as actions', () => {
    const t = doc('plan', '# 2027 年一季度计划\n\n## 措施\n\n其他措施：\n\n- 话术由韩雪和许航一起定稿。\n- 兼职坐席以在校生为主。\n');
    // The item with its agents (由韩雪和许航) is an action; 兼职坐席以在校生为主 says who the staff are, no deed (the verb gate).
    assert.deepEqual(modelOf(t).actions.map((a) => a.text.slice(0, 4)), ['话术由韩']);
  });
  for (const [lang, item] of [
    ['zh-TW', '- 會議時間：114年12月16日（星期二）下午2時'],
    ['zh-CN', '- 主持人：邱雅婷'],
    ['en', '- Apologies: Wang Jianmin (IT)'],
  ] as const) {
    it(`${lang}: ${item.slice(2)} is a particular of the record`, () => {
      const t = doc('plan', `# Minutes and plan 2027\n\n${item}\n- Date: 16 December 2026\n`);
      assert.equal(modelOf(t).actions.length, 0);
    });
  }
  it('zh-CN: 背景：… beside 目标：… is context; the goal is still judged', () => {
    const t = doc('plan', '# 2024 年优质服务实施方案\n\n## 一、背景和目标\n\n背景：公司一直致力于提供优质服务。\n\n目标：提高服务水平和市民满意度。\n');
    const g = modelOf(t).goals.map((x) => x.text);
    assert.ok(!g.some((x) => x.startsWith('背景')), g.join(' | '));
    assert.equal(found(t, 'goal-not-measurable').length, 1);
  });
});

describe('round 4, a sub-heading of the actions that opens with a verb is a topic of actions', () => {
  const plan = (h: string) => doc('plan', `# 2024 年服务提升方案\n\n## 二、工作内容和措施\n\n### ${h}\n\n- (1)优化服务流程，提高服务效率。\n`);
  it('zh-CN: 1. 优化服务流程和提升设施设备 (流程 would name the steps) holds actions', () => {
    const m = modelOf(plan('1. 优化服务流程和提升设施设备'));
    assert.equal(m.sections[2].part, 'measures');
    assert.equal(m.actions.length, 1);
  });
  it('near miss: 1. 服务流程 under the actions is still the steps', () => {
    assert.equal(modelOf(plan('1. 服务流程')).sections[2].part, 'steps');
  });
  it('en: Improve the complaints process under Actions holds actions', () => {
    const m = modelOf(doc('plan', '# Plan 2027\n\n## Actions\n\n### Improve the complaints process\n\n- Publish one complaints form by March 2027.\n'));
    assert.equal(m.sections[2].part, 'measures');
  });
});

describe('round 4, owners: a name glued after a unit, a title after a name', () => {
  it('zh-TW: 由教育訓練許美玲負責 and 由門市營運部張振宇副理負責 name their owner', () => {
    const t = doc('plan', '# 115年第1季改善計畫\n\n## 改善措施\n\n1. 新進同仁課程，由教育訓練許美玲負責，115年1月起每月開課。\n2. 交接單電子化，由門市營運部張振宇副理負責，115年3月底前導入。\n');
    const m = modelOf(t);
    assert.ok(action(m, '新進').owner);
    assert.ok(action(m, '交接單').owner);
    assert.equal(found(t, 'action-missing-owner').length, 0);
  });
  it('near miss (zh-TW): 由門市營運部負責 (a department alone) has no owner', () => {
    const t = doc('plan', '# 115年第1季改善計畫\n\n## 改善措施\n\n1. 交接單電子化，由門市營運部負責，115年3月底前導入。\n');
    assert.equal(found(t, 'action-missing-owner').length, 1);
  });
});

describe('round 4, an improvement-plan table: What we will improve / When we will do it / Status', () => {
  const plan = doc(
    'plan',
    [
      '# Service improvement plan for complaints',
      '',
      '| Code | What we will improve | When we will do it | Status |',
      '|---|---|---|---|',
      '| 1.6 | Add how to complain to the customer survey. | September 2024 | Completed 14 June 2024 |',
      '| 4.3 | Training for all staff on complaint handling. | December 2024 | |',
    ].join('\n'),
  );
  it('en: the rows are actions with their time; no owner column means no owner', () => {
    const m = modelOf(plan);
    assert.equal(m.actions.length, 1);
    assert.ok(action(m, 'Training').deadline);
    assert.equal(found(plan, 'action-missing-owner').length, 1);
  });
  it('a row its Status reports completed is past work, not an action; zh-CN 已完成 the same', () => {
    assert.ok(!modelOf(plan).actions.some((a) => a.text.startsWith('Add how')));
    const zh = doc('plan', '# 2025 年改进计划\n\n## 措施\n\n| 措施 | 负责人 | 完成时间 | 状态 |\n|---|---|---|---|\n| 上线查询页 | 王磊 | 3月底 | 已完成 |\n| 更新话术库 | 李娜 | 6月底 | 进行中 |\n');
    assert.deepEqual(modelOf(zh).actions.map((a) => a.text), ['更新话术库']);
  });
});

describe('round 4, a bare 負責： label and signed changes', () => {
  it('zh-TW (HK): （負責：財務部 梁穎欣 Joyce；盡快落實） names the owner, and its time is vague', () => {
    const t = doc('plan', '# 2026年第一季計劃\n\n## 具體措施\n\n1. 與收單銀行建立快速退款通道（負責：財務部 梁穎欣 Joyce；盡快落實）。\n');
    const m = modelOf(t);
    assert.ok(m.actions[0].owner, JSON.stringify(m.actions[0].ownerSlot));
    const line = m.actions[0].range.start.line;
    assert.deepEqual(run(t).findings.filter((f) => f.range.start.line === line).map((f) => f.rule), ['vague-deadline']);
  });
  it('zh-CN: （负责：信息部；3月底前上线） — a department alone in the label is still no owner', () => {
    const t = doc('plan', '# 2026年一季度计划\n\n## 具体措施\n\n1. 上线自动分流（负责：信息部；3月底前上线）。\n');
    assert.equal(found(t, 'action-missing-owner').length, 1);
  });
  it('en: "Vs Q2: ASA +6 sec, AHT +0.5 min, CSAT –2 pts" are changes, never compared as levels', () => {
    const t = '---\ntype: summary\nkpis:\n  response_time: {actual: 38, unit: s}\n  handle_time: {actual: 7.4, unit: min}\n---\n\n# Q3 summary\n\n## Data\n\n- Vs Q2: contacts +14.8%, ASA +6 sec, AHT +0.5 min, CSAT –2 pts.\n';
    assert.equal(found(t, 'kpi-mismatch').length, 0);
  });
  it('near miss: an unsigned level in the same shape is compared', () => {
    const t = '---\ntype: summary\nkpis:\n  response_time: {actual: 38, unit: s}\n---\n\n# Q3 summary\n\n## Data\n\n- This quarter: ASA 26 sec.\n';
    assert.equal(found(t, 'kpi-mismatch').length, 1);
  });
});
