namespace MppQueue.Admin.Reports;

/// <summary>
/// One table of a report download (a section of the CSV, a worksheet of the .xlsx). Cells are text
/// (<see cref="string"/>), whole numbers (<see cref="long"/>), decimals (<see cref="double"/>), days
/// (<see cref="DateOnly"/>) or empty (null).
/// </summary>
public sealed record ExportTable(string Name, IReadOnlyList<string> Headers, IReadOnlyList<IReadOnlyList<object?>> Rows);
