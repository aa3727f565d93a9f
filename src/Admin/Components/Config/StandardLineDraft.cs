namespace MppQueue.Admin.Components.Config;

/// <summary>One line of a standard's list as typed: its Indonesian and English text.</summary>
public sealed class StandardLineDraft
{
    public string? Id { get; set; }

    public string? En { get; set; }
}
