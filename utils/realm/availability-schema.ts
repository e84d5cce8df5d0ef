import { z } from 'zod';

// The rules availability.ts must keep. Imported by unit tests and build-time code only, so the
// content script does not bundle zod.

export const AvailabilitySourceSchema = z.strictObject({
  title: z.string().trim().min(1),
  wording: z.string().trim().min(1),
  url: z.url({ protocol: /^https$/ }),
});

export const AvailabilityTableSchema = z
  .strictObject({
    version: z.iso.date(),
    sources: z.record(z.string().min(1), AvailabilitySourceSchema),
    realms: z.record(z.string().regex(/^oc\d+$/, 'must look like oc1'), z.strictObject({ available: z.boolean(), source: z.string() })),
  })
  .superRefine((table, ctx) => {
    for (const [realm, row] of Object.entries(table.realms)) {
      if (!Object.hasOwn(table.sources, row.source)) {
        ctx.addIssue({ code: 'custom', path: ['realms', realm, 'source'], message: `names source "${row.source}", which sources does not list` });
      }
    }
  });
