// The team dashboard webview's own script (bundled to dist/webview/dashboard.js, loaded with a nonce).
// It shows HTML the extension built (every document string escaped there), fills the period filter
// with textContent, and forwards clicks and choices; the extension decides what may be opened.
// Messages in:  {type:'update', html, generation, by, period, periods:[{key,label}], cancelled}
//               {type:'progress', done, total}
// Messages out: {type:'ready'} · {type:'rendered', generation, tables, rows, charts, textLength, by, period, periodOptions, text}
//               {type:'open', path, line} · {type:'view', by?, period?} · {type:'refresh'} · {type:'export'}

// A module (not a global script): its names do not clash with preview.ts's in the type check.
export {};

interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('csplan-root') as HTMLElement;
const bySelect = document.getElementById('csplan-by') as HTMLSelectElement;
const periodSelect = document.getElementById('csplan-period') as HTMLSelectElement;
const statusEl = document.getElementById('csplan-status') as HTMLElement;

interface Saved {
  by?: string;
  period?: string;
  scrollY?: number;
}
const saved = (vscode.getState() as Saved | undefined) ?? {};

function save(patch: Saved): void {
  Object.assign(saved, patch);
  vscode.setState(saved);
}

function fillPeriods(periods: { key: string; label: string }[], selected: string): void {
  // Keep the first option ("All periods"); the others are rebuilt with textContent (never HTML).
  while (periodSelect.options.length > 1) periodSelect.remove(1);
  for (const p of periods) {
    const o = document.createElement('option');
    o.value = String(p.key);
    o.textContent = String(p.label);
    periodSelect.appendChild(o);
  }
  periodSelect.value = selected;
}

function reportRendered(generation: number): void {
  vscode.postMessage({
    type: 'rendered',
    generation,
    tables: root.querySelectorAll('table.csplan-rollup-table').length,
    rows: root.querySelectorAll('tr.csplan-row').length,
    charts: root.querySelectorAll('svg.csplan-trend-chart').length,
    textLength: root.textContent?.length ?? 0,
    by: bySelect.value,
    period: periodSelect.value,
    periodOptions: periodSelect.options.length - 1,
    text: (root.innerText || root.textContent || '').slice(0, 20000),
  });
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = event.data as { type?: string; html?: string; generation?: number; by?: string; period?: string; periods?: { key: string; label: string }[]; cancelled?: string; done?: number; total?: number };
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'update' && typeof msg.html === 'string') {
    const y = window.scrollY;
    root.innerHTML = msg.html;
    root.dataset.generation = String(msg.generation ?? 0);
    if (msg.by) bySelect.value = msg.by;
    fillPeriods(Array.isArray(msg.periods) ? msg.periods : [], msg.period ?? '');
    statusEl.textContent = msg.cancelled ?? '';
    save({ by: bySelect.value, period: periodSelect.value });
    // A refresh keeps the reader where they were.
    window.scrollTo(0, y || saved.scrollY || 0);
    reportRendered(msg.generation ?? 0);
  } else if (msg.type === 'progress' && typeof msg.done === 'number' && typeof msg.total === 'number') {
    const template = statusEl.dataset.progress ?? '{0} / {1}';
    statusEl.textContent = template.replace('{0}', String(msg.done)).replace('{1}', String(msg.total));
  }
});

root.addEventListener('click', (event) => {
  const link = (event.target as HTMLElement).closest<HTMLElement>('[data-path]');
  if (!link || !root.contains(link) || !link.classList.contains('csplan-open')) return;
  event.preventDefault();
  const line = Number(link.dataset.line);
  vscode.postMessage({ type: 'open', path: link.dataset.path, line: Number.isFinite(line) ? line : 1 });
});

bySelect.addEventListener('change', () => {
  save({ by: bySelect.value });
  vscode.postMessage({ type: 'view', by: bySelect.value });
});
periodSelect.addEventListener('change', () => {
  save({ period: periodSelect.value });
  vscode.postMessage({ type: 'view', period: periodSelect.value });
});
document.getElementById('csplan-refresh')?.addEventListener('click', () => vscode.postMessage({ type: 'refresh' }));
document.getElementById('csplan-export')?.addEventListener('click', () => vscode.postMessage({ type: 'export' }));

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener(
  'scroll',
  () => {
    if (scrollTimer) clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => save({ scrollY: Math.round(window.scrollY) }), 200);
  },
  { passive: true },
);

// After a reload (the panel was hidden and shown again) ask for the view the reader had chosen.
if (saved.by || saved.period) vscode.postMessage({ type: 'view', by: saved.by, period: saved.period ?? '' });
vscode.postMessage({ type: 'ready' });
