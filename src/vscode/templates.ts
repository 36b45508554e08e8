// Command "New summary / plan from template": type × language × period, then an untitled Markdown
// document (or a given file) with the template inserted as a snippet (tab stops on every placeholder).
import * as vscode from 'vscode';
import { renderTemplate, periodOf, type PeriodKind } from '../core/templates';
import type { DocType, Locale } from '../core/types';
import { displayLocale } from './config';
import { TYPE_NAMES } from '../core/i18n/common';

export interface NewFromTemplateArgs {
  type?: DocType;
  locale?: Locale;
  period?: string;
  author?: string;
  team?: string;
  /** A file to create (must not exist, or be empty); default: an untitled document. */
  uri?: vscode.Uri | string;
  /** ISO date used for the period and deadlines (tests); default: today. */
  today?: string;
}

function typeItems(): (vscode.QuickPickItem & { value: DocType })[] {
  // The description names the type in Chinese (traditional for a zh-TW display) and gives its
  // frontmatter value, which is what writers type in `type:`.
  const zh: Locale = displayLocale() === 'zh-TW' ? 'zh-TW' : 'zh-CN';
  const described = (type: DocType) => `${TYPE_NAMES[type][zh]} · ${type}`;
  return [
    { value: 'summary', label: vscode.l10n.t('Work summary'), description: described('summary'), detail: vscode.l10n.t('Service data, customer feedback, problems by category, efficiency and quality') },
    { value: 'plan', label: vscode.l10n.t('Work plan'), description: described('plan'), detail: vscode.l10n.t('Goals, measures with owners and deadlines, phases, resources, monitoring') },
    { value: 'summary-plan', label: vscode.l10n.t('Summary and plan'), description: described('summary-plan'), detail: vscode.l10n.t('The summary, then the plan: problem → analysis → measures → plan') },
    { value: 'workflow', label: vscode.l10n.t('Workflow / SOP'), description: described('workflow'), detail: vscode.l10n.t('Steps, roles, time limits, satisfaction targets, training') },
  ];
}

function localeItems(current: Locale): (vscode.QuickPickItem & { value: Locale })[] {
  const items: (vscode.QuickPickItem & { value: Locale })[] = [
    { value: 'zh-CN', label: '简体中文', description: 'zh-CN' },
    { value: 'zh-TW', label: '繁體中文', description: 'zh-TW' },
    { value: 'en', label: 'English', description: 'en' },
  ];
  // The display language first.
  return [...items.filter((i) => i.value === current), ...items.filter((i) => i.value !== current)];
}

function periodItems(type: DocType, today?: string): (vscode.QuickPickItem & { value: string })[] {
  // A plan is usually written for the next period; a summary for the current one.
  const next = type === 'plan' ? 1 : 0;
  const kinds: [PeriodKind, string, string][] = [
    ['month', vscode.l10n.t('This month'), vscode.l10n.t('Next month')],
    ['quarter', vscode.l10n.t('This quarter'), vscode.l10n.t('Next quarter')],
    ['half', vscode.l10n.t('This half-year'), vscode.l10n.t('Next half-year')],
    ['year', vscode.l10n.t('This year'), vscode.l10n.t('Next year')],
  ];
  const items: (vscode.QuickPickItem & { value: string })[] = [];
  for (const offset of next ? [1, 0] : [0, 1]) {
    for (const [kind, thisLabel, nextLabel] of kinds) {
      const value = periodOf(kind, today, offset);
      items.push({ value, label: value, description: offset ? nextLabel : thisLabel });
    }
  }
  return items;
}

/** Opens the new document and inserts the template; returns its editor. */
export async function newFromTemplate(args: NewFromTemplateArgs = {}): Promise<vscode.TextEditor | undefined> {
  // ignoreFocusOut on the picks: run from the walkthrough, the Welcome page re-renders (the step is
  // ticked off) and takes the focus back, which would close the next pick.
  const cfg = vscode.workspace.getConfiguration('csplan');
  let type = args.type;
  if (!type) {
    const pick = await vscode.window.showQuickPick(typeItems(), { ignoreFocusOut: true, title: vscode.l10n.t('New from template (1/3): document type'), placeHolder: vscode.l10n.t('What do you want to write?') });
    if (!pick) return undefined;
    type = pick.value;
  }
  let locale = args.locale;
  if (!locale) {
    const pick = await vscode.window.showQuickPick(localeItems(displayLocale()), { ignoreFocusOut: true, title: vscode.l10n.t('New from template (2/3): language') });
    if (!pick) return undefined;
    locale = pick.value;
  }
  let period = args.period;
  if (!period) {
    const pick = await vscode.window.showQuickPick(periodItems(type, args.today), { ignoreFocusOut: true, title: vscode.l10n.t('New from template (3/3): period'), placeHolder: vscode.l10n.t('The period the document covers') });
    if (!pick) return undefined;
    period = pick.value;
  }
  const author = args.author ?? cfg.get<string>('author', '');
  const team = args.team ?? cfg.get<string>('team', '');
  const snippet = renderTemplate(type, locale, { period, author, team, today: args.today });

  let doc: vscode.TextDocument;
  if (args.uri) {
    const uri = typeof args.uri === 'string' ? vscode.Uri.parse(args.uri) : args.uri;
    let exists = false;
    try {
      exists = (await vscode.workspace.fs.stat(uri)).size > 0;
    } catch {
      exists = false;
    }
    if (exists) {
      void vscode.window.showErrorMessage(vscode.l10n.t('{0} already exists and is not empty.', uri.path.split('/').pop() ?? ''));
      return undefined;
    }
    await vscode.workspace.fs.writeFile(uri, new Uint8Array());
    doc = await vscode.workspace.openTextDocument(uri);
  } else {
    doc = await vscode.workspace.openTextDocument({ language: 'markdown', content: '' });
  }
  const editor = await vscode.window.showTextDocument(doc);
  const ok = await editor.insertSnippet(new vscode.SnippetString(snippet), new vscode.Position(0, 0));
  return ok ? editor : undefined;
}
