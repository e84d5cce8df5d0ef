import { beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import type { PageResponses } from '@/utils/messages/page-requests';
import { sealSecret } from '@/utils/vault/seal';
import { createVault } from '@/utils/vault/vault';
import { ITEM_KEY_PREFIX } from '@/utils/vault/storage-keys';
import { UNREADABLE_TOKEN_ENDPOINT } from '@/utils/vault/item';
import { endpointForItem } from '@/utils/handoff/from-vault-item';
import { send, senders, startBackground, storageDump, value } from './background';
import { findSecretIn } from './find-secret';
import { context, HOUR, itemId, OCID_OC1, OCID_OC2, T0 } from './fixtures';

const SECRET = 'i7BKNOG:1z1A)bqaY(]F';

type Background = ReturnType<typeof startBackground>;

/** What the content script does: ask for the recipient and seal… */
async function seal(secret: string) {
  const { recipient } = await value<{ recipient: string }>({ type: 'vault/get-recipient' }, senders.content());
  return sealSecret(recipient, new TextEncoder().encode(secret));
}

/** …then hand in the ciphertext. */
function store(sealed: string, captureId: string, captured = context()) {
  return value<{ itemId: string; duplicate: boolean }>({ type: 'vault/store-capture', captureId, sealed, context: captured }, senders.content());
}

const capture = async (secret = SECRET, captureId = itemId()) => store(await seal(secret), captureId);

const list = () => value<PageResponses['vault/list']>({ type: 'vault/list' }, senders.page());
const open = (id: string) => send({ type: 'vault/open-item', itemId: id }, senders.handoff());
const badge = () => fakeBrowser.action.getBadgeText({});

describe('vault', () => {
  let background: Background;
  beforeEach(() => {
    fakeBrowser.reset();
    background = startBackground({ clock: { now: T0 } });
  });

  it('opens an item only for the handoff page, not for the popup or another extension page', async () => {
    const { itemId: id } = await capture();
    for (const page of ['popup.html', 'options.html', 'handoff.html.evil.html']) {
      const url = fakeBrowser.runtime.getURL(`/${page}` as '/popup.html');
      expect(await send({ type: 'vault/open-item', itemId: id }, { id: fakeBrowser.runtime.id, url })).toEqual({
        ok: false,
        error: `Refused "vault/open-item" from ${page}: only handoff.html may ask for it.`,
      });
    }
    expect(background.events.map((event) => event.kind)).toEqual(['captured']);
    expect(await open(id)).toMatchObject({ ok: true });
  });

  it('seals a capture that only the handoff page can open, and stores no plaintext', async () => {
    const { itemId: id, duplicate } = await capture();
    expect(duplicate).toBe(false);
    expect(await open(id)).toMatchObject({ ok: true, value: { secret: SECRET, item: { id, state: 'sealed' } } });
    expect(findSecretIn(await storageDump(), SECRET)).toEqual([]);
    expect(background.events.map((event) => event.kind)).toEqual(['captured', 'opened']);
    expect(JSON.stringify(background.events)).not.toContain(SECRET);
  });

  it('lists items with their facts but never the ciphertext', async () => {
    const { itemId: id } = await capture();
    const { items, problems } = await list();
    expect(problems).toEqual([]);
    expect(items).toEqual([{ id, state: 'sealed', context: context(), capturedAt: T0, expiresAt: T0 + 24 * HOUR }]);
  });

  it('stores one item when the same dialog is captured twice', async () => {
    const id = itemId();
    expect(await capture(SECRET, id)).toEqual({ itemId: id, duplicate: false });
    expect(await capture(SECRET, id)).toEqual({ itemId: id, duplicate: true });
    expect((await list()).items).toHaveLength(1);
    expect(background.events.filter((event) => event.kind === 'captured')).toHaveLength(1);
  });

  it('stores one item when the same dialog is captured twice at the same moment', async () => {
    const id = itemId();
    const sealed = await seal(SECRET);
    const results = await Promise.all([store(sealed, id), store(sealed, id), store(sealed, id)]);
    expect(results.map((result) => result.duplicate)).toEqual([false, true, true]);
    expect(background.events.filter((event) => event.kind === 'captured')).toHaveLength(1);
  });

  it('loses no item when several tabs capture at the same moment', async () => {
    const secrets = Array.from({ length: 12 }, (_, index) => `tab-${index}-secret:(]x`);
    const sealed = await Promise.all(secrets.map(seal));
    const stored = await Promise.all(sealed.map((ciphertext) => store(ciphertext, itemId())));
    const { items } = await list();
    expect(items.map((item) => item.id).sort()).toEqual(stored.map((result) => result.itemId).sort());
    const opened = await Promise.all(stored.map(async ({ itemId: id }) => ((await open(id)) as { value: { secret: string } }).value.secret));
    expect(opened.sort()).toEqual([...secrets].sort());
    expect(await badge()).toBe('12');
  });

  it('keeps items across a service worker restart in the same browser session', async () => {
    const { itemId: id } = await capture();
    fakeBrowser.runtime.onMessage.removeAllListeners();
    fakeBrowser.alarms.onAlarm.removeAllListeners();
    startBackground({ clock: background.clock });
    expect(await open(id)).toMatchObject({ ok: true, value: { secret: SECRET } });
  });

  it('counts items awaiting handoff on the badge', async () => {
    expect(await badge()).toBe('');
    const { itemId: first } = await capture();
    await capture('another-secret:(x]');
    // The badge is settled right after the reply, not before it (a capture does not wait for it).
    await vi.waitFor(async () => expect(await badge()).toBe('2'));
    await value({ type: 'vault/delete-item', itemId: first }, senders.page());
    await vi.waitFor(async () => expect(await badge()).toBe('1'));
  });

  describe('time to live', () => {
    it('arms one alarm at the next expiry and purges expired items when it fires', async () => {
      const { itemId: first } = await capture();
      background.clock.now = T0 + HOUR;
      const { itemId: second } = await capture('second-secret:(]x');
      expect(await fakeBrowser.alarms.getAll()).toEqual([expect.objectContaining({ name: 'ocg-vault-expiry', scheduledTime: T0 + 24 * HOUR })]);

      background.clock.now = T0 + 24 * HOUR;
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'ocg-vault-expiry', scheduledTime: T0 + 24 * HOUR, persistAcrossSessions: true });
      // The alarm alone purges: nothing else touches the vault until the item is gone.
      await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get(ITEM_KEY_PREFIX + first)).toEqual({}));
      await vi.waitFor(async () => expect(await fakeBrowser.alarms.get('ocg-vault-expiry')).toMatchObject({ scheduledTime: T0 + 25 * HOUR }));
      expect(background.events.filter((event) => event.kind === 'expired').map((event) => event.itemId)).toEqual([first]);
      expect(await badge()).toBe('1');
      expect((await list()).items.map((item) => item.id)).toEqual([second]);
    });

    it('ignores other alarms', async () => {
      const { itemId: id } = await capture();
      // The vault settles after the reply (badge, alarm): done before the clock moves, or it would expire the item.
      await vi.waitFor(async () => expect(await badge()).toBe('1'));
      background.clock.now = T0 + 24 * HOUR;
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'someone-else', scheduledTime: T0, persistAcrossSessions: true });
      await new Promise((resolve) => setTimeout(resolve, 20));
      expect(await fakeBrowser.storage.local.get(ITEM_KEY_PREFIX + id)).not.toEqual({});
    });

    it('clears the alarm when the vault is empty', async () => {
      const { itemId: id } = await capture();
      await value({ type: 'vault/mark-delivered', itemId: id, channel: 'print' }, senders.page());
      await vi.waitFor(async () => expect(await fakeBrowser.alarms.getAll()).toEqual([]));
    });

    it('takes the time to live from its source at capture time', async () => {
      fakeBrowser.reset();
      const ttl = { ms: 2 * HOUR };
      startBackground({ clock: { now: T0 }, ttl: () => ttl.ms });
      await capture();
      ttl.ms = 4 * HOUR;
      await capture('second-secret:(]x');
      expect((await list()).items.map((item) => item.expiresAt - item.capturedAt).sort((a, b) => a - b)).toEqual([2 * HOUR, 4 * HOUR]);
    });

    it('refuses to open an item whose alarm has not fired yet but whose time is up', async () => {
      const { itemId: id } = await capture();
      background.clock.now = T0 + 24 * HOUR + 1;
      expect(await open(id)).toEqual({ ok: false, error: expect.stringMatching(/no longer in the vault/) });
    });
  });

  describe('browser restart (session identity gone)', () => {
    it('marks items unopenable, purges their ciphertext, keeps their facts and tells the audit trail', async () => {
      const { itemId: id } = await capture();
      fakeBrowser.storage.session.resetState();
      fakeBrowser.runtime.onMessage.removeAllListeners();
      const restarted = startBackground({ clock: { now: T0 + HOUR } });

      const { items } = await list();
      expect(items).toEqual([expect.objectContaining({ id, state: 'unopenable', context: context() })]);
      const stored = (await fakeBrowser.storage.local.get(ITEM_KEY_PREFIX + id))[ITEM_KEY_PREFIX + id];
      expect(stored).toMatchObject({ state: 'unopenable', lostAt: T0 + HOUR });
      expect(stored).not.toHaveProperty('sealed');
      expect(restarted.events).toEqual([expect.objectContaining({ kind: 'unopenable', itemId: id, credentialName: 'ci-deploy' })]);
      expect(await open(id)).toEqual({ ok: false, error: expect.stringMatching(/Regenerate the secret in the Console/) });
      expect(await badge()).toBe('');
    });

    it('reports each lost item once, and lets the user dismiss it', async () => {
      const { itemId: id } = await capture();
      fakeBrowser.storage.session.resetState();
      fakeBrowser.runtime.onMessage.removeAllListeners();
      const restarted = startBackground({ clock: { now: T0 + HOUR } });
      await list();
      await list();
      expect(restarted.events.filter((event) => event.kind === 'unopenable')).toHaveLength(1);
      expect(await value({ type: 'vault/delete-item', itemId: id }, senders.page())).toEqual({ deleted: true });
      expect((await list()).items).toEqual([]);
    });
  });

  describe('stored items are validated on read', () => {
    it('reports and skips a corrupted item, keeps the others, and leaves the damaged entry untouched for now', async () => {
      const { itemId: good } = await capture();
      const brokenKey = `${ITEM_KEY_PREFIX}${itemId()}`;
      const broken = { schemaVersion: 1, state: 'sealed', sealed: 42 };
      const alien = `${ITEM_KEY_PREFIX}${itemId()}`;
      await fakeBrowser.storage.local.set({ [brokenKey]: broken, [alien]: { ...broken, schemaVersion: 9 }, 'policy.local': { unrelated: true } });

      const { items, problems } = await list();
      expect(items.map((item) => item.id)).toEqual([good]);
      expect(problems.map((problem) => problem.key).sort()).toEqual([brokenKey, alien].sort());
      expect(problems.find((problem) => problem.key === brokenKey)?.reason).toMatch(/sealed: .*expected string/);
      expect(problems.find((problem) => problem.key === alien)?.reason).toMatch(/schemaVersion: .*expected 1/);
      expect((await fakeBrowser.storage.local.get(brokenKey))[brokenKey]).toEqual(broken);
    });

    it('rejects a stored item that carries a field it should not, such as a plaintext secret', async () => {
      const { itemId: id } = await capture();
      const key = ITEM_KEY_PREFIX + id;
      const stored = (await fakeBrowser.storage.local.get(key))[key] as object;
      await fakeBrowser.storage.local.set({ [key]: { ...stored, secret: 'leaked' } });
      const { items, problems } = await list();
      expect(items).toEqual([]);
      expect(problems).toEqual([expect.objectContaining({ key, reason: expect.stringMatching(/Unrecognized key/) })]);
    });

    it('reports an item stored under another item’s key', async () => {
      const { itemId: id } = await capture();
      const stored = (await fakeBrowser.storage.local.get(ITEM_KEY_PREFIX + id))[ITEM_KEY_PREFIX + id];
      const wrongKey = ITEM_KEY_PREFIX + itemId();
      await fakeBrowser.storage.local.set({ [wrongKey]: stored });
      expect((await list()).problems).toEqual([
        { key: wrongKey, reason: `stored under another item's key (${id})`, foundAt: T0, removesAt: T0 + 24 * HOUR },
      ]);
    });

    it('removes a damaged entry a day after it was first found, with an audit event, keeping the others', async () => {
      const { itemId: good } = await capture();
      const brokenId = itemId();
      const brokenKey = ITEM_KEY_PREFIX + brokenId;
      const junkKey = `${ITEM_KEY_PREFIX}not-an-id`;
      await fakeBrowser.storage.local.set({ [brokenKey]: { schemaVersion: 1, sealed: 42 }, [junkKey]: 'junk' });

      background.clock.now = T0 + HOUR;
      expect((await list()).problems.map((problem) => [problem.key, problem.removesAt]).sort()).toEqual(
        [
          [brokenKey, T0 + 25 * HOUR],
          [junkKey, T0 + 25 * HOUR],
        ].sort(),
      );
      // Found once: later reads keep the first time, and the alarm is armed for the removal.
      background.clock.now = T0 + 2 * HOUR;
      expect((await list()).problems.map((problem) => problem.foundAt)).toEqual([T0 + HOUR, T0 + HOUR]);
      expect(await fakeBrowser.alarms.get('ocg-vault-expiry')).toMatchObject({ scheduledTime: T0 + 24 * HOUR });

      background.clock.now = T0 + 25 * HOUR;
      await fakeBrowser.alarms.onAlarm.trigger({ name: 'ocg-vault-expiry', scheduledTime: T0 + 25 * HOUR, persistAcrossSessions: true });
      await vi.waitFor(async () => expect(await fakeBrowser.storage.local.get([brokenKey, junkKey])).toEqual({}));
      const discarded = background.events.filter((event) => event.kind === 'discarded');
      expect(discarded).toEqual(
        expect.arrayContaining([
          { kind: 'discarded', at: T0 + 25 * HOUR, key: brokenKey, itemId: brokenId, reason: expect.stringMatching(/sealed/) },
          { kind: 'discarded', at: T0 + 25 * HOUR, key: junkKey, reason: expect.any(String) },
        ]),
      );
      expect(discarded).toHaveLength(2);
      const { problems } = await list();
      expect(problems).toEqual([]);
      expect(await fakeBrowser.storage.local.get('vault.damaged')).toEqual({});
      // The good item had expired by then too; only the damaged entries were "discarded".
      expect(background.events.find((event) => event.kind === 'expired')).toMatchObject({ itemId: good });
    });

    it('forgets an entry that is no longer damaged', async () => {
      const key = ITEM_KEY_PREFIX + itemId();
      await fakeBrowser.storage.local.set({ [key]: 'junk' });
      expect((await list()).problems).toHaveLength(1);
      await fakeBrowser.storage.local.remove(key);
      expect((await list()).problems).toEqual([]);
      expect(await fakeBrowser.storage.local.get('vault.damaged')).toEqual({});
    });
  });

  describe('handoff', () => {
    it('purges a delivered item and records the channel', async () => {
      const { itemId: id } = await capture();
      expect(await value({ type: 'vault/mark-delivered', itemId: id, channel: 'read-aloud' }, senders.page())).toEqual({ delivered: true });
      expect((await list()).items).toEqual([]);
      expect(background.events.at(-1)).toMatchObject({ kind: 'delivered', itemId: id, channel: 'read-aloud' });
      expect(await send({ type: 'vault/mark-delivered', itemId: id, channel: 'read-aloud' }, senders.page())).toEqual({
        ok: false,
        error: expect.stringMatching(/no longer in the vault/),
      });
    });

    it('deletes an item on request, and says so only once', async () => {
      const { itemId: id } = await capture();
      expect(await value({ type: 'vault/delete-item', itemId: id }, senders.page())).toEqual({ deleted: true });
      expect(await value({ type: 'vault/delete-item', itemId: id }, senders.page())).toEqual({ deleted: false });
      expect(background.events.filter((event) => event.kind === 'deleted')).toHaveLength(1);
    });
  });

  describe('OCID', () => {
    it('attaches the OCID the Console lists after the dialog closes', async () => {
      const { itemId: id } = await capture();
      background.clock.now = T0 + 60_000;
      const reply = await value({ type: 'vault/credentials-seen', credentials: [{ name: 'ci-deploy', ocid: OCID_OC1 }] }, senders.content());
      expect(reply).toEqual({ attached: 1 });
      expect((await list()).items[0]).toMatchObject({ id, ocid: OCID_OC1 });
      expect(background.events.at(-1)).toMatchObject({ kind: 'ocid-attached', ocid: OCID_OC1 });
    });

    it('accepts an OCID typed on the handoff page only from the credential realm', async () => {
      const { itemId: id } = await capture();
      expect(await send({ type: 'vault/attach-ocid', itemId: id, ocid: OCID_OC2 }, senders.page())).toEqual({
        ok: false,
        error: 'This OCID belongs to realm oc2, but the credential was created in realm oc1.',
      });
      expect(await value({ type: 'vault/attach-ocid', itemId: id, ocid: ` ${OCID_OC1} ` }, senders.page())).toMatchObject({
        item: { id, ocid: OCID_OC1 },
      });
    });
  });
  describe('token endpoint entered on the handoff page', () => {
    const NEWGOV = 'https://auth.us-newgov-9.oraclegovcloud.com/oauth2/token';
    const keep = (id: string, entry: string) => send({ type: 'vault/keep-token-endpoint', itemId: id, entry }, senders.page());
    // A Console host whose realm the extension does not know: no realm, no region.
    const captureUnknownRealm = async () => store(await seal(SECRET), itemId(), context({ realm: undefined, region: undefined, host: 'console.us-newgov-9.oraclegovcloud.com' }));

    it('keeps it with the item as the endpoint URL, checked against the realm of the OCID, and never beside the secret', async () => {
      const { itemId: id } = await captureUnknownRealm();
      await value({ type: 'vault/attach-ocid', itemId: id, ocid: OCID_OC2 }, senders.page());
      expect(await keep(id, 'us-ashburn-1')).toEqual({ ok: false, error: 'Region us-ashburn-1 belongs to realm oc1, but this credential is in realm oc2.' });
      expect((await list()).items[0]?.tokenEndpoint).toBeUndefined();

      expect(await keep(id, 'us-langley-1')).toEqual({ ok: true, value: { item: expect.objectContaining({ id, tokenEndpoint: 'https://auth.us-langley-1.oraclegovcloud.com/oauth2/token' }) } });
      expect(await value({ type: 'vault/keep-token-endpoint', itemId: id, entry: ` ${NEWGOV} ` }, senders.page())).toMatchObject({ item: { tokenEndpoint: NEWGOV } });
      expect((await list()).items[0]).toMatchObject({ id, tokenEndpoint: NEWGOV });
      const dump = await storageDump();
      expect(dump.local[ITEM_KEY_PREFIX + id]).toMatchObject({ state: 'sealed', tokenEndpoint: NEWGOV });
      expect(findSecretIn(dump, SECRET)).toEqual([]);
    });

    it('refuses one when the Console already gave the realm and region, and for an item no longer in the vault', async () => {
      const { itemId: id } = await capture();
      expect(await keep(id, 'us-ashburn-1')).toEqual({ ok: false, error: 'The Console’s realm and region already give this credential’s token endpoint.' });
      expect(await keep(itemId(), 'us-ashburn-1')).toMatchObject({ ok: false, error: expect.stringMatching(/no longer in the vault/) });
    });

    // An altered endpoint is checked when read (endpointForItem names it and asks again); it must not
    // make the whole item, secret included, a damaged entry bound for removal.
    it.each<[string, unknown, string]>([
      ['a foreign host', 'https://auth.us-ashburn-1.evil.example/oauth2/token', 'https://auth.us-ashburn-1.evil.example/oauth2/token'],
      ['not text', 42, UNREADABLE_TOKEN_ENDPOINT],
      ['over the length limit', `https://${'a'.repeat(3000)}`, UNREADABLE_TOKEN_ENDPOINT],
    ])('lists an item whose kept endpoint was altered in storage to %s, not as a damaged entry', async (_label, altered, listedAs) => {
      const { itemId: id } = await captureUnknownRealm();
      const key = ITEM_KEY_PREFIX + id;
      const stored = (await fakeBrowser.storage.local.get(key))[key] as object;
      await fakeBrowser.storage.local.set({ [key]: { ...stored, tokenEndpoint: altered } });
      const listed = await list();
      expect(listed.problems).toEqual([]);
      expect(listed.items[0]).toMatchObject({ id, state: 'sealed', tokenEndpoint: listedAs });
      expect(endpointForItem(listed.items[0]!).problem).toMatch(/^The token endpoint kept for this credential cannot be used: .+ Enter the region or the token endpoint again\.$/);
    });
  });
});

describe('vault and the audit trail', () => {
  beforeEach(() => fakeBrowser.reset());

  it('answers a capture once it is stored, without waiting for the audit trail to write its record', async () => {
    let written = false;
    let write = () => undefined as void;
    const vault = createVault({ now: () => T0, audit: () => new Promise<void>((resolve) => (write = () => ((written = true), resolve()))) });
    const sealed = await sealSecret(await vault.recipient(), new TextEncoder().encode(SECRET));
    const id = itemId();
    expect(await vault.store({ captureId: id, sealed, context: context() })).toEqual({ itemId: id, duplicate: false });
    expect(written).toBe(false);
    write();
    expect((await vault.list()).items.map((item) => item.id)).toEqual([id]);
  });
});
