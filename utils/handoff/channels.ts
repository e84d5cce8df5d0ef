import type { HandoffChannel } from '../vault/events';

// The handoff channels as the handoff page offers them. The policy lists the allowed channels
// (vault.handoffChannels); the encrypted package serves three of them.

export const CHANNEL_LABELS: Readonly<Record<HandoffChannel, string>> = {
  email: 'Secure email',
  file: 'Encrypted file',
  'read-aloud': 'Read aloud',
  print: 'Printed sheet',
};

export interface ChannelOffer {
  email: boolean;
  file: boolean;
  readAloud: boolean;
  print: boolean;
  /** Whether to offer making an encrypted package at all (email, file or print). */
  package: boolean;
}

export function offeredChannels(allowed: readonly HandoffChannel[]): ChannelOffer {
  const has = (channel: HandoffChannel) => allowed.includes(channel);
  return {
    email: has('email'),
    file: has('file'),
    readAloud: has('read-aloud'),
    print: has('print'),
    package: has('email') || has('file') || has('print'),
  };
}
