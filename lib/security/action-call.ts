const UNREADABLE = 'This form could not be read. Reload the page and try again.';

/**
 * Why a server-action call cannot be read, or null when it can. Next answers
 * a body it cannot decode with a 500; this refuses it first, as the client's
 * fault, with a message. A call's arguments travel as a JSON array, or as
 * multipart form data. Reads a copy: the request itself goes on untouched.
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
    if (Array.isArray(JSON.parse(await copy.text()))) return null;
  } catch {
    // Not JSON at all: refused below.
  }
  return UNREADABLE;
}
