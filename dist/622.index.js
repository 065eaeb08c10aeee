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
const BLOB = '{ ... on Blob { text isTruncated } }';
/**
 * The lock and the exports on the base branch, as `f0`, `f1`, ... fields: their variables, their
 * declarations and their selections. `HEAD:<path>` is a file on the default branch.
 */
function fileFields(request) {
    const files = [request.lockFile, ...request.files];
    const rev = request.base ? `refs/heads/${request.base}` : 'HEAD';
    return {
        variables: Object.fromEntries(files.map((file, i) => [`f${i}`, `${rev}:${file}`])),
        declarations: files.map((_, i) => `, $f${i}: String!`).join(''),
        selections: files.map((_, i) => `    f${i}: object(expression: $f${i}) ${BLOB}`).join('\n'),
    };
}
function stateQuery(request) {
    const files = fileFields(request);
    const variables = {
        owner: request.owner,
        repo: request.repo,
        head: request.branch,
        pending: `refs/heads/${request.branch}:${request.lockFile}`,
        ...files.variables,
    };
    if (request.base)
        variables.base = `refs/heads/${request.base}`;
    const ref = '{ name target { oid ... on Commit { tree { oid } } } }';
    const query = `query RepositoryState($owner: String!, $repo: String!, $head: String!, $pending: String!${request.base ? ', $base: String!' : ''}${files.declarations}) {
  repository(owner: $owner, name: $repo) {
    ${request.base ? `base: ref(qualifiedName: $base) ${ref}` : `base: defaultBranchRef ${ref}`}
    pullRequests(headRefName: $head, states: [OPEN], first: 5) { nodes { number url title body headRefOid baseRefName isCrossRepository } }
    pending: object(expression: $pending) ${BLOB}
${files.selections}
  }
}`;
    return { query, variables };
}
function blobText(blob, file) {
    if (!blob)
        return undefined;
    if (blob.isTruncated || blob.text === null)
        throw new Error(`${file} is too large or not text: GitHub did not return its content.`);
    return blob.text;
}
function readState(request, response) {
    const repository = response.repository;
    if (!repository)
        throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
    const pull = repository.pullRequests.nodes.find((p) => !p.isCrossRepository);
    const base = repository.base;
    return {
        base: base?.target.tree ? { name: base.name, oid: base.target.oid, treeOid: base.target.tree.oid } : undefined,
        open: pull && { number: pull.number, url: pull.url, title: pull.title, body: pull.body, headSha: pull.headRefOid, base: pull.baseRefName },
        files: new Map([request.lockFile, ...request.files].map((file, i) => [file, blobText(repository[`f${i}`], file)])),
        pending: blobText(repository.pending, `${request.lockFile} on ${request.branch}`),
    };
}
function issueStateQuery(request) {
    const files = fileFields(request);
    const query = `query IssueState($owner: String!, $repo: String!${files.declarations}) {
  repository(owner: $owner, name: $repo) {
    issues(states: [OPEN], first: 100, orderBy: { field: CREATED_AT, direction: ASC }) { nodes { number url body } pageInfo { hasNextPage } }
${files.selections}
  }
}`;
    return { query, variables: { owner: request.owner, repo: request.repo, ...files.variables } };
}
function readIssueState(request, response) {
    const repository = response.repository;
    if (!repository)
        throw new Error(`Repository ${request.owner}/${request.repo} is not visible to the token.`);
    return {
        issues: repository.issues.nodes,
        more: repository.issues.pageInfo.hasNextPage,
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
/** Pages of open issues read when looking for the one marked as ours, at 100 a page. */
const ISSUE_PAGES = 10;
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
    /** The open pull request, the base branch and the files pull-request mode needs, in one request. */
    async state(request) {
        const full = { ...request, ...this.name };
        const { query, variables } = stateQuery(full);
        return readState(full, await this.octokit.graphql(query, variables));
    }
    /**
     * The open issue holding `marker` and the files issue mode needs, in one request. Found by the
     * marker, never by its title; past the first hundred open issues the REST list is paged on.
     */
    async issueState(marker, request) {
        const full = { ...request, ...this.name };
        const { query, variables } = issueStateQuery(full);
        const state = readIssueState(full, await this.octokit.graphql(query, variables));
        const open = state.issues.find((issue) => issue.body.includes(marker));
        return { open: open ?? (state.more ? await this.findIssue(marker) : undefined), files: state.files };
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
    /** Points a branch at a commit, creating it or moving it (force: the branch is ours alone). */
    async moveBranch(branch, sha, exists) {
        if (exists) {
            await this.octokit.rest.git.updateRef({ ...this.name, ref: `heads/${branch}`, sha, force: true });
            return;
        }
        try {
            await this.octokit.rest.git.createRef({ ...this.name, ref: `refs/heads/${branch}`, sha });
        }
        catch (error) {
            // Another run created it a moment ago: move it instead.
            if (repository_status(error) !== 422)
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
        return pull && { number: pull.number, url: pull.html_url, title: pull.title, body: pull.body ?? '', headSha: pull.head.sha, base: pull.base.ref };
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
    /** The open issue whose body holds `marker`; found by the marker, never by its title. */
    async findIssue(marker) {
        for (let page = 1; page <= ISSUE_PAGES; page++) {
            const { data } = await this.octokit.rest.issues.listForRepo({ ...this.name, state: 'open', per_page: 100, page, sort: 'created', direction: 'asc' });
            const issue = data.find((i) => !i.pull_request && i.body?.includes(marker));
            if (issue)
                return { number: issue.number, url: issue.html_url, body: issue.body ?? '' };
            if (data.length < 100)
                return undefined;
        }
        return undefined;
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