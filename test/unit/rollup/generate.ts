// A generated team folder for the roll-up tests and measurements: N people × M months of summaries
// with known KPI values, written the many ways people write them (canonical keys and Chinese aliases,
// response time in seconds or minutes, complaint rate in % or ‱, periods as 2026-03, 2026年3月,
// 2026/3, 民國115年3月, March 2026). The truth is returned alongside, in canonical units, so tests
// compute what the roll-up must say from these numbers, never through the code under test.

/** Deterministic PRNG (mulberry32): the same seed gives the same folder on every machine. */
export function rng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export interface TruthRow {
  file: string;
  person: string;
  team: string;
  /** `YYYY-MM`. */
  month: string;
  /** Canonical units: count, seconds, minutes, %, %. */
  inquiries: number;
  response_time: number;
  handle_time: number;
  complaint_rate: number;
  satisfaction: number;
  targets: { response_time: number; handle_time: number; complaint_rate: number; satisfaction: number };
  complete: boolean;
}

export interface GeneratedTeam {
  files: { name: string; text: string }[];
  truth: TruthRow[];
  people: { name: string; team: string }[];
  months: string[];
}

export interface GenerateOptions {
  people: number;
  months: number;
  teams?: number;
  /** Share of (person, month) pairs left out (not handed in), never a person's first month. */
  missingRate?: number;
  /** Share of documents written without the feedback and problem parts. */
  incompleteRate?: number;
  startYear?: number;
  startMonth?: number;
}

const SURNAMES = '王李张刘陈杨黄赵吴周徐孙马朱胡郭何高林罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘于蒋蔡余杜叶程苏魏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦付方白邹孟熊秦邱江尹薛闫段雷侯龙史陶黎贺顾毛郝龚邵万钱严覃武戴莫孔向汤';
const GIVEN = ['静', '明', '芳', '浩', '磊', '婷', '洋', '敏', '杰', '丽', '强', '艳', '军', '霞', '平', '刚', '桂英', '建华', '晓东', '雪梅', '志强', '海燕', '俊杰', '佳怡', '子涵', '宇航', '欣然', '浩然', '思远', '雨桐'];
const EN_MONTH = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

const round = (n: number, d: number) => Math.round(n * 10 ** d) / 10 ** d;

function personName(i: number): string {
  // Unique for up to |SURNAMES| × |GIVEN| people; a number suffix beyond that.
  const s = SURNAMES[i % SURNAMES.length];
  const g = GIVEN[Math.floor(i / SURNAMES.length) % GIVEN.length];
  const extra = Math.floor(i / (SURNAMES.length * GIVEN.length));
  return s + g + (extra ? String(extra) : '');
}

function writePeriod(y: number, m: number, style: number): string {
  switch (style % 5) {
    case 0: return `${y}-${String(m).padStart(2, '0')}`;
    case 1: return `${y}年${m}月`;
    case 2: return `${y}/${m}`;
    case 3: return `民國${y - 1911}年${m}月`;
    default: return `${EN_MONTH[m - 1]} ${y}`;
  }
}

export function generateTeam(seed: number, options: GenerateOptions): GeneratedTeam {
  const r = rng(seed);
  const teams = options.teams ?? 1;
  const startYear = options.startYear ?? 2026;
  const startMonth = options.startMonth ?? 1;
  const people = Array.from({ length: options.people }, (_, i) => ({ name: personName(i), team: `客服${'一二三四五六七八九十'[i % teams] ?? i % teams}组` }));
  const months: string[] = [];
  for (let k = 0; k < options.months; k++) {
    const idx = startYear * 12 + (startMonth - 1) + k;
    months.push(`${Math.floor(idx / 12)}-${String((idx % 12) + 1).padStart(2, '0')}`);
  }
  const files: GeneratedTeam['files'] = [];
  const truth: TruthRow[] = [];
  people.forEach((p, pi) => {
    months.forEach((month, mi) => {
      if (mi > 0 && r() < (options.missingRate ?? 0)) return;
      const [y, m] = month.split('-').map(Number);
      const row: TruthRow = {
        file: `${month}-${String(pi).padStart(4, '0')}.md`,
        person: p.name,
        team: p.team,
        month,
        inquiries: 500 + Math.floor(r() * 1500),
        // Multiples of 0.6 s, so that writing them in minutes is exact (0.6 s = 0.01 min).
        response_time: round(0.6 * (17 + Math.floor(r() * 67)), 1),
        handle_time: round(3 + r() * 6, 2),
        complaint_rate: round(0.2 + r() * 1.6, 2),
        satisfaction: round(80 + r() * 19, 1),
        targets: { response_time: 18, handle_time: 6, complaint_rate: 0.9, satisfaction: 92 },
        complete: r() >= (options.incompleteRate ?? 0),
      };
      truth.push(row);
      files.push({ name: row.file, text: documentText(row, y, m, Math.floor(r() * 1000)) });
    });
  });
  return { files, truth, people, months };
}

/** One summary, written in one of several styles chosen by `style`. */
function documentText(t: TruthRow, y: number, m: number, style: number): string {
  const aliases = style % 2 === 1;
  const minutes = style % 3 === 1;
  const perTenThousand = style % 4 === 3;
  const rt = minutes ? `    actual: ${round(t.response_time / 60, 2)}\n    target: ${round(t.targets.response_time / 60, 2)}\n    unit: min` : `    actual: ${t.response_time}\n    target: ${t.targets.response_time}\n    unit: s`;
  const cr = perTenThousand ? `    actual: ${round(t.complaint_rate * 100, 4)}\n    target: ${round(t.targets.complaint_rate * 100, 4)}\n    unit: "‱"` : `    actual: ${t.complaint_rate}\n    target: ${t.targets.complaint_rate}\n    unit: "%"`;
  const keys = aliases ? { block: '指标', inq: '咨询量', rt: '平均响应时间', ht: '平均处理时长', cr: '投诉率', sat: '满意度' } : { block: 'kpis', inq: 'inquiries', rt: 'response_time', ht: 'handle_time', cr: 'complaint_rate', sat: 'satisfaction' };
  const fm = `---
type: summary
period: ${writePeriod(y, m, style)}
team: ${t.team}
author: ${t.person}
${keys.block}:
  ${keys.inq}: ${t.inquiries}
  ${keys.rt}:
${rt}
  ${keys.ht}:
    actual: ${t.handle_time}
    target: ${t.targets.handle_time}
    unit: min
  ${keys.cr}:
${cr}
  ${keys.sat}:
    actual: ${t.satisfaction}
    target: ${t.targets.satisfaction}
    unit: "%"
---
`;
  const data = `
# ${t.person} ${y}年${m}月工作总结

## 一、服务数据统计

本月受理咨询 ${t.inquiries} 件，平均处理时长 ${t.handle_time} 分钟，满意度 ${t.satisfaction}%。
`;
  if (!t.complete) return fm + data + '\n## 二、心得\n\n本月工作比较忙。\n';
  return (
    fm +
    data +
    `
## 二、客户反馈分析

好评集中在“响应快”；差评主要来自物流延迟，原因是仓库与客服的信息同步有延迟。

## 三、问题归类与分析

（一）流程问题：退换货凭证审核慢，原因是审核规则不清。

（二）系统问题：工单系统高峰时段卡顿，原因是接口超时。

（三）沟通问题：优惠券规则解释不一致，原因是话术未统一。

## 四、工作效率与质量评价

本月质检抽查 40 通，合格 37 通；下月由组长每周复盘差评工单，形成闭环。
`
  );
}
