import { describe, expect, it } from 'vitest';
import { CHANNEL_LABELS, offeredChannels } from '@/utils/handoff/channels';
import { HANDOFF_CHANNELS, type HandoffChannel } from '@/utils/vault/events';

describe('channels the handoff page offers', () => {
  it.each<[HandoffChannel[], ReturnType<typeof offeredChannels>]>([
    [[...HANDOFF_CHANNELS], { email: true, file: true, readAloud: true, print: true, package: true }],
    [['read-aloud'], { email: false, file: false, readAloud: true, print: false, package: false }],
    [['print'], { email: false, file: false, readAloud: false, print: true, package: true }],
    [['email'], { email: true, file: false, readAloud: false, print: false, package: true }],
    [['file', 'read-aloud'], { email: false, file: true, readAloud: true, print: false, package: true }],
  ])('%j → %j', (allowed, offer) => {
    expect(offeredChannels(allowed)).toEqual(offer);
  });

  it('names every channel', () => {
    expect(Object.keys(CHANNEL_LABELS).sort()).toEqual([...HANDOFF_CHANNELS].sort());
  });
});
