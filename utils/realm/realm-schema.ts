import { z } from 'zod';
import { REALM_TABLE, REGION_ID, REGION_PLACEHOLDER } from './realms';

// The rules realms.ts and region-names.ts must keep. Imported by unit tests and build-time code
// only: the content script reads the tables as plain data and never bundles zod.

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

export const RegionSchema = z.strictObject({
  id: z.string().regex(REGION_ID, 'must look like us-ashburn-1'),
});

export const RealmSchema = z
  .strictObject({
    key: z.string().regex(/^oc\d+$/, 'must look like oc1'),
    name: z.string().trim().min(1),
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
    report('region', table.realms.flatMap((realm) => realm.regions.map((region) => region.id)));
    // A Console host without {region} decides its realm alone.
    report('fixed Console host', table.realms.flatMap((realm) => realm.consoleHosts.filter((host) => !host.includes(REGION_PLACEHOLDER))));
  });

const TABLE_REGIONS = new Set<string>(REALM_TABLE.realms.flatMap((realm) => realm.regions.map((region) => region.id)));

export const RegionNameTableSchema = z
  .strictObject({
    version: z.iso.date(),
    names: z.record(z.string(), z.string().trim().min(1)),
  })
  .superRefine((table, ctx) => {
    // Checked here rather than as the record's key schema, whose issues zod reports only as "Invalid key in record".
    for (const id of Object.keys(table.names)) {
      const report = (message: string) => ctx.addIssue({ code: 'custom', path: ['names', id], message: `"${id}" ${message}` });
      if (!REGION_ID.test(id)) report('must look like us-ashburn-1');
      // A name for a region the table lacks would never be shown: a mistyped id, or the table is behind.
      else if (!TABLE_REGIONS.has(id)) report('must be a region of the realm table (realms.ts)');
    }
  });
