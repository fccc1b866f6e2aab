import { describe, expect, it } from 'vitest';
import { describeRetentionChange, RETENTION_CHOICES, retentionChoice } from './retention-choices';

describe('retention choices', () => {
  it('offers exactly the types the API allows for a project', () => {
    expect(RETENTION_CHOICES.map((c) => c.type)).toEqual([
      'organization_default',
      'none',
      'zero_data_retention',
      'modified_abuse_monitoring',
      'enhanced_zero_data_retention',
      'enhanced_modified_abuse_monitoring',
    ]);
  });
  it('names an unknown type by itself rather than failing', () => {
    expect(retentionChoice('future_mode').label).toBe('future mode');
  });
  it('says what changes', () => {
    expect(describeRetentionChange('Fleet', 'organization_default', 'zero_data_retention')).toMatch(
      /^Fleet changes from “Organization default” to “Zero data retention”: prompts and responses are kept out/,
    );
  });
});
