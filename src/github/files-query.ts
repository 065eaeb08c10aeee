import { BLOB, type BlobData, blobText } from './state-query.js';

/** Files read at one commit (or branch), and whether that commit exists at all. */
export interface FilesAt {
  /** False when the repository has no such commit: then no file could be read either. */
  exists: boolean;
  files: Map<string, string | undefined>;
}

/**
 * One query for files at several revisions (a commit SHA or `refs/heads/<branch>`), as fields
 * `r0`, `r0f0`, `r0f1`, ...: the check gate reads the base's lock and exports, and in a
 * pull_request_target run the head's too, in a single request.
 */
export function filesQuery(
  owner: string,
  repo: string,
  revisions: readonly string[],
  paths: readonly string[],
): { query: string; variables: Record<string, string> } {
  const variables: Record<string, string> = { owner, repo };
  const declarations: string[] = [];
  const selections: string[] = [];
  revisions.forEach((revision, r) => {
    variables[`r${r}`] = revision;
    declarations.push(`$r${r}: String!`);
    selections.push(`    r${r}: object(expression: $r${r}) { oid }`);
    paths.forEach((path, f) => {
      variables[`r${r}f${f}`] = `${revision}:${path}`;
      declarations.push(`$r${r}f${f}: String!`);
      selections.push(`    r${r}f${f}: object(expression: $r${r}f${f}) ${BLOB}`);
    });
  });
  const query = `query FilesAt($owner: String!, $repo: String!, ${declarations.join(', ')}) {
  repository(owner: $owner, name: $repo) {
${selections.join('\n')}
  }
}`;
  return { query, variables };
}

export interface FilesResponse {
  repository: Record<string, { oid: string } | BlobData | null> | null;
}

export function readFiles(owner: string, repo: string, revisions: readonly string[], paths: readonly string[], response: FilesResponse): FilesAt[] {
  const repository = response.repository;
  if (!repository) throw new Error(`Repository ${owner}/${repo} is not visible to the token.`);
  return revisions.map((revision, r) => ({
    exists: repository[`r${r}`] != null,
    files: new Map(paths.map((path, f) => [path, blobText(repository[`r${r}f${f}`] as BlobData | null, `${path} at ${revision}`)])),
  }));
}
