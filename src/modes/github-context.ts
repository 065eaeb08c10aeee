import type { ServerResolver } from '../dns/types.js';
import type { GitHubRepository } from '../github/repository.js';

/** What the pull-request and issue modes need besides the settings. */
export interface GitHubRunContext {
  repository: GitHubRepository;
  /** e.g. https://github.com, or a GitHub Enterprise Server's address. */
  serverUrl: string;
  resolvers: readonly ServerResolver[];
  now: Date;
  log: { info(message: string): void; warning(message: string): void };
}

export type Operation = 'created' | 'updated' | 'closed' | 'none';
