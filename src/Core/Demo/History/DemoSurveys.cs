namespace MppQueue.Core;

/// <summary>
/// The SKM answers of the demo history: about three visitors in ten answer after their service (more of those who
/// booked, who have the page on their phone), mostly "baik" (3) and "sangat baik" (4). Each element has its own
/// level (cost and staff conduct rated highest, complaint handling and time to finish lowest), each agency a small
/// lean of its own, each visitor a mood, and a wait or a service well over the service's standard pulls the time and
/// procedure elements down. Now and then a short comment.
/// </summary>
internal static class DemoSurveys
{
    private static readonly Dictionary<SkmElement, double> _levels = new()
    {
        [SkmElement.Requirements] = 3.25,
        [SkmElement.Procedure] = 3.2,
        [SkmElement.ServiceTime] = 3.12,
        [SkmElement.Cost] = 3.5,
        [SkmElement.ServiceProduct] = 3.3,
        [SkmElement.Competence] = 3.38,
        [SkmElement.Conduct] = 3.45,
        [SkmElement.ComplaintHandling] = 3.05,
        [SkmElement.Facilities] = 3.2,
    };

    private static readonly Dictionary<string, double> _agencyLean = new(StringComparer.Ordinal)
    {
        ["disdukcapil"] = -0.05,
        ["imigrasi"] = 0.1,
        ["samsat"] = -0.12,
        ["polres"] = 0.0,
        ["bank-daerah"] = 0.15,
        ["bpjs-kesehatan"] = -0.05,
        ["bpjs-ketenagakerjaan"] = 0.05,
        ["dpmptsp"] = 0.06,
        ["pertanahan"] = -0.08,
        ["kpp-pratama"] = 0.08,
    };

    private static readonly string[] _praise =
    [
        "Pelayanan cepat dan petugasnya ramah.",
        "Petugas sangat membantu menjelaskan persyaratan.",
        "Antrian tertib, nomor dipanggil jelas.",
        "Terima kasih, prosesnya mudah.",
        "Senang bisa mengurus beberapa layanan di satu tempat.",
    ];

    private static readonly string[] _complaints =
    [
        "Antrian terlalu lama di jam sibuk.",
        "Mohon tambah loket saat pagi hari.",
        "AC di ruang tunggu kurang dingin.",
        "Kursi tunggu kurang, banyak yang berdiri.",
        "Informasi persyaratan di website belum lengkap.",
        "Parkir penuh, sulit mencari tempat.",
    ];

    public static IEnumerable<SurveyResponse> For(SiteCatalog catalog, IReadOnlyList<Ticket> tickets, IReadOnlyList<Booking> bookings, DemoRandom random)
    {
        var byCode = bookings.ToDictionary(b => b.Code, StringComparer.Ordinal);
        foreach (var ticket in tickets.Where(t => t.Status == TicketStatus.Done))
        {
            if (!random.Chance(ticket.Channel == TicketChannel.Booking ? 0.38 : 0.28))
            {
                continue;
            }

            var service = catalog.Services[ticket.ServiceId];
            var issuing = catalog.Services[ticket.IssuingServiceId];
            var lean = _agencyLean.GetValueOrDefault(service.AgencyId);
            var mood = 0.35 * random.Normal();
            var wait = TicketMeasures.WaitingTime(ticket) ?? TimeSpan.Zero;
            var serviceTime = TicketMeasures.ServiceTime(ticket) ?? TimeSpan.Zero;
            var waitedTooLong = wait > TimeSpan.FromMinutes(issuing.StandardWaitMinutes);
            var tookTooLong = serviceTime > TimeSpan.FromMinutes(service.StandardServiceMinutes * 1.5);
            var answers = new Dictionary<SkmElement, int>();
            foreach (var (element, level) in _levels)
            {
                var latent = level + lean + mood + (0.45 * random.Normal());
                if (element is SkmElement.ServiceTime or SkmElement.Procedure)
                {
                    latent -= (waitedTooLong ? 0.45 : 0) + (tookTooLong ? 0.2 : 0);
                }

                if (element == SkmElement.Cost && service.Standard.Free)
                {
                    latent += 0.15;
                }

                answers[element] = Math.Clamp((int)Math.Round(latent, MidpointRounding.AwayFromZero), SkmAnswers.Lowest, SkmAnswers.Highest);
            }

            var mean = answers.Values.Average();
            string? comment = random.Chance(0.12) ? random.Of(mean >= 3.2 ? _praise : _complaints) : null;
            yield return new SurveyResponse
            {
                Id = random.NewId(),
                TicketId = ticket.Id,
                ServiceId = ticket.ServiceId,
                AgencyId = service.AgencyId,
                IssuingServiceId = ticket.IssuingServiceId,
                Channel = VisitChannels.Of(ticket, code => byCode.GetValueOrDefault(code)),
                DeskId = ticket.DeskId,
                ServiceDate = ticket.ServiceDate,
                SubmittedAt = ticket.FinishedAt!.Value + random.LogNormal(TimeSpan.FromMinutes(4), 0.9, TimeSpan.FromSeconds(40), TimeSpan.FromHours(3)),
                Answers = SkmAnswers.Create(answers),
                Comment = comment,
            };
        }
    }
}
