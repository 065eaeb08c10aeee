"use strict";
exports.id = 622;
exports.ids = [622];
exports.modules = {

/***/ 4622:
/***/ ((__unused_webpack_module, __webpack_exports__, __webpack_require__) => {


// EXPORTS
__webpack_require__.d(__webpack_exports__, {
  GitHubRepository: () => (/* binding */ GitHubRepository)
});

;// CONCATENATED MODULE: ./lib/github/state-query.js
/**
 * One query instead of one REST request each for the open pull request, the base branch, the
 * lock, the pending lock and every export: with nothing open and no drift, a run reads once.
 * `HEAD:<path>` names a file on the default branch without knowing the branch's name.
 */
const BLOB = '{ ... on Blob { text isTruncated isBinary } }';
/** Who the token is: a line of its own, so that a read can be repeated without it. */
const VIEWER = '  viewer { login }\n';
const ACTOR = '{ __typename login }';
/** What tells an action's own commit from anyone else's. */
const COMMIT = `{ oid ... on Commit { message changedFilesIfAvailable parents(first: 2) { nodes { oid } } author { email user { login } } signature { isValid wasSignedByGitHub } } }`;
/**
 * Files as `<prefix>0`, `<prefix>1`, ... fields at one revision: their variables, their
 * declarations and their selections. `HEAD:<path>` is a file on the default branch.
 */
function fileFields(files, rev, prefix) {
    return {
        variables: Object.fromEntries(files.map((file, i) => [`${prefix}${i}`, `${rev}:${file}`])),
        declarations: files.map((_, i) => `, $${prefix}${i}: String!`).join(''),
        selections: files.map((_, i) => `    ${prefix}${i}: object(expression: $${prefix}${i}) ${BLOB}`).join('\n'),
    };
}
const baseFiles = (request) => fileFields([request.lockFile, ...request.files], request.base ? `refs/heads/${request.base}` : 'HEAD', 'f');
function stateQuery(request) {
    const files = baseFiles(request);
    const onBranch = fileFields([request.lockFile, ...request.files], `refs/heads/${request.branch}`, 'p');
    const variables = {
        owner: request.owner,
        repo: request.repo,
        head: request.branch,
        headRef: `refs/heads/${request.branch}`,
        ...files.variables,
        ...onBranch.variables,
    };
    if (request.base)
        variables.base = `refs/heads/${request.base}`;
    const ref = '{ name target { oid ... on Commit { tree { oid } } } }';
    const pull = `number url title body headRefOid baseRefName isCrossRepository viewerDidAuthor author ${ACTOR} editor ${ACTOR}`;
    const query = `query RepositoryState($owner: String!, $repo: String!, $head: String!, $headRef: String!${request.base ? ', $base: String!' : ''}${files.declarations}${onBranch.declarations}) {
${VIEWER}  repository(owner: $owner, name: $repo) {
    ${request.base ? `base: ref(qualifiedName: $base) ${ref}` : `base: defaultBranchRef ${ref}`}
    pullRequests(headRefName: $head, states: [OPEN], first: 100) { nodes { ${pull} } }
    branch: ref(qualifiedName: $headRef) { target ${COMMIT} }
${files.selections}
${onBranch.selections}
  }
}`;
    return { query, variables };
}
function blobText(blob, file) {
    if (!blob)
        return undefined;
    if (blob.isTruncated || blob.isBinary || blob.text === null)
        throw new Error(`${file} is too large or not text: GitHub did not return its content.`);
    return blob.text;
}
/** A file on the update branch: anything GitHub cannot show as text is `unreadable`, never an error. */
function branchText(blob) {
    if (!blob)
        return undefined;
    return blob.isTruncated || blob.isBinary || blob.text === null ? 'unreadable' : blob.text;
}
function actorOf(data) {
    return data ? { type: data.__typename, login: data.login } : undefined;
}
function commitOf(data) {
    return {
        oid: data.oid,
        message: data.message,
        parents: data.parents.nodes.map((p) => p.oid),
        author: { email: data.author?.email ?? '', login: data.author?.user?.login },
        signedByGitHub: Boolean(data.signature?.isValid && data.signature.wasSignedByGitHub),
        changedFiles: data.changedFilesIfAvailable ?? undefined,
    };
}
function readState(request, response) {
    const repository = response.repository;
    if (!repository)
        throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
    const base = repository.base;
    const files = [request.lockFile, ...request.files];
    const pulls = repository.pullRequests.nodes.map((p) => ({
        number: p.number,
        url: p.url,
        title: p.title,
        body: p.body,
        headSha: p.headRefOid,
        base: p.baseRefName,
        fromFork: p.isCrossRepository,
        author: actorOf(p.author),
        editor: actorOf(p.editor),
        viewerDidAuthor: p.viewerDidAuthor,
    }));
    return {
        viewer: response.viewer?.login,
        base: base?.target.tree ? { name: base.name, oid: base.target.oid, treeOid: base.target.tree.oid } : undefined,
        pulls,
        files: new Map(files.map((file, i) => [file, blobText(repository[`f${i}`], file)])),
        branchHead: repository.branch ? commitOf(repository.branch.target) : undefined,
        branchFiles: new Map(files.map((file, i) => [file, branchText(repository[`p${i}`])])),
    };
}
/** The commits on a branch that its base does not hold: the second read, made only when the branch is not plainly ours. */
function comparisonQuery(request) {
    const query = `query BranchComparison($owner: String!, $repo: String!, $base: String!, $head: String!) {
  repository(owner: $owner, name: $repo) {
    ref(qualifiedName: $base) { compare(headRef: $head) { aheadBy commits(first: ${COMPARED_COMMITS}) { nodes ${COMMIT} } } }
  }
}`;
    return { query, variables: { owner: request.owner, repo: request.repo, base: `refs/heads/${request.base}`, head: request.branch } };
}
/** Commits read from a branch that is not the base's; a branch further ahead is not the action's. */
const COMPARED_COMMITS = 20;
const ISSUE = `number url title body viewerDidAuthor author ${ACTOR} editor ${ACTOR}`;
const ISSUES = `issues(states: [OPEN], first: 100, after: $after, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { ${ISSUE} } pageInfo { hasNextPage endCursor } }`;
function issueStateQuery(request) {
    const files = baseFiles(request);
    const query = `query IssueState($owner: String!, $repo: String!, $after: String${files.declarations}) {
${VIEWER}  repository(owner: $owner, name: $repo) {
    ${ISSUES}
${files.selections}
  }
}`;
    return { query, variables: { owner: request.owner, repo: request.repo, ...files.variables } };
}
/** One more page of open issues, for a repository with more than a hundred. */
function issuePageQuery(request) {
    const query = `query IssuePage($owner: String!, $repo: String!, $after: String) {
  repository(owner: $owner, name: $repo) {
    ${ISSUES}
  }
}`;
    return { query, variables: request };
}
function readIssuePage(response, request) {
    const repository = response.repository;
    if (!repository)
        throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
    const { nodes, pageInfo } = repository.issues;
    return {
        issues: nodes.map((i) => ({ ...i, author: actorOf(i.author), editor: actorOf(i.editor) })),
        next: pageInfo.hasNextPage ? (pageInfo.endCursor ?? undefined) : undefined,
    };
}
function readIssueState(request, response) {
    const page = readIssuePage(response, request);
    const repository = response.repository;
    return {
        viewer: response.viewer?.login,
        ...page,
        files: new Map([request.lockFile, ...request.files].map((file, i) => [file, blobText(repository[`f${i}`], file)])),
    };
}

;// CONCATENATED MODULE: ./lib/github/files-query.js

/**
 * One query for files at several revisions (a commit SHA or `refs/heads/<branch>`), as fields
 * `r0`, `r0f0`, `r0f1`, ...: the check gate reads the base's lock and exports, and in a
 * pull_request_target run the head's too, in a single request.
 */
function filesQuery(owner, repo, revisions, paths) {
    const variables = { owner, repo };
    const declarations = [];
    const selections = [];
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
function readFiles(owner, repo, revisions, paths, response) {
    const repository = response.repository;
    if (!repository)
        throw new Error(`Repository ${owner}/${repo} is not visible to the token.`);
    return revisions.map((revision, r) => ({
        exists: repository[`r${r}`] != null,
        files: new Map(paths.map((path, f) => [path, blobText(repository[`r${r}f${f}`], `${path} at ${revision}`)])),
    }));
}

;// CONCATENATED MODULE: ./lib/github/repository.js


function repository_status(error) {
    return typeof error === 'object' && error !== null && 'status' in error ? Number(error.status) : undefined;
}
/** Pages of open issues read when looking for the ones marked as ours, at 100 a page. */
const ISSUE_PAGES = 10;
/**
 * Runs a GraphQL read that also asks who the token is (`viewer`). Not every token may read
 * `viewer`: GitHub then answers an error for it, with the rest of the data, or (the field being
 * non-null) with no data at all. The rest is used, or read again without `viewer`; the viewer is
 * then unknown and the caller assumes the workflow's token.
 */
async function readAllowingViewerRefusal(octokit, query, variables) {
    try {
        return await octokit.graphql(query, variables);
    }
    catch (error) {
        const { errors, data } = error;
        if (!Array.isArray(errors) || errors.length === 0 || !errors.every((e) => e.path?.[0] === 'viewer'))
            throw error;
        if (data)
            return { ...data, viewer: null };
        return { ...(await octokit.graphql(query.replace(VIEWER, ''), variables)), viewer: null };
    }
}
/**
 * The GitHub port: the few things vipps-ip-lock does with a repository, each named for its intent.
 * Reads are one GraphQL query each; writes are REST requests. Nothing here decides what to do.
 */
class GitHubRepository {
    octokit;
    name;
    constructor(octokit, name) {
        this.octokit = octokit;
        this.name = name;
    }
    /**
     * The open pull requests from the update branch's name, the base branch, the update branch's head
     * commit, and the files pull-request mode needs on both branches, in one request.
     */
    async state(request) {
        const full = { ...request, ...this.name };
        const { query, variables } = stateQuery(full);
        return readState(full, await readAllowingViewerRefusal(this.octokit, query, variables));
    }
    /** The commits `branch` holds that `base` does not, with who made them. */
    async compare(base, branch) {
        const { query, variables } = comparisonQuery({ ...this.name, base, branch });
        const compare = (await this.octokit.graphql(query, variables)).repository?.ref?.compare;
        return compare ? { aheadBy: compare.aheadBy, commits: compare.commits.nodes.map(commitOf) } : undefined;
    }
    /** The head commit of `branch`, read again when another run may have just created it. */
    async branchHead(branch) {
        const query = `query BranchHead($owner: String!, $repo: String!, $ref: String!) {
  repository(owner: $owner, name: $repo) { ref(qualifiedName: $ref) { target ${COMMIT} } }
}`;
        const response = await this.octokit.graphql(query, { ...this.name, ref: `refs/heads/${branch}` });
        const target = response.repository?.ref?.target;
        return target ? commitOf(target) : undefined;
    }
    /**
     * Every open issue (oldest first, up to a thousand) with who wrote and last edited it, and the
     * files issue mode needs, read in one request while a repository has at most a hundred open issues.
     */
    async issueState(request) {
        const full = { ...request, ...this.name };
        const { query, variables } = issueStateQuery(full);
        const state = readIssueState(full, await readAllowingViewerRefusal(this.octokit, query, variables));
        return { ...state, issues: [...state.issues, ...(await this.morePages(state.next))], next: undefined };
    }
    /** Every open issue, oldest first, up to a thousand. */
    async openIssues() {
        return this.morePages(null);
    }
    /** Open issues from the cursor `after` on (null: from the first); undefined: there are no more. */
    async morePages(after) {
        const issues = [];
        for (let page = 0; after !== undefined && page < ISSUE_PAGES; page++) {
            const { query, variables } = issuePageQuery({ ...this.name, after });
            const read = readIssuePage(await this.octokit.graphql(query, variables), this.name);
            issues.push(...read.issues);
            after = read.next;
        }
        return issues;
    }
    /** The same files at each revision (a commit SHA or `refs/heads/<branch>`), in one request. */
    async filesAt(revisions, paths) {
        const { owner, repo } = this.name;
        const { query, variables } = filesQuery(owner, repo, revisions, paths);
        return readFiles(owner, repo, revisions, paths, await this.octokit.graphql(query, variables));
    }
    /**
     * Commits files on top of `parent` in one commit through the Git Data API. With the workflow's token the
     * commit is made by GitHub itself and shows as verified; no git binary or checkout is needed.
     */
    async commitFiles(parent, files, message) {
        const { data: tree } = await this.octokit.rest.git.createTree({
            ...this.name,
            base_tree: parent.treeOid,
            tree: [...files].map(([path, content]) => ({ path, mode: '100644', type: 'blob', content })),
        });
        const { data: commit } = await this.octokit.rest.git.createCommit({ ...this.name, message, tree: tree.sha, parents: [parent.oid] });
        return commit.sha;
    }
    /**
     * Points a branch at a commit, creating it or moving it. The caller has checked that an existing
     * branch is its own to move; when the branch appears between that check and the write (another
     * run created it a moment ago), `mayMove` decides again, and a branch that is not its own is
     * left as it is.
     */
    async moveBranch(branch, sha, exists, mayMove) {
        if (exists) {
            await this.octokit.rest.git.updateRef({ ...this.name, ref: `heads/${branch}`, sha, force: true });
            return;
        }
        try {
            await this.octokit.rest.git.createRef({ ...this.name, ref: `refs/heads/${branch}`, sha });
        }
        catch (error) {
            if (repository_status(error) !== 422 || !(await mayMove()))
                throw error;
            await this.octokit.rest.git.updateRef({ ...this.name, ref: `heads/${branch}`, sha, force: true });
        }
    }
    async deleteBranch(branch) {
        try {
            await this.octokit.rest.git.deleteRef({ ...this.name, ref: `heads/${branch}` });
        }
        catch (error) {
            if (repository_status(error) !== 422 && repository_status(error) !== 404)
                throw error;
        }
    }
    /** The open pull request from `branch` (into `base`, when given). */
    async openPullRequest(branch, base) {
        const { data } = await this.octokit.rest.pulls.list({
            ...this.name,
            state: 'open',
            head: `${this.name.owner}:${branch}`,
            ...(base ? { base } : {}),
            per_page: 1,
        });
        const pull = data[0];
        return (pull && {
            number: pull.number,
            url: pull.html_url,
            title: pull.title,
            body: pull.body ?? '',
            headSha: pull.head.sha,
            base: pull.base.ref,
            user: pull.user ? { login: pull.user.login, type: pull.user.type } : undefined,
        });
    }
    async createPullRequest(input) {
        const { data } = await this.octokit.rest.pulls.create({
            ...this.name,
            head: input.branch,
            base: input.base,
            title: input.title,
            body: input.body,
            draft: input.draft,
        });
        return { number: data.number, url: data.html_url, title: data.title, body: data.body ?? '', headSha: data.head.sha, base: data.base.ref };
    }
    async updatePullRequest(number, title, body) {
        await this.octokit.rest.pulls.update({ ...this.name, pull_number: number, title, body });
    }
    async closePullRequest(number, comment) {
        await this.comment(number, comment);
        await this.octokit.rest.pulls.update({ ...this.name, pull_number: number, state: 'closed' });
    }
    async requestReviewers(number, reviewers) {
        if (reviewers.length)
            await this.octokit.rest.pulls.requestReviewers({ ...this.name, pull_number: number, reviewers });
    }
    /** Labels and assignees, on an issue or a pull request. */
    async label(number, labels, assignees) {
        if (labels.length)
            await this.octokit.rest.issues.addLabels({ ...this.name, issue_number: number, labels });
        if (assignees.length)
            await this.octokit.rest.issues.addAssignees({ ...this.name, issue_number: number, assignees });
    }
    async createIssue(input) {
        const { data } = await this.octokit.rest.issues.create({ ...this.name, ...input });
        return { number: data.number, url: data.html_url, body: data.body ?? '' };
    }
    async updateIssue(number, title, body) {
        await this.octokit.rest.issues.update({ ...this.name, issue_number: number, title, body });
    }
    async comment(number, body) {
        await this.octokit.rest.issues.createComment({ ...this.name, issue_number: number, body });
    }
    async closeIssue(number, comment) {
        await this.comment(number, comment);
        await this.octokit.rest.issues.update({ ...this.name, issue_number: number, state: 'closed', state_reason: 'completed' });
    }
}


/***/ })

};
;