import { z } from 'zod';
import { findRealm, realmOfRegion } from './realm-lookup';
import { REGION_ID, REGION_PLACEHOLDER } from './realms';

// The rules realms.ts and display-names.ts must keep. Imported by unit tests and build-time code
// only: the content script reads the tables as plain data and never bundles zod.

const REALM_KEY = /^oc\d+$/;
const LABEL = /^[a-z0-9](?:[a-z0-9-]*[a-z0-9])?$/;

function isHostName(text: string): boolean {
  const labels = text.split('.');
  return labels.length >= 2 && labels.every((label) => LABEL.test(label));
}

const HostName = z.string().refine(isHostName, 'must be a lower-case host name such as oraclecloud.com');

const ConsoleHostTemplate = z
  .string()
  .refine(
    (template) => template.split(REGION_PLACEHOLDER).length <= 2 && isHostName(template.replace(REGION_PLACEHOLDER, 'region')),
    'must be a lower-case host name, with at most one {region} placeholder',
  )
  .refine(
    (template) => !template.includes(REGION_PLACEHOLDER) || template.split('.').includes(REGION_PLACEHOLDER),
    '{region} must be a whole DNS label, as in console.{region}.oraclecloud.com',
  );

export const RegionSchema = z.string().regex(REGION_ID, 'must look like us-ashburn-1');

export const RealmSchema = z
  .strictObject({
    key: z.string().regex(REALM_KEY, 'must look like oc1'),
    domain: HostName,
    consoleHosts: z.array(ConsoleHostTemplate).min(1),
    regions: z.array(RegionSchema).min(1),
  })
  .superRefine((realm, ctx) => {
    // The match pattern for a regional host is `*.<what follows {region}>`: keep that the realm's own domain.
    realm.consoleHosts.forEach((template, index) => {
      if (template.includes(REGION_PLACEHOLDER) && !template.endsWith(`${REGION_PLACEHOLDER}.${realm.domain}`)) {
        ctx.addIssue({
          code: 'custom',
          path: ['consoleHosts', index],
          message: `a regional Console host of ${realm.key} must end with {region}.${realm.domain}`,
        });
      }
    });
  });

export const RealmTableSchema = z
  .strictObject({
    version: z.iso.date(),
    realms: z.array(RealmSchema).min(1),
  })
  .superRefine((table, ctx) => {
    const duplicates = (values: string[]) => [...new Set(values.filter((value, index) => values.indexOf(value) !== index))];
    const report = (what: string, values: string[]) => {
      for (const value of duplicates(values)) ctx.addIssue({ code: 'custom', path: ['realms'], message: `${what} "${value}" appears more than once` });
    };
    report('realm key', table.realms.map((realm) => realm.key));
    // A region belongs to one realm: detection and token endpoints rely on it.
    report('region', table.realms.flatMap((realm) => realm.regions));
    // A Console host without {region} decides its realm alone.
    report('fixed Console host', table.realms.flatMap((realm) => realm.consoleHosts.filter((host) => !host.includes(REGION_PLACEHOLDER))));
  });

const Names = z.record(z.string(), z.string().trim().min(1));

export const DisplayNameTableSchema = z
  .strictObject({ version: z.iso.date(), realms: Names, regions: Names })
  .superRefine((table, ctx) => {
    // Checked here rather than as the records' key schemas, whose issues zod reports only as "Invalid key in record".
    // A name for a realm or region the table lacks would never be shown: a mistyped key, or the table is behind.
    const check = (what: 'realm' | 'region', looksRight: RegExp, example: string, known: (key: string) => unknown) => {
      const where = `${what}s` as const;
      for (const key of Object.keys(table[where])) {
        const report = (message: string) => ctx.addIssue({ code: 'custom', path: [where, key], message: `"${key}" ${message}` });
        if (!looksRight.test(key)) report(`must look like ${example}`);
        else if (known(key) === undefined) report(`must be a ${what} of the realm table (realms.ts)`);
      }
    };
    check('realm', REALM_KEY, 'oc1', findRealm);
    check('region', REGION_ID, 'us-ashburn-1', realmOfRegion);
  });
