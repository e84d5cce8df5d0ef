import type { FindingLocation } from '@/utils/findings/finding';

/** Where a finding applies, in the form's own words (rows are numbered from 1 as the user sees them). */
export function locationLabel(location: FindingLocation): string {
  switch (location.kind) {
    case 'pair': {
      const row = `Scope row ${location.index + 1}`;
      return location.field === 'pair' ? row : `${row}, ${location.field}`;
    }
    case 'name':
      return 'Name';
    case 'description':
      return 'Description';
    case 'draft':
      return 'Whole credential';
  }
}
