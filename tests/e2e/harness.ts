import { spawn, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import AxeBuilder from '@axe-core/playwright';
import { chromium, type Browser, type BrowserContext, type Locator, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';
import { demoPassword } from './demoTemplate';

export { demoPassword };

export interface RunningVarn {
  url: string;
  stop(): Promise<void>;
}

/** Starts the built app as `varn serve` on a fresh copy of the data directory the demo was loaded into. */
export async function startVarn(): Promise<RunningVarn> {
  const dataDir = fs.mkdtempSync(path.join(os.tmpdir(), 'varn-e2e-'));
  fs.cpSync(inject('demoTemplate'), dataDir, { recursive: true });
  const child: ChildProcess = spawn(process.execPath, [path.resolve('bin/varn.mjs'), 'serve'], {
    env: {
      ...process.env,
      VARN_DATA_DIR: dataDir,
      HOST: '127.0.0.1',
      PORT: '0',
      VARN_DEMO: '1',
      VARN_DEMO_PASSWORD: demoPassword,
      VARN_LOG_LEVEL: 'warn',
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  let url: string;
  let giveUp: NodeJS.Timeout | undefined;
  try {
    url = await new Promise<string>((resolve, reject) => {
      giveUp = setTimeout(() => {
        child.kill('SIGKILL');
        reject(new Error('varn serve did not say where it runs within 150 s'));
      }, 150_000);
      let output = '';
      let found = false;
      // Keep reading stdout for the whole run (a full pipe would block the server), but keep only the start.
      child.stdout!.on('data', (chunk) => {
        if (found) return;
        output += chunk;
        const match = /running at http:\/\/localhost:(\d+)/.exec(output);
        if (match) {
          found = true;
          resolve(`http://127.0.0.1:${match[1]}`);
        }
      });
      child.once('exit', (code) => reject(new Error(`varn serve exited with ${code}: ${output}`)));
    });
  } catch (error) {
    await exited;
    fs.rmSync(dataDir, { recursive: true, force: true });
    throw error;
  } finally {
    clearTimeout(giveUp);
  }
  return {
    url,
    async stop() {
      if (child.exitCode === null && child.signalCode === null) {
        child.kill('SIGTERM');
        const killLater = setTimeout(() => child.kill('SIGKILL'), 15_000);
        await exited;
        clearTimeout(killLater);
      }
      fs.rmSync(dataDir, { recursive: true, force: true });
    },
  };
}

/** Debian's Chromium, headless, with nothing that would reach for the network. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium',
    args: [
      '--headless',
      '--no-sandbox',
      '--disable-gpu',
      '--disable-quic',
      '--no-first-run',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
    ],
  });
}

/** The login form's labels in both languages (src/web/i18n/sv.ts and en.ts). */
export const loginLabels = {
  email: /^(E-postadress|E-mail address)$/,
  password: /^(Lösenord|Password)$/,
  submit: /^(Logga in|Log in)$/,
};

/** Fills in and sends the login form on the page as it is; does not wait for the result. */
export async function fillLogin(page: Page, email: string, password = demoPassword): Promise<void> {
  await page.getByRole('textbox', { name: loginLabels.email }).fill(email);
  // The password field's visibility toggle is labelled "Visa lösenordet", so ask for the textbox.
  await page.getByRole('textbox', { name: loginLabels.password }).fill(password);
  await page.getByRole('button', { name: loginLabels.submit }).click();
}

/** Opens the login page and sends the form; does not wait for the result. */
export async function submitLogin(page: Page, baseUrl: string, email: string, password = demoPassword): Promise<void> {
  await page.goto(`${baseUrl}/login`);
  await fillLogin(page, email, password);
}

/** Signs in through the login form and waits for the start page's heading. */
export async function signInAs(page: Page, baseUrl: string, email: string, password = demoPassword): Promise<void> {
  await submitLogin(page, baseUrl, email, password);
  await page.waitForURL(`${baseUrl}/`);
  await page.getByRole('heading', { level: 1, name: /^(Välkommen|Welcome), / }).waitFor();
}

/** Polls until `read()` gives what the assertion wants (the page updates asynchronously). */
export function eventually<T>(read: () => Promise<T> | T) {
  return expect.poll(read, { timeout: 15_000, interval: 100 });
}

/** Waits until no CSS transition or finite animation runs (Mantine fades modals and notifications in). */
export async function settled(page: Page): Promise<void> {
  await page.waitForFunction(() =>
    document
      .getAnimations()
      .every((animation) => animation.playState !== 'running' || animation.effect?.getComputedTiming().iterations === Infinity),
  );
}

/** Whether the element has keyboard focus (false, without waiting, when it is not there). */
export function isFocused(locator: Locator): Promise<boolean> {
  return locator.evaluateAll((elements) => elements.some((element) => element === document.activeElement));
}

/** Presses Tab (or `key`) until `target` has focus; returns how many presses it took. */
export async function tabTo(page: Page, target: Locator, maxPresses = 40, key = 'Tab'): Promise<number> {
  for (let presses = 1; presses <= maxPresses; presses += 1) {
    await page.keyboard.press(key);
    if (await isFocused(target)) return presses;
  }
  throw new Error(`${String(target)} did not get focus within ${maxPresses} presses of ${key}`);
}

/**
 * Picks `option` in a Mantine Select (or searchable select) labelled `label`, typing `search`
 * first when given. The list of options is a portal, so it is looked up on the page.
 */
export async function choose(scope: Page | Locator, label: string | RegExp, option: string | RegExp, search?: string): Promise<void> {
  const page = 'page' in scope ? scope.page() : scope;
  const box = scope.getByRole('combobox', { name: label, exact: typeof label === 'string' });
  // Focus first, as Tab would: another select's open list (an autofocused searchable select opens
  // on focus) may lie over this one. A searchable select opens on focus; the others on a click.
  await box.focus();
  if ((await box.getAttribute('aria-expanded')) !== 'true') await box.click();
  if (search !== undefined) await box.fill(search);
  await page.getByRole('option', { name: option, exact: typeof option === 'string' }).click();
}

/**
 * Is the element the scrolling part of an open combobox's list? Mantine's options list
 * (role=listbox, controlled by the focused input through aria-controls and
 * aria-activedescendant, and operated with the arrow keys there) scrolls in a ScrollArea inside
 * the listbox. axe exempts a scrollable listbox that a combobox controls from
 * scrollable-region-focusable, but not a scroller inside one (axe-core issue #4914).
 */
function isInOpenComboboxList(selector: string): boolean {
  const list = document.querySelector(selector)?.closest('[role="listbox"][id]');
  return Boolean(list && document.querySelector(`[role="combobox"][aria-expanded="true"][aria-controls~="${CSS.escape(list.id)}"]`));
}

/** WCAG 2.1 AA: axe must find nothing serious or critical on the page as it stands. */
export async function expectAccessible(page: Page, where: string): Promise<void> {
  await settled(page);
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  const serious: string[] = [];
  for (const violation of results.violations) {
    if (violation.impact !== 'serious' && violation.impact !== 'critical') continue;
    const nodes = [];
    for (const node of violation.nodes) {
      const selector = node.target.join(' ');
      if (violation.id === 'scrollable-region-focusable' && (await page.evaluate(isInOpenComboboxList, selector))) continue;
      nodes.push(selector);
    }
    if (nodes.length > 0) serious.push(`${violation.id} (${violation.impact}): ${nodes.slice(0, 3).join('; ')}`);
  }
  expect(serious, `axe on ${where}`).toEqual([]);
}

/**
 * Collects every error the page logs to the console and every uncaught exception. A failed
 * request shows up as Chromium's own "Failed to load resource: … status of 409 (Conflict)",
 * recorded here with the address it came from.
 */
export function collectConsoleErrors(page: Page): string[] {
  const errors: string[] = [];
  page.on('console', (message) => {
    if (message.type() !== 'error') return;
    const where = message.location().url;
    errors.push(message.text().startsWith('Failed to load resource') && where ? `${message.text()} ${where}` : message.text());
  });
  page.on('pageerror', (error) => errors.push(`uncaught: ${error.message}`));
  return errors;
}

/** A 4xx answer the test provokes on purpose: its status and the API path it comes from. */
export interface ExpectedFailure {
  status: number;
  path: string | RegExp;
}

const failedLoad = /^Failed to load resource: the server responded with a status of (\d{3})\b.* (https?:\/\/\S+)$/;

/** Console errors other than failed loads of the expected 4xx answers. */
export function unexpectedConsoleErrors(errors: string[], expected: ExpectedFailure[] = []): string[] {
  return errors.filter((error) => {
    const match = failedLoad.exec(error);
    if (!match) return true;
    const status = Number(match[1]);
    const { pathname } = new URL(match[2]);
    return !expected.some(
      (failure) =>
        status === failure.status &&
        status >= 400 &&
        status < 500 &&
        (typeof failure.path === 'string' ? pathname === failure.path : failure.path.test(pathname)),
    );
  });
}

/** A browser context with one page, and the console errors that page logs. */
export interface Session {
  context: BrowserContext;
  page: Page;
  errors: string[];
  /** Declares a 4xx answer this test provokes, so its "Failed to load resource" line is allowed. */
  expectFailure(status: number, path: string | RegExp): void;
}

/**
 * Fresh browser contexts for each test. `open()` gives a new one; `closeAll()` (in afterEach)
 * closes them and fails the test on any console error that was not declared as expected.
 */
export function sessions(browser: () => Browser) {
  const open: Array<Session & { expected: ExpectedFailure[] }> = [];
  return {
    async open(): Promise<Session> {
      const context = await browser().newContext({ viewport: { width: 1280, height: 900 } });
      const page = await context.newPage();
      const expected: ExpectedFailure[] = [];
      const session = {
        context,
        page,
        errors: collectConsoleErrors(page),
        expected,
        expectFailure: (status: number, path: string | RegExp) => void expected.push({ status, path }),
      };
      open.push(session);
      return session;
    },
    async closeAll(): Promise<void> {
      const closing = open.splice(0);
      const unexpected = closing.flatMap((session) => unexpectedConsoleErrors(session.errors, session.expected));
      await Promise.all(closing.map((session) => session.context.close()));
      expect(unexpected, 'console errors').toEqual([]);
    },
  };
}

/** Signs in through the API (cookie and CSRF token), for setting up data a test needs. */
export async function apiAs(baseUrl: string, email: string, password = demoPassword) {
  const login = await fetch(`${baseUrl}/api/v1/auth/login`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ email, password }),
  });
  if (!login.ok) throw new Error(`API sign-in as ${email}: ${login.status} ${await login.text()}`);
  const { csrfToken } = (await login.json()) as { csrfToken: string };
  const cookie = login.headers
    .getSetCookie()
    .map((line) => line.split(';')[0])
    .join('; ');
  const call = async <T>(method: string, apiPath: string, body?: unknown): Promise<T> => {
    const response = await fetch(`${baseUrl}${apiPath}`, {
      method,
      headers: { cookie, 'x-csrf-token': csrfToken, ...(body === undefined ? {} : { 'content-type': 'application/json' }) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    if (!response.ok) throw new Error(`${method} ${apiPath}: ${response.status} ${await response.text()}`);
    return (response.status === 204 ? undefined : await response.json()) as T;
  };
  return {
    get: <T>(apiPath: string) => call<T>('GET', apiPath),
    post: <T>(apiPath: string, body: unknown) => call<T>('POST', apiPath, body),
    patch: <T>(apiPath: string, body: unknown) => call<T>('PATCH', apiPath, body),
  };
}

export interface OrgUnitInfo {
  id: string;
  name: string;
  parentId: string | null;
  version: number;
}

/** The demo unit called `name` (names are unique in Exempelkommun's demo tree). */
export async function unitNamed(api: Awaited<ReturnType<typeof apiAs>>, name: string): Promise<OrgUnitInfo> {
  const units = await api.get<OrgUnitInfo[]>('/api/v1/org-units');
  const unit = units.find((candidate) => candidate.name === name);
  if (!unit) throw new Error(`no org unit called ${name}`);
  return unit;
}

/**
 * One Värn server and one Chromium for a test file, started before its tests and stopped
 * after; the pages each test opened through `session` are closed when it ends.
 */
export function useVarnInBrowser() {
  const varn = { url: '' } as { url: string; browser: Browser; server: RunningVarn };
  const session = sessions(() => varn.browser);
  beforeAll(async () => {
    const [server, browser] = await Promise.all([startVarn(), launchChromium()]);
    Object.assign(varn, { server, browser, url: server.url });
  });
  afterAll(async () => {
    await varn.browser?.close();
    await varn.server?.stop();
  });
  afterEach(() => session.closeAll());
  return { varn, session };
}

/** Clicks a language in the Svenska / English switch, as a person does (the radio itself is hidden). */
export async function pickLanguage(scope: Locator, language: 'Svenska' | 'English') {
  const group = scope.getByRole('radiogroup', { name: /^(Språk|Language)$/ });
  await group.getByText(language, { exact: true }).click();
  expect(await group.getByRole('radio', { name: language }).isChecked()).toBe(true);
}
