import type { Actor, CommitFacts } from '../github/state-query.js';

/**
 * Who the token acts as. GitHub names it through GraphQL's `viewer`: `github-actions[bot]` for the
 * workflow's token, `<app>[bot]` for a GitHub App's, the user's login for a personal token.
 */
export interface Identity {
  login: string;
  bot: boolean;
}

/** The workflow's own token: what a run assumes when GitHub does not let the token read `viewer`. */
export const WORKFLOW_TOKEN_IDENTITY = 'github-actions[bot]';

export function identityOf(viewer: string | undefined): Identity {
  const login = viewer ?? WORKFLOW_TOKEN_IDENTITY;
  return { login, bot: login.endsWith('[bot]') };
}

/** The trailer of every commit vipps-ip-lock makes, so its own commits are told from other automation's. */
export const COMMIT_TRAILER = 'Resolved by vipps-ip-lock from Vipps MobilePay DNS.';

// GraphQL names a bot `github-actions` where REST and `viewer` say `github-actions[bot]`.
const bare = (login: string) => login.replace(/\[bot\]$/, '').toLowerCase();

/** The actor is the token's identity: same login, and a bot only when the identity is one. */
export function isIdentity(actor: Actor | { login: string; type: string } | undefined, identity: Identity): boolean {
  if (!actor) return false;
  return bare(actor.login) === bare(identity.login) && (actor.type === 'Bot') === identity.bot;
}

/** A pull request or an issue the token itself opened. */
export function openedByIdentity(node: { viewerDidAuthor: boolean; author: Actor | undefined }, identity: Identity): boolean {
  return node.viewerDidAuthor || isIdentity(node.author, identity);
}

/** Nobody but the token's identity edited the body after it was written: what it says is what the action wrote. */
export function bodyUntouched(node: { editor: Actor | undefined }, identity: Identity): boolean {
  return node.editor === undefined || isIdentity(node.editor, identity);
}

const literal = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/**
 * A commit vipps-ip-lock made with this token: authored by the identity, carrying the action's
 * trailer, and, for a bot, made and signed by GitHub itself (anyone can write any author into a
 * commit they push; only GitHub signs a commit the API made). A bot's commit email is
 * `<id>+<login>@users.noreply.<host>`.
 */
export function commitByIdentity(commit: CommitFacts, identity: Identity): boolean {
  if (!commit.message.includes(COMMIT_TRAILER)) return false;
  const email = new RegExp(`^(\\d+\\+)?${literal(identity.login)}@users\\.noreply\\.`, 'i');
  if (identity.bot) return commit.signedByGitHub && email.test(commit.author.email);
  return commit.author.login?.toLowerCase() === identity.login.toLowerCase() || email.test(commit.author.email);
}

/** `alice`, `github-actions[bot]`: how the summary names whoever wrote something. */
export function named(actor: Actor | undefined): string {
  if (!actor) return 'a deleted account';
  return actor.type === 'Bot' && !actor.login.endsWith('[bot]') ? `@${actor.login}[bot]` : `@${actor.login}`;
}
