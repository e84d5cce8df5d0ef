import { readStoredPolicy } from '../policy/stored-policy';
import type { TtlSource } from './expiry';

const HOUR_MS = 60 * 60 * 1000;

/**
 * The policy's `vault.itemTtlHours` (managed, else local, else the default 24 h), read from storage
 * at each capture, so a new policy applies to the next item without restarting the background.
 */
export const ttlFromStoredPolicy: TtlSource = async () => (await readStoredPolicy()).policy.vault.itemTtlHours * HOUR_MS;
