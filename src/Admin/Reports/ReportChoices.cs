using MppQueue.Core;

namespace MppQueue.Admin.Reports;

/// <summary>
/// What the report page's filters offer. An agency supervisor sees only their own agency (the scope); otherwise the
/// agency chosen on the form narrows the services, desks and officers, so no choice makes an empty report by
/// mixing agencies. A plain class, so the rules are tested without rendering.
/// </summary>
public static class ReportChoices
{
    /// <summary>The agency the lists are narrowed to: the scope, else the form's agency; null for all.</summary>
    public static string? AgencyFilter(string? scope, ReportForm form)
    {
        ArgumentNullException.ThrowIfNull(form);
        return scope ?? (form.AgencyId.Length == 0 ? null : form.AgencyId);
    }

    /// <summary>Agencies in their order, then by name; only the scope's own for an agency supervisor.</summary>
    public static IEnumerable<Agency> Agencies(SiteCatalog catalog, string? scope)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Agencies.Values
            .Where(a => scope is null || a.Id == scope)
            .OrderBy(a => a.SortOrder).ThenBy(a => a.Name, StringComparer.CurrentCulture);
    }

    /// <summary>Services by prefix, of <paramref name="agency"/> when one is set.</summary>
    public static IEnumerable<Service> Services(SiteCatalog catalog, string? agency)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Services.Values
            .Where(s => agency is null || s.AgencyId == agency)
            .OrderBy(s => s.Prefix, StringComparer.Ordinal);
    }

    /// <summary>Desks by number, of <paramref name="agency"/> when one is set.</summary>
    public static IEnumerable<Desk> Desks(SiteCatalog catalog, string? agency)
    {
        ArgumentNullException.ThrowIfNull(catalog);
        return catalog.Desks.Values
            .Where(d => agency is null || d.AgencyId == agency)
            .OrderBy(d => d.Number);
    }

    /// <summary>Officers (not supervisors or admins: they serve no tickets) by name, of <paramref name="agency"/> when one is set.</summary>
    public static IEnumerable<Officer> Officers(IEnumerable<Officer> officers, string? agency)
    {
        ArgumentNullException.ThrowIfNull(officers);
        return officers
            .Where(o => o.Role == OfficerRole.Officer && (agency is null || o.AgencyId == agency))
            .OrderBy(o => o.DisplayName, StringComparer.CurrentCulture);
    }
}
