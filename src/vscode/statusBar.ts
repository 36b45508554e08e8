// The completeness score of the active Markdown document in the status bar; click opens the preview.
import * as vscode from 'vscode';
import type { Analysis, Linter } from './linter';

export class ScoreStatus implements vscode.Disposable {
  readonly item = vscode.window.createStatusBarItem('csplan.score', vscode.StatusBarAlignment.Right, 100);
  private readonly disposables: vscode.Disposable[] = [];
  /** Whether the item is shown (the API cannot read it back from VS Code). */
  visible = false;

  constructor(private readonly linter: Linter) {
    this.item.name = vscode.l10n.t('CS Plan completeness');
    this.item.command = 'csplan.openPreview';
    this.disposables.push(
      this.item,
      linter.onDidAnalyze((a) => {
        if ((vscode.window.activeTextEditor?.document ?? this.current)?.uri.toString() === a.uri.toString()) this.show(a);
      }),
      vscode.window.onDidChangeActiveTextEditor(() => this.refresh()),
      vscode.window.onDidChangeVisibleTextEditors(() => this.refresh()),
    );
    this.refresh();
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  /** The Markdown document the item is about: the active editor's, or, while a webview (the preview) is
   * active, the last active one that is still visible. */
  private current?: vscode.TextDocument;

  refresh(): void {
    const active = vscode.window.activeTextEditor?.document;
    if (active) this.current = active;
    else if (this.current && !vscode.window.visibleTextEditors.some((e) => e.document === this.current)) this.current = undefined;
    const doc = this.current;
    if (!doc || doc.languageId !== 'markdown' || !this.linter.enabled(doc)) return this.hide();
    const a = this.linter.lastAnalysis(doc.uri);
    if (a) this.show(a);
    else this.hide();
  }

  /** What the item shows for an analysis (the text is also what tests read). */
  static render(a: Analysis): { text: string; tooltip: vscode.MarkdownString } | undefined {
    if (!a.relevant) return undefined;
    const c = a.result.completeness;
    const tooltip = new vscode.MarkdownString('', true);
    tooltip.appendMarkdown(`**${vscode.l10n.t('Completeness: {0}% ({1} of {2} items)', c.score, c.met, c.total)}**\n\n`);
    const missing = c.items.filter((i) => !i.met);
    if (missing.length) {
      tooltip.appendMarkdown(`${vscode.l10n.t('Missing:')}\n\n`);
      for (const i of missing.slice(0, 15)) tooltip.appendMarkdown(`- $(circle-large-outline) ${i.label}\n`);
      if (missing.length > 15) tooltip.appendMarkdown(`- ${vscode.l10n.t('… and {0} more', missing.length - 15)}\n`);
    } else tooltip.appendMarkdown(vscode.l10n.t('Every item is in place.'));
    tooltip.appendMarkdown(`\n\n${vscode.l10n.t('Click to open the completeness preview.')}`);
    return { text: `$(checklist) ${c.score}%`, tooltip };
  }

  private show(a: Analysis): void {
    const r = ScoreStatus.render(a);
    if (!r) return this.hide();
    this.item.text = r.text;
    this.item.tooltip = r.tooltip;
    this.item.backgroundColor = a.result.completeness.score < 60 ? new vscode.ThemeColor('statusBarItem.warningBackground') : undefined;
    this.item.show();
    this.visible = true;
  }

  private hide(): void {
    this.item.hide();
    this.visible = false;
  }
}
