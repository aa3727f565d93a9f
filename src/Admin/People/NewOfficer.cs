using MppQueue.Core;

namespace MppQueue.Admin.People;

/// <summary>What an admin or supervisor enters to create an account. <see cref="AgencyId"/> null means the whole MPP.</summary>
public sealed record NewOfficer(string UserName, string DisplayName, OfficerRole Role, string? AgencyId, string Password, IReadOnlyList<string>? RegionSites = null);
