/** A console account as the Settings page lists it. */
export interface ConsoleUserRow {
  id: string;
  name: string;
  email: string;
  role: string;
  disabled: boolean;
  /** ISO 8601. */
  createdAt: string;
}
