using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>One agency's quota use: its services' lines in the catalogue's order and their total (its key is the agency's id).</summary>
public sealed record QuotaUseGroup(string AgencyId, IReadOnlyList<QuotaUseLine> Lines, QuotaUseLine Total);
