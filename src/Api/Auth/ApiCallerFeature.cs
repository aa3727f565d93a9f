using MppQueue.Core;

namespace MppQueue.Api.Auth;

/// <summary>The API client a request authenticated as, kept on the request for the endpoints (<see cref="ApiRequest.Caller"/>).</summary>
public sealed record ApiCallerFeature(ApiCaller Caller);
