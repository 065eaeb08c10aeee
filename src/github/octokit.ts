import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitLog {
  warning(message: string): void;
}

/** Retries at most this many times on a rate limit; past that the run fails and says why. */
const RATE_LIMIT_RETRIES = 2;

/**
 * An Octokit for the workflow's token that retries server errors and 429 (plugin-retry) and
 * waits out primary and secondary rate limits (plugin-throttling). Other 4xx answers are final:
 * retrying a 403 or a 422 only repeats the refusal. Writes are spaced as GitHub advises, which
 * keeps a run clear of secondary rate limits.
 */
export function createOctokit(token: string, baseUrl: string, log: OctokitLog, throttle: Record<string, unknown> = {}): Octokit {
  return getOctokit(
    token,
    {
      baseUrl,
      retry: { doNotRetry: [400, 401, 403, 404, 409, 410, 422, 451] },
      throttle: {
        onRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub API rate limit reached on ${options.method} ${options.url}; retrying after ${retryAfter} s.`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
        onSecondaryRateLimit: (retryAfter: number, options: { method: string; url: string }, _octokit: unknown, retryCount: number) => {
          log.warning(`GitHub API secondary rate limit on ${options.method} ${options.url}; retrying after ${retryAfter} s.`);
          return retryCount < RATE_LIMIT_RETRIES;
        },
        // Tests of the mode logic replace the limiter groups that space writes 1 s and notifying
        // writes 3 s apart; everything else runs as in production.
        ...throttle,
      },
    },
    retry,
    throttling,
  );
}
