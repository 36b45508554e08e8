import assert from 'node:assert/strict';
import { findTime } from '../../../src/core/model/time';

const ref = { reference: new Date(2026, 10, 23) };

describe('time: the ROC calendar and numeric dates', () => {
  // Taiwan writes ROC dates with slashes, dots or dashes; each is a real deadline on a known day.
  const roc: [string, string][] = [
    ['114/12/31', '2025-12-31'],
    ['115.3.1', '2026-03-01'],
    ['115-04-30', '2026-04-30'],
    ['民國115年3月1日', '2026-03-01'],
    ['民国 114 年 6 月底', '2025-06-30'],
    ['115年第一季', '2026-03-31'],
    ['115年Q2', '2026-06-30'],
    ['１１５／６／３０', '2026-06-30'],
    ['114/12', '2025-12-31'],
  ];
  for (const [s, iso] of roc) {
    it(`reads “${s}” as ${iso}`, () => {
      const t = findTime(s, ref);
      assert.ok(t && t.kind !== 'vague', `no time in ${s}`);
      assert.equal(t.isoDate, iso);
    });
  }
  it('points at the ROC date where it stands in the text, not at the whole line', () => {
    const s = '完成時間：115/3/31 前，負責人：陳怡君';
    const t = findTime(s, ref)!;
    assert.equal(t.text, '115/3/31');
    assert.equal(s.slice(t.index, t.index + t.text.length), '115/3/31');
    const u = '負責人：陳怡君，民國115年上半年完成';
    const v = findTime(u, ref)!;
    assert.equal(v.text, '民國115年上半年');
    assert.equal(v.isoDate, '2026-06-30');
  });
  it('keeps Gregorian and English dates as they were', () => {
    assert.equal(findTime('2026/3/1', ref)?.isoDate, '2026-03-01');
    assert.equal(findTime('2026.12.31', ref)?.isoDate, '2026-12-31');
    for (const s of ['3/31', 'March 31', '31 March 2026', 'by end of March']) assert.equal(findTime(s, ref)?.kind, 'date', s);
  });
  it('reads day-first and month-first numeric dates, inside Chinese text too', () => {
    assert.equal(findTime('31/3/2026', ref)?.isoDate, '2026-03-31');
    assert.equal(findTime('于 31/3/2026 前完成', ref)?.isoDate, '2026-03-31');
    assert.equal(findTime('due 3/31/2026', ref)?.kind, 'date');
    // Both numbers could be a month: a date, but which day it means is not known.
    const t = findTime('4/5/2026', ref)!;
    assert.equal(t.kind, 'date');
    assert.equal(t.isoDate, undefined);
  });
  it('reads a month and day written with a slash in Chinese text', () => {
    assert.equal(findTime('6/30前完成上线', ref)?.isoDate, '2026-06-30');
    assert.equal(findTime('3/15 上线新版知识库', ref)?.isoDate, '2026-03-15');
    assert.equal(findTime('2026/3 完成', ref)?.isoDate, '2026-03-31');
  });
  it('does not read counts, fractions, decimals or years of something as dates', () => {
    for (const s of ['处理 114/120 件', '抽检 115.3 件', '完成3/5的工单', '约1/3的坐席', '第114年', '版本号 v115.3.1']) {
      const t = findTime(s, ref);
      assert.ok(!t || t.kind === 'vague' || !/11[45]|3\/5|1\/3/.test(t.text), `${s} read as ${t?.text}`);
    }
    // A four-digit year is left alone, not taken for an ROC year after its first digit.
    assert.equal(findTime('2114年', ref)?.text, '2114年');
  });
});
