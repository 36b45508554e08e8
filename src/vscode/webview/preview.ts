// The preview webview's own script (bundled to dist/webview/preview.js, loaded with a nonce).
// It only shows HTML the extension already sanitized, forwards clicks, and keeps scroll in step.
// Messages in:  {type:'update', html, version, score, met, total} · {type:'scrollToLine', line}
// Messages out: {type:'ready'} · {type:'rendered', version, score, met, total, textLength}
//               {type:'jump', line?, itemId?} · {type:'insert', part, itemId?} · {type:'link', href} · {type:'openPlan', line}
//               {type:'revealLine', line} · {type:'scrolled', line, top, max, blockLine}

interface VsCodeApi {
  postMessage(msg: unknown): void;
  getState(): unknown;
  setState(s: unknown): void;
}
declare function acquireVsCodeApi(): VsCodeApi;

const vscode = acquireVsCodeApi();
const root = document.getElementById('csplan-root') as HTMLElement;

/** Set while we scroll because the editor asked: our own scroll events are then not echoed back. */
let programmaticUntil = 0;
let lastLine = (vscode.getState() as { line?: number } | undefined)?.line ?? 0;

function blocks(): HTMLElement[] {
  return Array.from(root.querySelectorAll<HTMLElement>('article.csplan-doc [data-line]'));
}

/** Scrolls so that source line `line` is at the top: the block at or before it, interpolated to the next. */
function scrollToLine(line: number): void {
  const els = blocks();
  if (!els.length) return;
  let before: HTMLElement | undefined;
  let after: HTMLElement | undefined;
  for (const el of els) {
    const l = Number(el.dataset.line);
    if (l <= line) before = el;
    else {
      after = el;
      break;
    }
  }
  let y: number;
  if (!before) y = 0;
  else {
    const top = before.getBoundingClientRect().top + window.scrollY;
    const bl = Number(before.dataset.line);
    if (after && Number(after.dataset.line) > bl) {
      const nextTop = after.getBoundingClientRect().top + window.scrollY;
      y = top + ((line - bl) / (Number(after.dataset.line) - bl)) * (nextTop - top);
    } else y = top;
  }
  programmaticUntil = Date.now() + 250;
  window.scrollTo({ top: Math.max(0, y - 8), behavior: 'auto' });
  for (const el of Array.from(root.querySelectorAll('.csplan-active-line'))) el.classList.remove('csplan-active-line');
  before?.classList.add('csplan-active-line');
  lastLine = line;
  vscode.setState({ line });
}

/** The source line at the top of the view: the first block whose bottom is below the top edge. */
function topLine(): number | undefined {
  for (const el of blocks()) {
    const r = el.getBoundingClientRect();
    if (r.bottom > 1) {
      const l = Number(el.dataset.line);
      // Inside a long block, interpolate to the next block's line.
      if (r.top < 0 && r.height > 0) {
        const next = el.nextElementSibling as HTMLElement | null;
        const nl = next?.dataset?.line ? Number(next.dataset.line) : undefined;
        if (nl && nl > l) return Math.floor(l + ((-r.top) / r.height) * (nl - l));
      }
      return l;
    }
  }
  return undefined;
}

let scrollTimer: ReturnType<typeof setTimeout> | undefined;
window.addEventListener(
  'scroll',
  () => {
    if (Date.now() < programmaticUntil) return;
    if (scrollTimer) clearTimeout(scrollTimer);
    scrollTimer = setTimeout(() => {
      const line = topLine();
      if (line !== undefined && line !== lastLine) {
        lastLine = line;
        vscode.setState({ line });
        vscode.postMessage({ type: 'revealLine', line });
      }
    }, 50);
  },
  { passive: true },
);

function reportRendered(version: number | undefined): void {
  const card = root.querySelector<HTMLElement>('.csplan-scorecard');
  vscode.postMessage({
    type: 'rendered',
    version,
    score: card ? Number(card.dataset.score) : undefined,
    met: card ? Number(card.dataset.met) : undefined,
    total: card ? Number(card.dataset.total) : undefined,
    scoreText: root.querySelector('.csplan-score-value')?.textContent ?? '',
    items: root.querySelectorAll('.csplan-item').length,
    executionItems: root.querySelectorAll('.csplan-execution .csplan-exec-item').length,
    executionPlanLines: Array.from(root.querySelectorAll<HTMLElement>('.csplan-execution [data-plan-line]'), (e) => Number(e.dataset.planLine)),
    textLength: root.textContent?.length ?? 0,
  });
}

window.addEventListener('message', (event: MessageEvent) => {
  const msg = event.data as { type: string; html?: string; line?: number; version?: number };
  if (!msg || typeof msg !== 'object') return;
  if (msg.type === 'update' && typeof msg.html === 'string') {
    const keep = lastLine;
    // The HTML was sanitized by the extension (rehype-sanitize); the CSP forbids any script anyway.
    root.innerHTML = msg.html;
    if (keep) scrollToLine(keep);
    reportRendered(msg.version);
  } else if (msg.type === 'scrollToLine' && typeof msg.line === 'number') {
    scrollToLine(msg.line);
    // Tell the extension where the view now is (state for tests; never echoed as a revealLine).
    vscode.postMessage({ type: 'scrolled', line: msg.line, top: Math.round(window.scrollY), max: Math.round(document.documentElement.scrollHeight - window.innerHeight), blockLine: topLine() });
  }
});

root.addEventListener('click', (event) => {
  const target = event.target as HTMLElement;
  const insert = target.closest<HTMLElement>('button.csplan-insert');
  if (insert) {
    event.preventDefault();
    vscode.postMessage({ type: 'insert', part: insert.dataset.part, itemId: insert.dataset.itemId });
    return;
  }
  const link = target.closest<HTMLAnchorElement>('a[href]');
  if (link) {
    event.preventDefault();
    const href = link.getAttribute('href') ?? '';
    if (href.startsWith('#')) {
      const id = decodeURIComponent(href.slice(1));
      (document.getElementById(id) ?? document.getElementById(`user-content-${id}`))?.scrollIntoView();
    } else vscode.postMessage({ type: 'link', href });
    return;
  }
  // A plan-execution item: the plan's line opens the plan (another document) at that line.
  const plan = target.closest<HTMLElement>('aside [data-plan-line], aside [data-jump-line]');
  if (plan?.dataset.planLine) {
    event.preventDefault();
    const line = Number(plan.dataset.planLine);
    if (Number.isFinite(line)) vscode.postMessage({ type: 'openPlan', line });
    return;
  }
  const jump = target.closest<HTMLElement>('aside [data-jump-line]');
  if (jump) {
    event.preventDefault();
    const line = Number(jump.dataset.jumpLine);
    vscode.postMessage({ type: 'jump', line: Number.isFinite(line) ? line : undefined, itemId: jump.dataset.itemId });
  }
});

// Double-click in the document: go to that place in the editor (as VS Code's Markdown preview does).
root.addEventListener('dblclick', (event) => {
  const el = (event.target as HTMLElement).closest<HTMLElement>('article.csplan-doc [data-line]');
  if (el) vscode.postMessage({ type: 'jump', line: Number(el.dataset.line) });
});

vscode.postMessage({ type: 'ready' });
reportRendered(Number(root.dataset.version) || undefined);
if (lastLine) scrollToLine(lastLine);
