namespace MppQueue.Core;

/// <summary>
/// One line of a service standard's list (a requirement, a step of the procedure), in Indonesian and English.
/// An empty English text reads as the Indonesian one, so a supervisor may fill the English later.
/// </summary>
public sealed record StandardLine(string Id, string En)
{
    /// <summary>The line in the language asked for.</summary>
    public string In(bool english) => english && !string.IsNullOrWhiteSpace(En) ? En : Id;

    // The audit trail reads lists through ToString: the words, not the record's shape.
    public override string ToString() => string.IsNullOrEmpty(En) ? Id : Id + " / " + En;
}
