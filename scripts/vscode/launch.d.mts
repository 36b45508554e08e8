// Types of launch.mjs for the TypeScript end-to-end checks (test/e2e).
import type { Browser, BrowserContext, Page } from 'playwright-core';
import type { ChildProcess } from 'node:child_process';

export type HostLocale = 'en' | 'zh-cn' | 'zh-tw';
export const LOCALES: HostLocale[];
export const CHROMIUM_ARGS: string[];
export class HostError extends Error {}

export interface HostOptions {
  locale?: HostLocale;
  label?: string;
  workspace?: string;
  copyWorkspace?: boolean;
  extensionDevelopmentPath?: string;
  extensionTestsPath?: string;
  env?: Record<string, string>;
  settings?: Record<string, unknown>;
  installVsix?: string;
  extensionLinks?: string[];
  viewport?: { width: number; height: number };
  keepScratch?: boolean;
}

export interface Host {
  page: Page;
  browser: Browser;
  context: BrowserContext;
  port: number;
  url: string;
  origin: string;
  workspace: string;
  userDataDir: string;
  extensionsDir: string;
  scratch: string;
  server: ChildProcess;
  label: string;
  serverOutput(): string;
  screenshot(name: string): Promise<string>;
  close(): Promise<void>;
}

export function startHost(opts?: HostOptions): Promise<Host>;

export interface HostTestResult {
  title: string;
  fullTitle: string;
  state: 'passed' | 'failed' | 'pending';
  error?: { message: string; stack?: string };
}
export function runInHost(opts: {
  extensionDevelopmentPath: string;
  extensionTestsPath: string;
  locale?: HostLocale;
  workspace?: string;
  timeoutMs?: number;
  label?: string;
}): Promise<{
  language: string;
  vscodeVersion: string;
  locale: HostLocale;
  seconds: number;
  stats: { tests: number; passes: number; failures: number; pending: number };
  tests: HostTestResult[];
}>;
