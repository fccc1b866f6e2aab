import 'server-only';
import type { UserObject } from '../../model';
import { randomIntBetween } from '../../random';
import { sessionActor, UNKNOWN_IP } from './seed-cast';
import type { SeedEvent } from './seed-events';
import type { Chapter, Story } from './seed-story';

// Dashboard sign-ins over the last LOGIN_DAYS days: people sign in on most working days, some
// more than others; now and then a mistyped password comes first, and once somebody else tried
// an owner's account from an address nobody uses.

const DAY = 86_400;
const HOUR = 3_600;
export const LOGIN_DAYS = 95;
/** With many people (the large preset) only a sample signs in, so the log stays a log. */
const MAX_SIGNING_IN = 300;

const WRONG_PASSWORD = {
  error_code: 'invalid_credentials',
  error_message: 'Wrong email or password.',
};
const WRONG_CODE = {
  error_code: 'mfa_failed',
  error_message: 'The verification code is incorrect.',
};

function signingIn(story: Story): UserObject[] {
  const everyone = [...story.users.values()];
  if (everyone.length <= MAX_SIGNING_IN) return everyone;
  const step = everyone.length / MAX_SIGNING_IN;
  return Array.from(
    { length: MAX_SIGNING_IN },
    (_, i) => everyone[Math.floor(i * step)] as UserObject,
  );
}

function dailyLogins(story: Story): SeedEvent[] {
  const events: SeedEvent[] = [];
  const people = signingIn(story).map((user) => ({ user, activity: 0.15 + story.random() * 0.6 }));
  for (let day = LOGIN_DAYS; day >= 1; day--) {
    const dayStart = story.base - day * DAY;
    const weekday = new Date(dayStart * 1000).getUTCDay();
    const weekend = weekday === 0 || weekday === 6;
    for (const { user, activity } of people) {
      if (user.added_at >= dayStart) continue;
      if (story.random() >= activity * (weekend ? 0.15 : 1)) continue;
      const at = dayStart + randomIntBetween(story.random, 7 * HOUR, 19 * HOUR);
      const actor = sessionActor(user);
      if (story.random() < 0.02) {
        const failure = story.random() < 0.7 ? WRONG_PASSWORD : WRONG_CODE;
        events.push({
          type: 'login.failed',
          at: at - randomIntBetween(story.random, 20, 240),
          actor,
          details: failure,
        });
      }
      events.push({ type: 'login.succeeded', at, actor });
    }
  }
  return events;
}

/** Three quick failures on a founder's account from an unknown address, 45 days ago. */
function strangerAttempts(story: Story): SeedEvent[] {
  const target = story.owners.founders[0];
  if (!target) return [];
  const start = story.base - 45 * DAY + 2 * HOUR + randomIntBetween(story.random, 0, HOUR);
  const actor = sessionActor(target, { ip: UNKNOWN_IP });
  return [0, 70, 150].map((offset) => ({
    type: 'login.failed',
    at: start + offset,
    actor,
    details: WRONG_PASSWORD,
  }));
}

export const loginChapter: Chapter = (story) => [...dailyLogins(story), ...strangerAttempts(story)];
