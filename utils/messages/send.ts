import { browser } from 'wxt/browser';
import type { ContentRequest, ContentResponses } from './content-requests';
import type { PageRequest, PageResponses } from './page-requests';
import { MessageRefused, type MessageResult } from './result';

// Typed senders. They import the message unions as types only, so zod stays out of the content
// script bundle; the background validates every message on arrival. A refusal becomes a thrown
// MessageRefused whose message is meant for the user.

async function exchange(message: { type: string }): Promise<unknown> {
  const reply = (await browser.runtime.sendMessage(message)) as MessageResult<unknown> | undefined;
  if (typeof reply !== 'object' || reply === null || typeof reply.ok !== 'boolean') {
    throw new MessageRefused(`The extension's background did not answer "${message.type}".`);
  }
  if (!reply.ok) throw new MessageRefused(reply.error);
  return reply.value;
}

/** From a content script. */
export function sendContentRequest<K extends ContentRequest['type']>(
  message: Extract<ContentRequest, { type: K }>,
): Promise<ContentResponses[K]> {
  return exchange(message) as Promise<ContentResponses[K]>;
}

/** From an extension page (popup, handoff, options). */
export function sendPageRequest<K extends PageRequest['type']>(message: Extract<PageRequest, { type: K }>): Promise<PageResponses[K]> {
  return exchange(message) as Promise<PageResponses[K]>;
}
