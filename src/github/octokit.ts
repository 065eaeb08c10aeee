import { getOctokit } from '@actions/github';
import { retry } from '@octokit/plugin-retry';
import { throttling } from '@octokit/plugin-throttling';

export type Octokit = ReturnType<typeof getOctokit>;

export interface OctokitLog {
  warning(message: string): void;
  /** When given, one line per request: its operation, status, time and rate-limit headroom (ACTIONS_STEP_DEBUG). */
  debug?(message: string): void;
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
  const octokit = getOctokit(
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
  const { debug } = log;
  if (debug) octokit.hook.wrap('request', (request, options) => logged(request, options, debug.bind(log)));
  return octokit;
}

interface RequestOptions {
  method: string;
  url: string;
  query?: unknown;
}

type Headers = Record<string, string | number | undefined>;

/**
 * One debug line per request, as the run saw it (after the plugins' retries): the route template
 * (no data from the request but a GraphQL operation's name), the status, the time and what is
 * left of the rate limit. Never the token, nor a request or response body.
 */
async function logged<O extends RequestOptions, T extends { status: number; headers: Headers }>(
  request: (options: O) => T | Promise<T>,
  options: O,
  debug: (message: string) => void,
): Promise<T> {
  const operation = typeof options.query === 'string' ? (/^\s*(?:query|mutation)\s+(\w+)/.exec(options.query)?.[1] ?? 'query') : '';
  const what = `GitHub ${options.method} ${options.url}${operation ? ` ${operation}` : ''}`;
  const started = performance.now();
  const took = () => `${Math.round(performance.now() - started)} ms`;
  try {
    const response = await request(options);
    debug(`${what}: ${response.status} in ${took()}${headroom(response.headers)}`);
    return response;
  } catch (error) {
    const failed = error as { status?: number; response?: { headers?: Headers } };
    debug(`${what}: ${failed.status ?? 'no answer'} in ${took()}${headroom(failed.response?.headers)}`);
    throw error;
  }
}

function headroom(headers: Headers | undefined): string {
  const remaining = headers?.['x-ratelimit-remaining'];
  const limit = headers?.['x-ratelimit-limit'];
  if (remaining === undefined) return '';
  return `; rate limit ${remaining}${limit === undefined ? '' : `/${limit}`} left${headers?.['x-ratelimit-resource'] ? ` (${headers['x-ratelimit-resource']})` : ''}`;
}
