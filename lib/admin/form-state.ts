/** What a form's server action answers: a general error, errors per field, and values to keep. */
export interface FormState {
  error: string | null;
  fieldErrors?: Record<string, string>;
  values?: Record<string, string>;
}

export type FormAction = (previous: FormState, form: FormData) => Promise<FormState>;

export const INITIAL_FORM_STATE: FormState = { error: null };
