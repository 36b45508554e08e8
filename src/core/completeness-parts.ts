// Which required parts a document has: by heading (meaning, not exact string), with a few parts of a
// workflow that writers give as table columns rather than headings (an Owner column is the roles part).
import type { DocumentModel, PartId } from './types';

export interface PartPresence {
  present: boolean;
  nonEmpty: boolean;
  section?: number;
}

export function partPresence(model: DocumentModel): Map<PartId, PartPresence> {
  const out = new Map<PartId, PartPresence>();
  model.sections.forEach((s, i) => {
    if (!s.part) return;
    const nonEmpty = s.hasContent || model.sections.some((c, j) => j > i && c.parent === i && (c.hasContent || hasContentBelow(model, j)));
    const prev = out.get(s.part);
    if (!prev || (!prev.nonEmpty && nonEmpty)) out.set(s.part, { present: true, nonEmpty, section: i });
  });
  const text = model.text;
  const tableHeader = (re: RegExp) => text.split(/\r?\n/).some((l) => /^\s*\|/.test(l) && re.test(l));
  const fallback = (part: PartId, ok: boolean) => {
    if (!out.get(part)?.nonEmpty && ok) out.set(part, { present: true, nonEmpty: true });
  };
  if (model.type === 'workflow') {
    fallback('roles', tableHeader(/责任人|負責人|负责人|角色|岗位|崗位|\bowner\b|\brole\b/i));
    fallback('time-limits', tableHeader(/时限|時限|时效|時效|time limit|\bSLA\b/i));
    fallback('satisfaction', model.kpis.some((k) => k.key === 'satisfaction' && k.kind === 'target'));
  }
  // The monitoring part of a plan is "监控与反馈机制": a feedback-loop section counts for it too.
  fallback('monitoring', model.sections.some((s) => s.part === 'monitoring'));
  return out;
}

function hasContentBelow(model: DocumentModel, i: number): boolean {
  return model.sections[i].hasContent || model.sections.some((c, j) => j > i && c.parent === i && hasContentBelow(model, j));
}
