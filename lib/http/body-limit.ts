/** Bodies are small JSON documents; anything bigger is refused before it is parsed. */
export const MAX_BODY_BYTES = 64 * 1024;
