import type { Page, WebWorker } from 'puppeteer-core';

// Console output of a page or the extension's worker, for tests that assert on it (e.g. that a
// secret never reaches the console). Collection starts at the first call and is shared after.

export interface LoggedMessage {
  /** 'log', 'error', 'warn', … or 'pageerror' for an uncaught exception in a page. */
  type: string;
  text: string;
}

const logs = new WeakMap<Page | WebWorker, LoggedMessage[]>();

/** The live list of messages from `source`; openConsole() starts it before navigation. */
export function collectConsole(source: Page | WebWorker): LoggedMessage[] {
  const known = logs.get(source);
  if (known) return known;
  const messages: LoggedMessage[] = [];
  logs.set(source, messages);
  if ('mainFrame' in source) {
    source.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
    source.on('pageerror', (error) => messages.push({ type: 'pageerror', text: String(error) }));
  } else {
    source.on('console', (message) => messages.push({ type: message.type(), text: message.text() }));
  }
  return messages;
}
