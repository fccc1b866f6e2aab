import type { RetentionType } from '@/lib/queries/project-settings';

/**
 * The project data retention choices the API allows (openapi-admin.json,
 * UpdateProjectDataRetentionBody), in the spec's order, each said in plain words. The controls
 * other than "organization default" and "none" need OpenAI's prior approval for the organization.
 */
export interface RetentionChoice {
  type: RetentionType;
  label: string;
  meaning: string;
}

export const RETENTION_CHOICES: readonly RetentionChoice[] = [
  {
    type: 'organization_default',
    label: 'Organization default',
    meaning: 'The project follows whatever the organization has chosen, and changes with it.',
  },
  {
    type: 'none',
    label: 'No retention control',
    meaning:
      'Standard handling, whatever the organization chose: abuse monitoring logs may hold prompts and responses for up to 30 days.',
  },
  {
    type: 'zero_data_retention',
    label: 'Zero data retention',
    meaning:
      'Prompts and responses are kept out of abuse monitoring logs, and features that would store them (such as store: true on Responses and Chat Completions) are treated as off.',
  },
  {
    type: 'modified_abuse_monitoring',
    label: 'Modified abuse monitoring',
    meaning:
      'Prompts and responses are kept out of abuse monitoring logs, while features that store data (files, stored responses, assistants) keep working.',
  },
  {
    type: 'enhanced_zero_data_retention',
    label: 'Enhanced zero data retention',
    meaning: 'Zero data retention under the enhanced terms OpenAI agrees separately with an organization.',
  },
  {
    type: 'enhanced_modified_abuse_monitoring',
    label: 'Enhanced modified abuse monitoring',
    meaning: 'Modified abuse monitoring under the enhanced terms OpenAI agrees separately with an organization.',
  },
];

/** The choice for a type; an unknown type (a newer API) is shown by its own name. */
export function retentionChoice(type: string): RetentionChoice {
  return (
    RETENTION_CHOICES.find((choice) => choice.type === type) ?? {
      type: type as RetentionType,
      label: type.replace(/_/g, ' '),
      meaning: 'A setting this console does not know yet.',
    }
  );
}

/** What the confirm step says will change. */
export function describeRetentionChange(projectName: string, from: string, to: string): string {
  const before = retentionChoice(from).label;
  const after = retentionChoice(to);
  return `${projectName} changes from “${before}” to “${after.label}”: ${after.meaning.charAt(0).toLowerCase()}${after.meaning.slice(1)} This applies to requests made from now on.`;
}
