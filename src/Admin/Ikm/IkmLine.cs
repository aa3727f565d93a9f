using MppQueue.Core;

namespace MppQueue.Admin.Ikm;

/// <summary>One line of the index as a person reads it: the whole MPP, an agency or a service, named in their language.</summary>
/// <param name="AgencyName">The agency's full name; empty for the whole MPP.</param>
/// <param name="ShortName">What a table row shows: the agency's short name, the service's name, or the words for the whole MPP.</param>
/// <param name="ServiceName">The service's name; empty unless the line is a service.</param>
public sealed record IkmLine(string AgencyName, string ShortName, string ServiceName, IkmResult Result)
{
    public IkmScope Scope => Result.Scope;

    public string Key => Result.Key;
}
