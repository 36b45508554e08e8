// Helpers for the CLI tests: build dist/cli.js (and dist/worker.js) when missing or older than the
// sources, spawn it, and make throw-away folders.
import { spawnSync, type SpawnSyncReturns } from 'node:child_process';
import { existsSync, mkdtempSync, mkdirSync, readdirSync, realpathSync, rmSync, statSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';

export const ROOT = resolve(__dirname, '../..');
export const CLI = join(ROOT, 'dist/cli.js');

function newest(path: string): number {
  if (!existsSync(path)) return 0;
  const st = statSync(path);
  if (!st.isDirectory()) return st.mtimeMs;
  let n = 0;
  for (const name of readdirSync(path)) n = Math.max(n, newest(join(path, name)));
  return n;
}

let built = false;

/**
 * Makes sure dist/cli.js and dist/worker.js are current. Only these two bundles are (re)built, with
 * the options scripts/build.mjs uses for them, so that another bundle under construction does not
 * stop the CLI tests.
 */
export async function ensureBuilt(): Promise<void> {
  if (built) return;
  const sources = Math.max(
    newest(join(ROOT, 'src/core')),
    newest(join(ROOT, 'src/cli')),
    newest(join(ROOT, 'src/node')),
    newest(join(ROOT, 'schemas')),
    newest(join(ROOT, 'package.json')),
  );
  const outputs = Math.min(newest(CLI) || 0, newest(join(ROOT, 'dist/worker.js')) || 0);
  if (!outputs || outputs < sources) {
    const esbuild = await import('esbuild');
    const common = {
      bundle: true,
      minify: true,
      target: 'es2022',
      logLevel: 'silent' as const,
      legalComments: 'none' as const,
      loader: { '.json': 'json' as const },
      platform: 'node' as const,
      format: 'cjs' as const,
    };
    await esbuild.build({ ...common, entryPoints: [join(ROOT, 'src/cli/main.ts')], outfile: CLI, banner: { js: '#!/usr/bin/env node' } });
    await esbuild.build({ ...common, entryPoints: [join(ROOT, 'src/cli/worker.ts')], outfile: join(ROOT, 'dist/worker.js') });
  }
  built = true;
}

export interface RunResult {
  code: number;
  stdout: string;
  stderr: string;
}

export function csplan(
  args: string[],
  opts: { cwd?: string; input?: string | Buffer; env?: Record<string, string | undefined>; timeout?: number } = {},
): RunResult {
  const env: Record<string, string | undefined> = { ...process.env, LANG: 'C', LC_ALL: '', LC_MESSAGES: '', CSPLAN_LOCALE: '', NO_COLOR: '1', ...opts.env };
  for (const k of Object.keys(env)) if (env[k] === undefined) delete env[k];
  const r: SpawnSyncReturns<string> = spawnSync(process.execPath, [CLI, ...args], {
    cwd: opts.cwd ?? ROOT,
    input: opts.input ?? '',
    env: env as NodeJS.ProcessEnv,
    encoding: 'utf8',
    timeout: opts.timeout ?? 60_000,
  });
  if (r.error) throw r.error;
  return { code: r.status ?? -1, stdout: r.stdout, stderr: r.stderr };
}

export function json(r: RunResult): any[] {
  try {
    return JSON.parse(r.stdout);
  } catch {
    throw new Error(`stdout is not JSON:\n${r.stdout}\nstderr:\n${r.stderr}`);
  }
}

export class TempDir {
  readonly path = realpathSync(mkdtempSync(join(tmpdir(), 'csplan-cli-')));
  write(rel: string, content: string | Buffer): string {
    const p = join(this.path, rel);
    mkdirSync(dirname(p), { recursive: true });
    writeFileSync(p, content);
    return p;
  }
  file(rel: string): string {
    return join(this.path, rel);
  }
  dispose(): void {
    rmSync(this.path, { recursive: true, force: true });
  }
}

/** A plan (zh-CN) with an action missing its owner and a vague deadline, as in the contract check. */
export const PLAN_ZH = `---
type: plan
period: 2026-Q1
team: 售后二组
author: 王芳
---
# 2026年第一季度客服工作计划

## 一、目标

客户满意度从91%提升至95%，平均响应时间由120秒缩短至90秒以内。

## 二、具体措施

| 措施 | 责任人 | 截止时间 | 指标 |
|---|---|---|---|
| 上线智能分流 | 陈工 | 2026年2月底 | 分流率≥30% |
| 新人带教 |  | 尽快 | 上手周期≤15天 |
`;

/** Broken frontmatter YAML (line 4–5). */
export const BAD_YAML = `---
type: summary
kpis:
  satisfaction: [92.7
\tcomplaint_rate: 3
---
# 2026年11月工作总结
`;

/** Every rule id the engine knows, for configs that switch them all off. */
export function allRulesOff(ids: string[]): string {
  return 'rules:\n' + ids.map((id) => `  ${id}: off\n`).join('');
}
