using MppQueue.Core;
using MudBlazor;

namespace MppQueue.Kiosk;

/// <summary>
/// An icon for an agency, read from the kind of agency its name says it is: the same kinds of office sit in
/// every MPP in Indonesia, so a visitor who cannot read well still finds the police or the tax office.
/// </summary>
public static class AgencyIcons
{
    // Most specific first: "BPJS Ketenagakerjaan" before "BPJS Kesehatan", "pajak" after "Samsat".
    private static readonly (string Word, string Icon)[] _kinds =
    [
        ("ketenagakerjaan", Icons.Material.Filled.Engineering),
        ("kesehatan", Icons.Material.Filled.LocalHospital),
        ("kependudukan", Icons.Material.Filled.Badge),
        ("disdukcapil", Icons.Material.Filled.Badge),
        ("imigrasi", Icons.Material.Filled.FlightTakeoff),
        ("samsat", Icons.Material.Filled.DirectionsCar),
        ("polres", Icons.Material.Filled.LocalPolice),
        ("polisi", Icons.Material.Filled.LocalPolice),
        ("kepolisian", Icons.Material.Filled.LocalPolice),
        ("bank", Icons.Material.Filled.Savings),
        ("pertanahan", Icons.Material.Filled.Landscape),
        ("pajak", Icons.Material.Filled.ReceiptLong),
        ("perizinan", Icons.Material.Filled.Storefront),
        ("penanaman modal", Icons.Material.Filled.Storefront),
        ("dpmptsp", Icons.Material.Filled.Storefront),
        ("agama", Icons.Material.Filled.MenuBook),
        ("pengadilan", Icons.Material.Filled.Gavel),
        ("kantor pos", Icons.Material.Filled.LocalPostOffice),
    ];

    public static string For(Agency agency)
    {
        ArgumentNullException.ThrowIfNull(agency);
        var name = (agency.Id + " " + agency.Name + " " + agency.ShortName).ToLowerInvariant();
        foreach (var (word, icon) in _kinds)
        {
            if (name.Contains(word, StringComparison.Ordinal))
            {
                return icon;
            }
        }

        return Icons.Material.Filled.Apartment;
    }
}
