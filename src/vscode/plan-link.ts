// The editor's half of linking a summary to its plan (the core decides, this reads): through
// vscode.workspace.fs, so it works in untrusted, remote and web workspaces. `plan:` is resolved next
// to the summary; else the Markdown files under the folder of the nearest `.csplanrc` (else the
// workspace folder) are indexed by their frontmatter. An open plan is read from its editor (unsaved
// edits count). The index is dropped when a Markdown file is created, changed or deleted.
import * as vscode from 'vscode';
import { choosePlan, followsAPlan, linkKeysOf, type LinkKeys } from '../core/loop/link';
import type { LinkedDocuments } from '../core/types';

const MAX_FILES = 2000;
const MAX_PLAN_BYTES = 1024 * 1024;

export class PlanLinker implements vscode.Disposable {
  private readonly index = new Map<string, Promise<{ uri: vscode.Uri; keys: LinkKeys }[]>>();
  private readonly watcher = vscode.workspace.createFileSystemWatcher('**/*.md');
  private readonly emitter = new vscode.EventEmitter<void>();
  /** Fires when a Markdown file changed on disk: links may now point elsewhere. */
  readonly onDidChange = this.emitter.event;
  private readonly disposables: vscode.Disposable[] = [this.watcher, this.emitter];

  constructor() {
    const drop = () => {
      this.index.clear();
      this.emitter.fire();
    };
    this.disposables.push(this.watcher.onDidCreate(drop), this.watcher.onDidChange(drop), this.watcher.onDidDelete(drop));
  }

  dispose(): void {
    for (const d of this.disposables) d.dispose();
  }

  private async read(uri: vscode.Uri): Promise<string | undefined> {
    const open = vscode.workspace.textDocuments.find((d) => d.uri.toString() === uri.toString());
    if (open) return open.getText();
    try {
      const bytes = await vscode.workspace.fs.readFile(uri);
      if (bytes.byteLength > MAX_PLAN_BYTES) return undefined;
      return new TextDecoder('utf-8').decode(bytes);
    } catch {
      return undefined;
    }
  }

  private candidates(root: vscode.Uri): Promise<{ uri: vscode.Uri; keys: LinkKeys }[]> {
    const key = root.toString();
    let known = this.index.get(key);
    if (!known) {
      known = (async () => {
        const files = await vscode.workspace.findFiles(new vscode.RelativePattern(root, '**/*.md'), '**/node_modules/**', MAX_FILES);
        const out: { uri: vscode.Uri; keys: LinkKeys }[] = [];
        for (const uri of files) {
          const text = await this.read(uri);
          if (text === undefined) continue;
          const keys = linkKeysOf(text.slice(0, 20000));
          if (keys.type === 'plan' || keys.type === 'summary-plan') out.push({ uri, keys });
        }
        return out;
      })();
      this.index.set(key, known);
    }
    return known;
  }

  /** The plan `doc` follows, with its text; undefined when it follows none. `rc` is the nearest `.csplanrc`. */
  async linkedFor(doc: vscode.TextDocument, rc?: vscode.Uri): Promise<LinkedDocuments | undefined> {
    if (doc.uri.scheme === 'untitled') return undefined;
    return (await this.linkedForText(doc.uri, doc.getText(), rc))?.linked;
  }

  /** The same for a file read, not opened (the team dashboard); `file` is the plan's URI when it was read. */
  async linkedForText(uri: vscode.Uri, text: string, rc?: vscode.Uri): Promise<{ linked: LinkedDocuments; file?: vscode.Uri } | undefined> {
    const keys = linkKeysOf(text);
    if (!followsAPlan(keys)) return undefined;
    const here = vscode.Uri.joinPath(uri, '..');
    if (keys.plan) {
      const target = vscode.Uri.joinPath(here, keys.plan);
      const planText = await this.read(target);
      return planText === undefined
        ? { linked: { plan: { uri: keys.plan, missing: true, via: 'frontmatter' } } }
        : { linked: { plan: { uri: vscode.workspace.asRelativePath(target), text: planText, via: 'frontmatter' } }, file: target };
    }
    const root = rc ? vscode.Uri.joinPath(rc, '..') : vscode.workspace.getWorkspaceFolder(uri)?.uri ?? here;
    const chosen = choosePlan(keys, (await this.candidates(root)).filter((c) => c.uri.toString() !== uri.toString()).map((c) => ({ ...c, uri: c.uri.toString(), file: c.uri })));
    if (!chosen) return undefined;
    const planText = await this.read(chosen.file);
    return planText === undefined ? undefined : { linked: { plan: { uri: vscode.workspace.asRelativePath(chosen.file), text: planText, via: 'found' } }, file: chosen.file };
  }
}
