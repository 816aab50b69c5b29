/** An API answer that is not a success, as the services describe it (RFC 9457 problem+json). */
export class ApiError extends Error {
  override readonly name = 'ApiError';
  constructor(
    readonly status: number,
    /** Stable code, e.g. `SESSION_FULL`; `NETWORK` when the server could not be reached. */
    readonly code: string,
    readonly detail: string | undefined,
    /** Field path (e.g. `email`, `recurrence.until`) → the server's message for it. */
    readonly fieldErrors: Record<string, string> = {},
    /** The server's one-line summary, in the language the page asked for. */
    readonly title?: string,
  ) {
    super(detail ?? code);
  }
}

interface ProblemBody {
  code?: unknown;
  detail?: unknown;
  title?: unknown;
  errors?: unknown;
}

export async function problemFrom(response: Response): Promise<ApiError> {
  const body = (await response.json().catch(() => ({}))) as ProblemBody;
  const fields: Record<string, string> = {};
  if (Array.isArray(body.errors))
    for (const entry of body.errors as { path?: unknown; message?: unknown }[])
      if (typeof entry.path === 'string')
        fields[entry.path] = typeof entry.message === 'string' ? entry.message : '';
  const code = typeof body.code === 'string' ? body.code : `HTTP_${response.status}`;
  const detail = typeof body.detail === 'string' ? body.detail : undefined;
  const title = typeof body.title === 'string' ? body.title : undefined;
  return new ApiError(response.status, code, detail, fields, title);
}
