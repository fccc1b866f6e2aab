export interface SecretForm {
  label: string;
  needle: Buffer;
}
export interface Place {
  where: string;
  bytes: Buffer;
}
export function base64Inside(text: string, alphabet?: 'base64' | 'base64url'): string[];
export function secretForms(secret: string, suffix?: string): SecretForm[];
export function scanPlaces<T extends Place>(places: T[], forms: SecretForm[]): { bytes: number; places: number; hits: (T & { labels: string[] })[] };
