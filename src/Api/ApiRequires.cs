using MppQueue.Core;

namespace MppQueue.Api;

/// <summary>
/// Endpoint metadata: the operation an /api/v1 endpoint needs. <see cref="ApiCallFilter"/> refuses a client without it
/// (403) before the handler runs, and refuses every call to an endpoint that names none, so a new endpoint that
/// forgets to say is closed, not open.
/// </summary>
public sealed record ApiRequires(ApiOperation Operation);
