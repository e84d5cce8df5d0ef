import fc from 'fast-check';
import { describe, expect, it, vi } from 'vitest';
import type { ContentRequest } from '@/utils/messages/content-requests';
import type { PageRequest } from '@/utils/messages/page-requests';
import { createMessageRouter, type MessageRouter } from '@/utils/messages/router';
import { classifySender, type SenderInfo } from '@/utils/messages/sender';
import { HANDOFF_CHANNELS } from '@/utils/vault/events';
import { armoredAge, captureContext, credentialGeneratedEvent, hexId, jsonish, marker, text } from './arbitraries';

// The background's one entry point takes messages from content scripts that run inside Console
// pages. Whatever arrives, from whoever, dispatch answers (never throws), hands a handler only a
// message of its sender's kind with exactly the known fields, and never repeats a value it refused.

const extension = { id: 'ext', baseUrl: 'chrome-extension://ext/' };
const fromPage: SenderInfo = { id: 'ext', url: 'chrome-extension://ext/handoff.html', origin: 'chrome-extension://ext' };
const fromContent: SenderInfo = { id: 'ext', url: 'https://cloud.oracle.com/identity', tab: { url: 'https://cloud.oracle.com/identity' } };

const sender: fc.Arbitrary<SenderInfo> = fc.oneof(
  fc.constant(fromPage),
  fc.constant(fromContent),
  fc.record(
    {
      id: fc.oneof(fc.constant('ext'), text(10)),
      url: fc.oneof(fc.webUrl(), fc.constant('chrome-extension://ext/popup.html'), text(30)),
      origin: fc.oneof(fc.constant('chrome-extension://ext'), fc.webUrl(), text(10)),
      tab: fc.record({ url: fc.oneof(fc.webUrl(), fc.constant('chrome-extension://ext/popup.html')) }, { requiredKeys: [] }),
    },
    { requiredKeys: [] },
  ),
);

const contentMessage: fc.Arbitrary<ContentRequest> = fc.oneof(
  fc.constant({ type: 'vault/get-recipient' as const }),
  fc.record({ type: fc.constant('vault/store-capture' as const), captureId: hexId, sealed: armoredAge, context: captureContext }),
  fc.record({
    type: fc.constant('vault/credentials-seen' as const),
    credentials: fc.array(fc.record({ name: fc.string({ minLength: 1, maxLength: 30 }), ocid: fc.string({ maxLength: 40 }) }), { maxLength: 3 }),
  }),
  fc.constant({ type: 'policy/get' as const }),
  fc.record({ type: fc.constant('audit/credential-generated' as const), event: credentialGeneratedEvent }),
);

const pageMessage: fc.Arbitrary<PageRequest> = fc.oneof(
  fc.constant({ type: 'vault/list' as const }),
  fc.record({ type: fc.constantFrom('vault/open-item' as const, 'vault/delete-item' as const), itemId: hexId }),
  fc.record({ type: fc.constant('vault/mark-delivered' as const), itemId: hexId, channel: fc.constantFrom(...HANDOFF_CHANNELS) }),
  fc.record({ type: fc.constant('vault/attach-ocid' as const), itemId: hexId, ocid: fc.string({ maxLength: 40 }) }),
  fc.record({ type: fc.constant('vault/keep-token-endpoint' as const), itemId: hexId, entry: fc.string({ maxLength: 80 }) }),
);

const CONTENT_TYPES = ['vault/get-recipient', 'vault/store-capture', 'vault/credentials-seen', 'policy/get', 'audit/credential-generated'] as const;
const PAGE_TYPES = ['vault/list', 'vault/open-item', 'vault/delete-item', 'vault/mark-delivered', 'vault/attach-ocid', 'vault/keep-token-endpoint'] as const;

/** A router with a handler for every message type, each answering which type it saw. */
function routerWithHandlers(): { router: MessageRouter; handled: ReturnType<typeof vi.fn> } {
  const router = createMessageRouter(extension);
  const handled = vi.fn();
  const answer = (message: { type: string }) => {
    handled(message);
    return { handled: message.type } as never;
  };
  for (const type of CONTENT_TYPES) router.onContent(type, answer);
  for (const type of PAGE_TYPES) router.onPage(type, answer);
  return { router, handled };
}

/** A valid message with one thing wrong: a stray field, or a field replaced by a list (no field takes a list of strings). */
const spoiled = fc.tuple(fc.oneof(contentMessage, pageMessage) as fc.Arbitrary<Record<string, unknown>>, marker, fc.boolean()).chain(([message, value, stray]) => {
  const fields = Object.keys(message).filter((key) => key !== 'type');
  if (stray || fields.length === 0) return fc.constant({ message: { ...message, [`x${value.slice(2, 6)}`]: value }, value });
  return fc.constantFrom(...fields).map((field) => ({ message: { ...message, [field]: [value] }, value }));
});

describe('the message router', () => {
  it('answers anything from anyone without throwing, with a result envelope', async () => {
    const { router } = routerWithHandlers();
    await fc.assert(
      fc.asyncProperty(fc.oneof(jsonish, fc.anything(), contentMessage, pageMessage), sender, async (message, from) => {
        const reply = await router.dispatch(message, from);
        if (reply.ok) expect(reply.value).toEqual({ handled: (message as { type: string }).type });
        else expect(typeof reply.error).toBe('string');
      }),
      { numRuns: 200 },
    );
  });

  it('hands each sender kind only its own messages', async () => {
    const { router, handled } = routerWithHandlers();
    await fc.assert(
      fc.asyncProperty(contentMessage, pageMessage, async (content, page) => {
        handled.mockClear();
        expect(await router.dispatch(content, fromContent)).toEqual({ ok: true, value: { handled: content.type } });
        expect(await router.dispatch(page, fromPage)).toEqual({ ok: true, value: { handled: page.type } });
        expect((await router.dispatch(page, fromContent)).ok).toBe(false);
        expect((await router.dispatch(content, fromPage)).ok).toBe(false);
        expect(handled.mock.calls).toEqual([[content], [page]]);
      }),
      { numRuns: 150 },
    );
  });

  it('refuses a message with a stray or wrong field before any handler, without quoting the value', async () => {
    const { router, handled } = routerWithHandlers();
    await fc.assert(
      fc.asyncProperty(spoiled, fc.constantFrom(fromContent, fromPage), async ({ message, value }, from) => {
        handled.mockClear();
        const reply = await router.dispatch(message, from);
        expect(reply.ok).toBe(false);
        expect(handled).not.toHaveBeenCalled();
        if (!reply.ok) expect(reply.error).not.toContain(value);
      }),
      { numRuns: 200 },
    );
  });
});

describe('classifySender', () => {
  it('calls a sender a content script only from this extension in an https tab, a page only from its own URL', () => {
    fc.assert(
      fc.property(sender, (from) => {
        const kind = classifySender(from, extension);
        if (kind !== 'unknown') expect(from.id).toBe(extension.id);
        if (kind === 'content-script') {
          expect(from.tab).toBeDefined();
          expect(from.url?.startsWith('https://')).toBe(true);
        }
        if (kind === 'extension-page') {
          expect(from.url?.startsWith(extension.baseUrl)).toBe(true);
          expect(from.tab?.url === undefined || from.tab.url.startsWith(extension.baseUrl)).toBe(true);
        }
      }),
      { numRuns: 200 },
    );
  });
});
