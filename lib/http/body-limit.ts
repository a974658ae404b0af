/** Bodies are small JSON documents; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;

/**
 * The most a server-action call may carry: Next's own limit
 * (`serverActions.bodySizeLimit`, 1 MB unless configured). The proxy reads
 * action calls before Next does, so it stops where Next would; a different
 * limit in next.config must be set from this constant, or the two drift apart.
 */
export const MAX_ACTION_BODY_BYTES = 1024 * 1024;
