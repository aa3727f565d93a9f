namespace MppQueue.Core;

/// <summary>
/// Who works at which desk of the demo MPP in its history: the ten demo officers at their agency's first desk and
/// twenty colleagues at the others, one officer per desk. The colleagues are accounts without a password (nobody signs
/// in as them until an admin or their agency's supervisor sets one); they exist so that the history's moves and desk
/// sessions name real accounts, as the engine's always do.
/// </summary>
public static class DemoStaff
{
    private static readonly IReadOnlyList<Member> _members =
    [
        Demo("loket-01", "disdukcapil", Gender.Woman),
        Colleague("loket-02", "disdukcapil", "dewi.anggraini", "Dewi Anggraini", Gender.Woman),
        Colleague("loket-03", "disdukcapil", "andi.firmansyah", "Andi Firmansyah", Gender.Man),
        Colleague("loket-04", "disdukcapil", "siti.aminah", "Siti Aminah", Gender.Woman),
        Colleague("loket-05", "disdukcapil", "yohanes.situmorang", "Yohanes Situmorang", Gender.Man, prays: false),
        Colleague("loket-06", "disdukcapil", "putri.maharani", "Putri Maharani", Gender.Woman),
        Demo("loket-07", "imigrasi", Gender.Man),
        Colleague("loket-08", "imigrasi", "rizky.ramadhan", "Rizky Ramadhan", Gender.Man),
        Demo("loket-09", "samsat", Gender.Woman),
        Colleague("loket-10", "samsat", "joko.susilo", "Joko Susilo", Gender.Man),
        Colleague("loket-11", "samsat", "lestari.handayani", "Lestari Handayani", Gender.Woman),
        Colleague("loket-12", "samsat", "bambang.wijaya", "Bambang Wijaya", Gender.Man),
        Demo("loket-13", "polres", Gender.Man),
        Colleague("loket-14", "polres", "eko.nugroho", "Eko Nugroho", Gender.Man),
        Colleague("loket-15", "polres", "niluh.ayu", "Ni Luh Putu Ayu Lestari", Gender.Woman, prays: false),
        Demo("loket-16", "bank-daerah", Gender.Woman),
        Colleague("loket-17", "bank-daerah", "maya.sari", "Maya Sari", Gender.Woman),
        Demo("loket-18", "bpjs-kesehatan", Gender.Man),
        Colleague("loket-19", "bpjs-kesehatan", "indah.permatasari", "Indah Permatasari", Gender.Woman),
        Demo("loket-20", "bpjs-ketenagakerjaan", Gender.Woman),
        Colleague("loket-21", "bpjs-ketenagakerjaan", "fajar.hidayatullah", "Fajar Hidayatullah", Gender.Man),
        Demo("loket-22", "dpmptsp", Gender.Man),
        Colleague("loket-23", "dpmptsp", "ratih.puspitasari", "Ratih Puspitasari", Gender.Woman),
        Colleague("loket-24", "dpmptsp", "arif.budiman", "Arif Budiman", Gender.Man),
        Demo("loket-25", "pertanahan", Gender.Woman),
        Colleague("loket-26", "pertanahan", "hadi.purnomo", "Hadi Purnomo", Gender.Man),
        Colleague("loket-27", "pertanahan", "wulan.septiani", "Wulan Septiani", Gender.Woman),
        Demo("loket-28", "kpp-pratama", Gender.Man),
        Colleague("loket-29", "kpp-pratama", "budi.setiawan", "Budi Setiawan", Gender.Man),
        Colleague("loket-30", "kpp-pratama", "anisa.rahmawati", "Anisa Rahmawati", Gender.Woman),
    ];

    /// <summary>The agency supervisor who covers a Disdukcapil desk on the day its officer is away.</summary>
    public const string CoveringSupervisorId = "supervisor-disdukcapil";

    /// <summary>The colleagues the history adds to the demo accounts: officers of their agency, without a password.</summary>
    public static IReadOnlyList<Officer> Colleagues() =>
    [
        .. _members.Where(m => m.Colleague).Select(m => new Officer
        {
            Id = m.OfficerId,
            UserName = m.UserName!,
            DisplayName = m.DisplayName!,
            Role = OfficerRole.Officer,
            AgencyId = m.AgencyId,
        }),
    ];

    /// <summary>Each desk's own officer in the history, by desk id.</summary>
    internal static IReadOnlyDictionary<string, Member> ByDesk { get; } = _members.ToDictionary(m => m.DeskId, StringComparer.Ordinal);

    /// <summary>Whether the officer takes the Muslim prayer pauses (Dzuhur, Ashar, and on Friday the Jumat prayer for men).</summary>
    internal static bool Prays(string officerId) => _members.FirstOrDefault(m => m.OfficerId == officerId) is not { } member || member.Prays;

    internal static bool IsMan(string officerId) =>
        _members.FirstOrDefault(m => m.OfficerId == officerId)?.Gender is Gender.Man or null;

    private static Member Demo(string deskId, string agencyId, Gender gender) =>
        new(deskId, agencyId, "petugas-" + agencyId, null, null, gender, Prays: true, Colleague: false);

    private static Member Colleague(string deskId, string agencyId, string userName, string displayName, Gender gender, bool prays = true) =>
        new(deskId, agencyId, "petugas-" + userName.Replace('.', '-'), userName, displayName, gender, prays, Colleague: true);

    internal enum Gender
    {
        Woman,
        Man,
    }

    internal sealed record Member(string DeskId, string AgencyId, string OfficerId, string? UserName, string? DisplayName, Gender Gender, bool Prays, bool Colleague);
}
