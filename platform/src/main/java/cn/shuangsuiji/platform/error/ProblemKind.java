package cn.shuangsuiji.platform.error;

/** 问题类别 — what kind of refusal a {@link DomainProblem} is; the web edge maps it to an HTTP status. */
public enum ProblemKind {
    /** The input breaks a rule (422). */
    INVALID,
    /** The request is malformed (400). */
    BAD_REQUEST,
    /** The thing asked for does not exist (404). */
    NOT_FOUND,
    /** The request conflicts with the current state, e.g. a duplicate or a refused transition (409). */
    CONFLICT,
    /** An optimistic-concurrency precondition (If-Match) failed (412). */
    PRECONDITION_FAILED,
    /** A precondition header is required but missing (428). */
    PRECONDITION_REQUIRED,
    /** No valid access token (401). */
    UNAUTHENTICATED,
    /** The caller's roles or department do not allow it (403). */
    FORBIDDEN
}
