using MudBlazor;

namespace MppQueue.Admin.Home;

/// <summary>
/// One thing that needs someone now, on the administration's home: how urgent, what it is in a sentence, and where it
/// is handled (a page and the words of its link). <see cref="Kind"/> names the source, for tests and styling.
/// </summary>
public sealed record AttentionItem(string Kind, Severity Severity, string Title, string Text, string Link, string LinkText);
