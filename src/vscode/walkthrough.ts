// The commands behind the buttons of the "Get started" walkthrough (package.json
// contributes.walkthroughs; its texts are in package.nls*.json, its pictures in media/walkthrough/).
// The walkthrough's own page is the active editor when a button is pressed, so these commands find
// or open a document themselves instead of reading the active editor as csplan.openPreview does.
import * as vscode from 'vscode';
import type { Locale } from '../core/types';
import { displayLocale } from './config';

/** The id VS Code knows the walkthrough by: `<extension id>#<walkthrough id>`. */
export const WALKTHROUGH_ID = 'csplan.gettingStarted';

/** The sample plan with the guide's pitfalls, one per language, shipped in the extension. */
export function sampleUri(extensionUri: vscode.Uri, locale: Locale): vscode.Uri {
  return vscode.Uri.joinPath(extensionUri, 'media', 'walkthrough', `sample.${locale}.md`);
}

const M = {
  noSample: {
    en: 'The sample plan of the walkthrough could not be read: {error}',
    'zh-CN': '无法读取引导中的示例计划：{error}',
    'zh-TW': '無法讀取引導中的範例計畫：{error}',
  },
} satisfies Record<string, Record<Locale, string>>;

/** The first diagnostic the walkthrough teaches with: a vague deadline has a one-step fix. */
const TEACHING_RULES = ['vague-deadline', 'action-missing-owner'];

function csplanDiagnostics(uri: vscode.Uri): vscode.Diagnostic[] {
  return vscode.languages.getDiagnostics(uri).filter((d) => d.source === 'csplan');
}
function ruleOf(d: vscode.Diagnostic): string {
  return typeof d.code === 'object' && d.code ? String(d.code.value) : String(d.code ?? '');
}

/** Resolves with the document's csplan diagnostics once there are some (or [] after timeoutMs). */
function diagnosticsOf(uri: vscode.Uri, timeoutMs: number): Promise<vscode.Diagnostic[]> {
  const now = csplanDiagnostics(uri);
  if (now.length) return Promise.resolve(now);
  return new Promise((resolve) => {
    const done = () => {
      sub.dispose();
      clearTimeout(timer);
      resolve(csplanDiagnostics(uri));
    };
    const sub = vscode.languages.onDidChangeDiagnostics((e) => {
      if (e.uris.some((u) => u.toString() === uri.toString()) && csplanDiagnostics(uri).length) done();
    });
    const timer = setTimeout(done, timeoutMs);
  });
}

/**
 * Opens the sample plan in the display language as a new untitled document (the user's files are
 * never touched), waits for its findings and puts the cursor on the first vague deadline with the
 * quick-fix menu open: the step's lesson, "see a pitfall underlined and fix it", on screen.
 */
export async function openPitfallsSample(extensionUri: vscode.Uri, opts: { quickFix?: boolean } = {}): Promise<vscode.TextEditor | undefined> {
  const locale = displayLocale();
  let content: string;
  try {
    content = new TextDecoder().decode(await vscode.workspace.fs.readFile(sampleUri(extensionUri, locale)));
  } catch (e) {
    void vscode.window.showErrorMessage(M.noSample[locale].replace('{error}', e instanceof Error ? e.message : String(e)));
    return undefined;
  }
  const doc = await vscode.workspace.openTextDocument({ language: 'markdown', content });
  const editor = await vscode.window.showTextDocument(doc, { preview: false });
  if (opts.quickFix === false) return editor;
  const diagnostics = await diagnosticsOf(doc.uri, 10_000);
  const first = TEACHING_RULES.map((r) => diagnostics.find((d) => ruleOf(d) === r)).find(Boolean);
  // Only while the user has not moved on to another editor.
  if (first && vscode.window.activeTextEditor === editor) {
    editor.selection = new vscode.Selection(first.range.start, first.range.end);
    editor.revealRange(first.range, vscode.TextEditorRevealType.InCenterIfOutsideViewport);
    // The menu opens only once the fixes are there (else VS Code says "No code actions available").
    for (let i = 0; i < 30; i++) {
      const actions = await vscode.commands.executeCommand<vscode.CodeAction[]>('vscode.executeCodeActionProvider', doc.uri, first.range, vscode.CodeActionKind.QuickFix.value);
      if (actions?.some((a) => a.diagnostics?.some((d) => ruleOf(d) === ruleOf(first)))) break;
      await new Promise((r) => setTimeout(r, 100));
    }
    if (vscode.window.activeTextEditor === editor) await vscode.commands.executeCommand('editor.action.quickFix');
  }
  return editor;
}

/**
 * The Markdown document the preview step is about: the active or a visible one, else the one of an
 * open tab (the walkthrough's page may hide it in the same group), else the sample.
 */
async function documentForPreview(extensionUri: vscode.Uri): Promise<vscode.TextDocument | undefined> {
  const active = vscode.window.activeTextEditor?.document;
  if (active?.languageId === 'markdown') return active;
  const visible = vscode.window.visibleTextEditors.find((e) => e.document.languageId === 'markdown');
  if (visible) return visible.document;
  const groups = [vscode.window.tabGroups.activeTabGroup, ...vscode.window.tabGroups.all];
  for (const tab of groups.flatMap((g) => [g.activeTab, ...g.tabs])) {
    if (!(tab?.input instanceof vscode.TabInputText)) continue;
    const uri = tab.input.uri;
    const doc = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString() && d.languageId === 'markdown');
    if (doc) return (await vscode.window.showTextDocument(doc, { preview: false })).document;
  }
  return (await openPitfallsSample(extensionUri, { quickFix: false }))?.document;
}

export function registerWalkthrough(context: vscode.ExtensionContext): void {
  context.subscriptions.push(
    vscode.commands.registerCommand('csplan.walkthrough.openPitfalls', () => openPitfallsSample(context.extensionUri)),
    vscode.commands.registerCommand('csplan.walkthrough.openPreview', async () => {
      const doc = await documentForPreview(context.extensionUri);
      if (!doc) return undefined;
      return vscode.commands.executeCommand('csplan.openPreview', doc.uri);
    }),
  );
}
