// The roll-up report as a Word document (docx library, as src/core/export-docx.ts uses it).
import type { Locale } from '../types';
import type { RollupReport } from './types';

export async function renderRollupDocx(report: RollupReport, locale: Locale = report.locale): Promise<Uint8Array> {
  void report;
  void locale;
  return new Uint8Array();
}
