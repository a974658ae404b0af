const UNREADABLE = 'This form could not be read. Reload the page and try again.';

/**
 * Whether a value holds a string Next would read as a reference ("$K1",
 * "$@1", "$" …). Our pages send every action call as form data; a text body
 * with references is hand-made, and a malformed one makes Next answer 500.
 */
function holdsReference(value: unknown): boolean {
  if (typeof value === 'string') return value.startsWith('$');
  if (Array.isArray(value)) return value.some(holdsReference);
  if (typeof value === 'object' && value !== null) {
    return Object.entries(value).some(([key, entry]) => key.startsWith('$') || holdsReference(entry));
  }
  return false;
}

/**
 * Why a server-action call cannot be read, or null when it can. Next answers
 * a body it cannot decode with a 500; this refuses it first, as the client's
 * fault, with a message. A call's arguments travel as multipart form data,
 * or as a JSON array of plain values. Reads a copy: the request itself goes
 * on untouched.
 */
export async function unreadableActionCall(request: Request): Promise<string | null> {
  const copy = request.clone();
  if (request.headers.get('content-type')?.toLowerCase().startsWith('multipart/form-data')) {
    try {
      await copy.formData();
      return null;
    } catch {
      return UNREADABLE;
    }
  }
  try {
    const args: unknown = JSON.parse(await copy.text());
    if (Array.isArray(args) && !holdsReference(args)) return null;
  } catch {
    // Not JSON at all: refused below.
  }
  return UNREADABLE;
}
