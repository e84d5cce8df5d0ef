import type { Severity } from '@/utils/findings/finding';

export const SEVERITY_LABEL: Record<Severity, string> = {
  error: 'Error',
  security_warning: 'Security warning',
  warning: 'Warning',
  suggestion: 'Suggestion',
};
