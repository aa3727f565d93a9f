using MppQueue.Core;

namespace MppQueue.Storage.Documents;

/// <summary>The stored shape of one <see cref="StandardLine"/> (not "Id": LiteDB would take that for a key).</summary>
internal sealed class StandardLineDocument
{
    public string Indonesian { get; set; } = string.Empty;

    public string English { get; set; } = string.Empty;

    public static StandardLineDocument From(StandardLine line) => new() { Indonesian = line.Id, English = line.En };

    public StandardLine ToLine() => new(Indonesian ?? string.Empty, English ?? string.Empty);
}
