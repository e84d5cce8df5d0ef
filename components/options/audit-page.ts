// A log holds up to 5,000 records: drawing them all at once kept the options page busy for seconds,
// so the audit table draws the newest page and more on request (filters and the export still see
// every record).
export const AUDIT_PAGE_ROWS = 100;
