import type { z } from 'zod';
import { contentRequestSchema, type ContentRequest, type ContentResponses } from './content-requests';
import { describeIssues } from './issues';
import { pageRequestSchema, type PageRequest, type PageResponses } from './page-requests';
import { MessageRefused, type MessageResult } from './result';
import { classifySender, senderPage, type ExtensionIdentity, type SenderInfo } from './sender';

// The background's single entry for runtime messages. Each sender kind has its own union: a message
// is parsed against the union of the kind that sent it, so a content script cannot even name a
// page-only message. A page message may further be limited to some of the extension's pages (the
// secret only goes to the handoff page). Handlers receive parsed, typed messages; what they throw as
// MessageRefused reaches the sender as a readable error, anything else as a generic one.

type Handler<M, R> = (message: M, sender: SenderInfo) => R | Promise<R>;
type AnyHandler = Handler<never, unknown>;

export interface PageOptions {
  /** Only these pages may send it, as paths under the extension's base URL, e.g. ['handoff.html']. */
  pages?: readonly string[];
}

const SENDER_LABEL = { 'content-script': 'a content script', 'extension-page': 'an extension page' } as const;

export interface MessageRouter {
  onContent<K extends ContentRequest['type']>(
    type: K,
    handler: Handler<Extract<ContentRequest, { type: K }>, ContentResponses[K]>,
  ): void;
  onPage<K extends PageRequest['type']>(
    type: K,
    handler: Handler<Extract<PageRequest, { type: K }>, PageResponses[K]>,
    options?: PageOptions,
  ): void;
  /** Validates and answers one message; never throws. */
  dispatch(message: unknown, sender: SenderInfo): Promise<MessageResult<unknown>>;
}

function typeOf(message: unknown): string {
  const type = typeof message === 'object' && message !== null ? (message as { type?: unknown }).type : undefined;
  return typeof type === 'string' && type.length <= 64 ? `"${type}"` : 'a message';
}

export function createMessageRouter(extension: ExtensionIdentity): MessageRouter {
  const channels = {
    'content-script': { schema: contentRequestSchema as z.ZodType<{ type: string }>, handlers: new Map<string, AnyHandler>() },
    'extension-page': { schema: pageRequestSchema as z.ZodType<{ type: string }>, handlers: new Map<string, AnyHandler>() },
  };
  const allowedPages = new Map<string, readonly string[]>();

  function register(kind: keyof typeof channels, type: string, handler: AnyHandler): void {
    const { handlers } = channels[kind];
    if (handlers.has(type)) throw new Error(`Two background handlers for "${type}".`);
    handlers.set(type, handler);
  }

  return {
    onContent: (type, handler) => register('content-script', type, handler as AnyHandler),
    onPage: (type, handler, options) => {
      register('extension-page', type, handler as AnyHandler);
      if (options?.pages) allowedPages.set(type, options.pages);
    },
    async dispatch(message, sender) {
      const kind = classifySender(sender, extension);
      if (kind === 'unknown') {
        return { ok: false, error: `Refused ${typeOf(message)}: it came neither from this extension's pages nor from its content script.` };
      }
      const parsed = channels[kind].schema.safeParse(message);
      if (!parsed.success) {
        return { ok: false, error: `Refused ${typeOf(message)} from ${SENDER_LABEL[kind]}: ${describeIssues(parsed.error)}` };
      }
      const { type } = parsed.data;
      const handler = channels[kind].handlers.get(type);
      if (!handler) return { ok: false, error: `Nothing in the background answers "${type}".` };
      const pages = kind === 'extension-page' ? allowedPages.get(type) : undefined;
      const page = pages && senderPage(sender, extension);
      if (pages && !(page && pages.includes(page))) {
        return { ok: false, error: `Refused "${type}" from ${page || 'an extension page'}: only ${pages.join(' or ')} may ask for it.` };
      }
      try {
        return { ok: true, value: await (handler as Handler<unknown, unknown>)(parsed.data, sender) };
      } catch (error) {
        if (error instanceof MessageRefused) return { ok: false, error: error.message };
        // Handlers never put a secret into an error (project rule), so the error itself may be logged.
        console.error(`Background handler for "${type}" failed`, error);
        return { ok: false, error: `The background could not complete "${type}".` };
      }
    },
  };
}
