// Periods as people write them (2026-11, 2026年第三季度, 民國115年上半年, H1 2026) → one canonical key.
import type { PeriodResult } from './types';

/** Reads a `period:` value (a string, a number, or a Date from YAML). */
export function normalisePeriod(raw: unknown): PeriodResult {
  return { ok: false, raw: String(raw ?? '') };
}
