namespace MppQueue.Core;

/// <summary>
/// A believable, invented MPP so that a fresh install has something on every screen:
/// two zones, ten agencies, twenty-three services and thirty desks. Pure data; nothing personal.
/// </summary>
public static class DemoMpp
{
    public const string SiteName = "Mal Pelayanan Publik Kota Harapan Jaya";

    /// <summary>Every demo agency's complaint channel: SP4N-LAPOR!, the national one.</summary>
    public const string LaporUrl = "https://www.lapor.go.id/";

    private const string Zone1 = "zona-1";
    private const string Zone2 = "zona-2";

    private const string Disdukcapil = "disdukcapil";
    private const string Imigrasi = "imigrasi";
    private const string Samsat = "samsat";
    private const string Polres = "polres";
    private const string BankDaerah = "bank-daerah";
    private const string BpjsKesehatan = "bpjs-kesehatan";
    private const string BpjsKetenagakerjaan = "bpjs-ketenagakerjaan";
    private const string Dpmptsp = "dpmptsp";
    private const string Pertanahan = "pertanahan";
    private const string KppPratama = "kpp-pratama";

    private static readonly TimeRange _fridayPrayer = new(new TimeOnly(11, 30), new TimeOnly(13, 0));

    /// <summary>Most counters: the MPP's own hours, a Friday prayer break, no new tickets after 15:30.</summary>
    private static readonly Hours _mallDay = new(WeeklySchedule.Weekdays(new TimeOnly(7, 30), new TimeOnly(16, 0)), _fridayPrayer, new TimeOnly(15, 30));

    /// <summary>Vertical offices that keep their own shorter hours at the MPP.</summary>
    private static readonly Hours _officeDay = new(WeeklySchedule.Weekdays(new TimeOnly(8, 0), new TimeOnly(15, 0)), _fridayPrayer, new TimeOnly(14, 30));

    /// <summary>Samsat closes before Friday prayer instead of breaking for it.</summary>
    private static readonly Hours _samsatDay = new(WeeklySchedule.Weekdays(new TimeOnly(7, 30), new TimeOnly(15, 0), fridayClose: new TimeOnly(11, 30)), null, new TimeOnly(14, 30));

    /// <summary>The bank rotates its tellers over Friday prayer, so it has no break.</summary>
    private static readonly Hours _bankDay = new(WeeklySchedule.Weekdays(new TimeOnly(8, 0), new TimeOnly(15, 0)), null, new TimeOnly(14, 30));

    public static SiteCatalog Build()
    {
        var site = new Site
        {
            Name = SiteName,
            TimeZoneId = "Asia/Jakarta",
            RunningText = "Selamat datang di Mal Pelayanan Publik Kota Harapan Jaya. Layanan buka Senin–Jumat pukul 07.30–16.00 WIB. "
                + "Ambil nomor antrian di kiosk, siapkan persyaratan, dan tunggu panggilan di layar. "
                + "Waspadai calo: bayar hanya biaya resmi sesuai ketentuan. Sampaikan saran Anda melalui Survei Kepuasan Masyarakat.",
        };

        Zone[] zones =
        [
            new() { Id = Zone1, Name = "Zona 1 — Lantai 1", SortOrder = 1 },
            new() { Id = Zone2, Name = "Zona 2 — Lantai 2", SortOrder = 2 },
        ];

        Agency[] agencies =
        [
            MakeAgency(Disdukcapil, 1, "Dinas Kependudukan dan Pencatatan Sipil Kota Harapan Jaya", "Disdukcapil", "Dokumen kependudukan: KTP-el, KK, akta, surat pindah.", "Civil registration: ID card, family card, certificates, moving."),
            MakeAgency(Imigrasi, 2, "Kantor Imigrasi Kelas II TPI Harapan Jaya", "Imigrasi", "Layanan paspor Republik Indonesia.", "Indonesian passport services."),
            MakeAgency(Samsat, 3, "Samsat Kota Harapan Jaya", "Samsat", "Pajak kendaraan bermotor, STNK, dan balik nama.", "Vehicle tax, registration and ownership transfer."),
            MakeAgency(Polres, 4, "Kepolisian Resor Harapan Jaya", "Polres (SKCK)", "SKCK dan perpanjangan SIM.", "Police clearance and driving licence renewal."),
            MakeAgency(BankDaerah, 5, "Bank Daerah Harapan Jaya", "Bank Daerah", "Rekening tabungan dan pembayaran pajak daerah.", "Savings accounts and local tax payments."),
            MakeAgency(BpjsKesehatan, 6, "BPJS Kesehatan Cabang Harapan Jaya", "BPJS Kesehatan", "Kepesertaan Jaminan Kesehatan Nasional (JKN).", "National Health Insurance (JKN) membership."),
            MakeAgency(BpjsKetenagakerjaan, 7, "BPJS Ketenagakerjaan Cabang Harapan Jaya", "BPJS Ketenagakerjaan", "Jaminan sosial tenaga kerja dan klaim JHT.", "Workers' social security and JHT claims."),
            MakeAgency(Dpmptsp, 8, "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu Kota Harapan Jaya", "DPMPTSP", "Perizinan berusaha dan persetujuan bangunan.", "Business licensing and building approval."),
            MakeAgency(Pertanahan, 9, "Kantor Pertanahan Kota Harapan Jaya", "Kantor Pertanahan", "Informasi dan layanan sertifikat tanah.", "Land certificate information and services."),
            MakeAgency(KppPratama, 10, "Kantor Pelayanan Pajak Pratama Harapan Jaya", "KPP Pratama", "NPWP dan Surat Pemberitahuan (SPT) pajak.", "Tax numbers (NPWP) and tax returns (SPT)."),
        ];

        var first = PriorityPolicy.PriorityFirst;
        Service[] services =
        [
            // Disdukcapil, zone 1
            MakeService(Disdukcapil, "ktp-el", "A", 1, "KTP-el (Kartu Tanda Penduduk Elektronik)", "Electronic identity card (KTP-el)",
                _mallDay, new DailyQuota(200, walkIn: 150, online: 30, priority: 20), first, 30, 10,
                "Perekaman, cetak ulang, dan perubahan data KTP-el.", "Recording, reprinting and updating the electronic identity card.",
                "Kartu Keluarga asli; KTP-el lama bila rusak atau berubah data; surat keterangan kehilangan dari kepolisian bila hilang.",
                "Original family card (KK); the old KTP-el if damaged or data changed; a police loss report if lost."),
            MakeService(Disdukcapil, "kartu-keluarga", "B", 2, "Kartu Keluarga (KK)", "Family card (KK)",
                _mallDay, new DailyQuota(150), first, 30, 10,
                "Penerbitan KK baru, perubahan data, serta penambahan atau pengurangan anggota keluarga.", "A new family card, data changes, adding or removing family members.",
                "KK lama asli; buku nikah/akta perkawinan atau akta cerai; surat keterangan pindah bila pindah datang.",
                "Original old family card; marriage or divorce certificate; a moving certificate when moving in."),
            MakeService(Disdukcapil, "akta-kelahiran", "C", 3, "Akta Kelahiran", "Birth certificate",
                _mallDay, new DailyQuota(100), first, 30, 12,
                "Penerbitan akta kelahiran untuk anak maupun dewasa.", "Birth certificates for children and adults.",
                "Surat keterangan lahir dari rumah sakit, bidan, atau kelurahan; KK dan buku nikah orang tua; KTP-el dua orang saksi.",
                "Birth notice from the hospital, midwife or village office; parents' family card and marriage certificate; ID cards of two witnesses."),
            MakeService(Disdukcapil, "akta-kematian", "D", 4, "Akta Kematian", "Death certificate",
                _mallDay, new DailyQuota(60), first, 20, 10,
                "Penerbitan akta kematian dan pembaruan data keluarga.", "Death certificates and the matching family record update.",
                "Surat keterangan kematian dari rumah sakit atau kelurahan; KK dan KTP-el almarhum; KTP-el pelapor.",
                "Death notice from the hospital or village office; the deceased's family card and ID card; the reporter's ID card."),
            MakeService(Disdukcapil, "pindah-datang", "E", 5, "Surat Pindah dan Pindah Datang", "Moving out and moving in",
                _mallDay, new DailyQuota(80), first, 30, 10,
                "Penerbitan Surat Keterangan Pindah (SKPWNI) dan pendaftaran penduduk pindah datang.", "Moving certificates (SKPWNI) and registering residents who move in.",
                "KK asli; KTP-el; surat keterangan pindah dari daerah asal untuk pindah datang.",
                "Original family card; ID card; the moving certificate from the previous region when moving in."),

            // Imigrasi, zone 1
            MakeService(Imigrasi, "paspor", "P", 1, "Paspor (Baru dan Penggantian)", "Passport (new and renewal)",
                _officeDay, new DailyQuota(80, walkIn: 30, online: 40, priority: 10), PriorityPolicy.Ageing(20), 60, 15,
                "Permohonan paspor biasa baru dan penggantian, termasuk foto, sidik jari, dan wawancara.", "New and replacement ordinary passports, including photo, fingerprints and interview.",
                "KTP-el; KK; akta kelahiran, buku nikah, atau ijazah; paspor lama untuk penggantian; bukti bayar PNBP.",
                "ID card; family card; birth certificate, marriage certificate or diploma; the old passport for a renewal; proof of the state fee (PNBP)."),

            // Samsat, zone 1
            MakeService(Samsat, "pajak-kendaraan", "S", 1, "Pajak Kendaraan Tahunan", "Annual vehicle tax",
                _samsatDay, new DailyQuota(250), PriorityPolicy.Ratio(3), 20, 7,
                "Pembayaran PKB dan SWDKLLJ tahunan serta pengesahan STNK.", "Annual motor vehicle tax (PKB) and road accident fund (SWDKLLJ), with the yearly STNK endorsement.",
                "KTP-el asli sesuai nama pemilik di STNK; STNK asli.",
                "Original ID card matching the owner on the STNK; original vehicle registration (STNK)."),
            MakeService(Samsat, "stnk-lima-tahunan", "ST", 2, "Ganti STNK dan Plat Nomor 5 Tahunan", "Five-yearly STNK and number plate renewal",
                _samsatDay, new DailyQuota(100), first, 30, 12,
                "Penggantian STNK dan TNKB setiap lima tahun dengan cek fisik kendaraan.", "Replacing the registration and number plates every five years, with a vehicle check.",
                "KTP-el pemilik; STNK asli; BPKB asli; hasil cek fisik kendaraan.",
                "Owner's ID card; original STNK; original ownership book (BPKB); the vehicle check result."),
            MakeService(Samsat, "balik-nama", "BN", 3, "Balik Nama Kendaraan", "Vehicle ownership transfer",
                _samsatDay, new DailyQuota(60), first, 30, 15,
                "Bea Balik Nama Kendaraan Bermotor (BBNKB) untuk kendaraan bekas.", "Ownership transfer duty (BBNKB) for a used vehicle.",
                "KTP-el pemilik baru; STNK dan BPKB asli; kuitansi jual beli bermeterai; hasil cek fisik kendaraan.",
                "New owner's ID card; original STNK and BPKB; a stamped sales receipt; the vehicle check result."),

            // Polres, zone 1
            MakeService(Polres, "skck", "SK", 1, "SKCK (Surat Keterangan Catatan Kepolisian)", "Police clearance certificate (SKCK)",
                _mallDay, new DailyQuota(120, walkIn: 80, online: 40), first, 45, 10,
                "Penerbitan SKCK baru dan perpanjangan untuk melamar kerja, sekolah, atau keperluan lain.", "New and renewed police clearance for jobs, school or other purposes.",
                "KTP-el; KK; akta kelahiran; pas foto 4x6 latar merah 6 lembar; SKCK lama untuk perpanjangan.",
                "ID card; family card; birth certificate; six 4x6 photos on a red background; the old SKCK for a renewal."),
            MakeService(Polres, "perpanjangan-sim", "SM", 2, "Perpanjangan SIM A dan C", "Driving licence renewal (SIM A and C)",
                _mallDay, new DailyQuota(100), first, 30, 10,
                "Perpanjangan SIM A dan SIM C sebelum masa berlakunya habis.", "Renewing car (A) and motorcycle (C) licences before they expire.",
                "SIM lama asli; KTP-el; surat keterangan sehat jasmani; hasil tes psikologi.",
                "Original old licence; ID card; a medical fitness certificate; a psychological test result."),

            // Bank Daerah, zone 1
            MakeService(BankDaerah, "rekening-tabungan", "R", 1, "Pembukaan Rekening Tabungan", "Opening a savings account",
                _bankDay, new DailyQuota(60), first, 20, 15,
                "Pembukaan rekening tabungan perorangan dan kartu ATM.", "Personal savings accounts and ATM cards.",
                "KTP-el; NPWP bila ada; setoran awal.",
                "ID card; tax number (NPWP) if any; an initial deposit."),
            MakeService(BankDaerah, "pajak-daerah", "RP", 2, "Pembayaran Pajak Daerah dan Retribusi", "Local tax and fee payment",
                _bankDay, new DailyQuota(150), first, 15, 5,
                "Pembayaran PBB-P2, BPHTB, dan retribusi daerah.", "Paying land and building tax (PBB-P2), transfer duty (BPHTB) and local fees.",
                "SPPT atau kode bayar; KTP-el.",
                "Tax assessment notice (SPPT) or payment code; ID card."),

            // BPJS Kesehatan, zone 2
            MakeService(BpjsKesehatan, "jkn-kepesertaan", "K", 1, "Pendaftaran dan Perubahan Data Peserta JKN", "JKN membership registration and changes",
                _officeDay, new DailyQuota(100), PriorityPolicy.Ageing(15), 30, 10,
                "Pendaftaran peserta baru, penambahan anggota keluarga, pindah faskes, dan perubahan data JKN-KIS.", "New members, adding family members, changing health facility and updating JKN-KIS data.",
                "KTP-el; KK; nomor rekening untuk autodebet (peserta mandiri); kartu JKN bila ada.",
                "ID card; family card; a bank account for direct debit (self-paying members); the JKN card if any."),
            MakeService(BpjsKesehatan, "jkn-informasi", "KI", 2, "Informasi dan Pengaduan JKN", "JKN information and complaints",
                _officeDay, new DailyQuota(60), first, 20, 8,
                "Informasi iuran, tunggakan, hak kelas rawat, dan penanganan pengaduan peserta.", "Contributions, arrears, ward class entitlement and member complaints.",
                "KTP-el atau kartu JKN.",
                "ID card or JKN card."),

            // BPJS Ketenagakerjaan, zone 2
            MakeService(BpjsKetenagakerjaan, "klaim-jht", "J", 1, "Klaim Jaminan Hari Tua (JHT)", "Old-age savings (JHT) claim",
                _mallDay, new DailyQuota(80), first, 45, 15,
                "Pengajuan klaim JHT bagi peserta yang berhenti bekerja atau memasuki usia pensiun.", "JHT claims for members who stopped working or reached retirement age.",
                "Kartu peserta BPJS Ketenagakerjaan; KTP-el; KK; surat keterangan berhenti bekerja; buku tabungan.",
                "Membership card; ID card; family card; a letter of termination from the employer; a bank passbook."),
            MakeService(BpjsKetenagakerjaan, "peserta-bpu", "JP", 2, "Pendaftaran Peserta Bukan Penerima Upah", "Registration of self-employed workers",
                _mallDay, new DailyQuota(60), first, 20, 10,
                "Pendaftaran pekerja mandiri, UMKM, dan pekerja informal sebagai peserta.", "Enrolling self-employed, small business and informal workers.",
                "KTP-el; nomor ponsel dan alamat email aktif.",
                "ID card; an active mobile number and email address."),

            // DPMPTSP, zone 2
            MakeService(Dpmptsp, "nib-oss", "N", 1, "Nomor Induk Berusaha (NIB) melalui OSS", "Business identification number (NIB) via OSS",
                _mallDay, new DailyQuota(60), first, 30, 20,
                "Pendampingan pendaftaran NIB dan perizinan berusaha berbasis risiko di sistem OSS.", "Help registering an NIB and risk-based business licences in the OSS system.",
                "KTP-el; NPWP; alamat email aktif; data lokasi usaha.",
                "ID card; tax number (NPWP); an active email address; the business location."),
            MakeService(Dpmptsp, "pbg", "G", 2, "Persetujuan Bangunan Gedung (PBG)", "Building approval (PBG)",
                _mallDay, new DailyQuota(30), first, 30, 20,
                "Konsultasi dan permohonan PBG untuk membangun atau mengubah bangunan.", "Advice and applications for building or altering a building.",
                "KTP-el pemohon; bukti kepemilikan tanah; gambar rencana bangunan; dokumen teknis sesuai fungsi bangunan.",
                "Applicant's ID card; proof of land ownership; building plans; technical documents for the building's use."),

            // Kantor Pertanahan, zone 2
            MakeService(Pertanahan, "cek-sertifikat", "T", 1, "Pengecekan dan Informasi Sertifikat", "Land certificate check and information",
                _officeDay, new DailyQuota(60), first, 30, 10,
                "Pengecekan keabsahan sertifikat tanah dan informasi layanan pertanahan.", "Checking a land certificate and information on land services.",
                "Sertifikat asli; KTP-el pemilik atau surat kuasa.",
                "Original certificate; the owner's ID card or a power of attorney."),
            MakeService(Pertanahan, "peralihan-hak", "TH", 2, "Peralihan Hak dan Balik Nama Sertifikat", "Land title transfer",
                _officeDay, new DailyQuota(40), first, 30, 20,
                "Pendaftaran peralihan hak atas tanah karena jual beli, hibah, atau waris.", "Registering a title transfer after a sale, gift or inheritance.",
                "Sertifikat asli; akta PPAT atau surat keterangan waris; KTP-el dan KK para pihak; bukti lunas BPHTB dan PPh; SPPT PBB tahun berjalan.",
                "Original certificate; the notarial (PPAT) deed or inheritance letter; ID and family cards of all parties; proof of BPHTB and income tax paid; this year's PBB notice."),

            // KPP Pratama, zone 2
            MakeService(KppPratama, "npwp", "W", 1, "Pendaftaran dan Perubahan NPWP", "Tax number (NPWP) registration and changes",
                _mallDay, new DailyQuota(60), first, 30, 10,
                "Pendaftaran NPWP orang pribadi, perubahan data, dan pemadanan NIK sebagai NPWP.", "Personal tax number registration, data changes and linking the NIK as NPWP.",
                "KTP-el; surat keterangan usaha dari kelurahan bagi yang berusaha.",
                "ID card; a business statement from the village office for the self-employed."),
            MakeService(KppPratama, "spt-tahunan", "WS", 2, "Konsultasi dan Pelaporan SPT Tahunan", "Annual tax return (SPT) help and filing",
                _mallDay, new DailyQuota(80), first, 30, 15,
                "Bantuan mengisi dan melaporkan SPT Tahunan orang pribadi.", "Help completing and filing the personal annual tax return.",
                "KTP-el atau NPWP; bukti potong pajak dari pemberi kerja; EFIN bila lapor secara daring.",
                "ID card or tax number; the employer's withholding slip; an EFIN for filing online."),
        ];

        Desk[] desks =
        [
            // Zone 1: Disdukcapil 1–6, Imigrasi 7–8, Samsat 9–12, Polres 13–15, Bank Daerah 16–17.
            MakeDesk(1, Disdukcapil, "ktp-el"),
            MakeDesk(2, Disdukcapil, "ktp-el"),
            MakeDesk(3, Disdukcapil, "ktp-el", "kartu-keluarga"),
            MakeDesk(4, Disdukcapil, "kartu-keluarga", "pindah-datang"),
            MakeDesk(5, Disdukcapil, "akta-kelahiran", "akta-kematian"),
            MakeDesk(6, Disdukcapil, "akta-kelahiran", "pindah-datang"),
            MakeDesk(7, Imigrasi, "paspor"),
            MakeDesk(8, Imigrasi, "paspor"),
            MakeDesk(9, Samsat, "pajak-kendaraan"),
            MakeDesk(10, Samsat, "pajak-kendaraan"),
            MakeDesk(11, Samsat, "pajak-kendaraan", "stnk-lima-tahunan"),
            MakeDesk(12, Samsat, "stnk-lima-tahunan", "balik-nama"),
            MakeDesk(13, Polres, "skck"),
            MakeDesk(14, Polres, "perpanjangan-sim"),
            MakeDesk(15, Polres, "perpanjangan-sim"),
            MakeDesk(16, BankDaerah, "rekening-tabungan", "pajak-daerah"),
            MakeDesk(17, BankDaerah, "pajak-daerah"),

            // Zone 2: BPJS Kesehatan 18–19, BPJS Ketenagakerjaan 20–21, DPMPTSP 22–24, Pertanahan 25–27, KPP 28–30.
            MakeDesk(18, BpjsKesehatan, "jkn-kepesertaan"),
            MakeDesk(19, BpjsKesehatan, "jkn-kepesertaan", "jkn-informasi"),
            MakeDesk(20, BpjsKetenagakerjaan, "klaim-jht"),
            MakeDesk(21, BpjsKetenagakerjaan, "klaim-jht", "peserta-bpu"),
            MakeDesk(22, Dpmptsp, "nib-oss"),
            MakeDesk(23, Dpmptsp, "nib-oss", "pbg"),
            MakeDesk(24, Dpmptsp, "pbg"),
            MakeDesk(25, Pertanahan, "cek-sertifikat"),
            MakeDesk(26, Pertanahan, "peralihan-hak"),
            MakeDesk(27, Pertanahan, "cek-sertifikat", "peralihan-hak"),
            MakeDesk(28, KppPratama, "npwp"),
            MakeDesk(29, KppPratama, "spt-tahunan"),
            MakeDesk(30, KppPratama, "npwp", "spt-tahunan"),
        ];

        return SiteCatalog.Create(site, zones, agencies, [.. services.Select(WithBooking).Select(DemoStandards.Apply)], desks);
    }

    /// <summary>Demo sign-ins without password hashes; the server hashes the demo passwords the README states.</summary>
    /// <summary>
    /// The demo bookings whose visitors are already in the building when the demo starts: the host checks them in as
    /// soon as the engine opens, when their check-in window is open (it is, on the demo clock).
    /// </summary>
    public static IReadOnlyList<string> CheckedInAtStart { get; } = ["KTPHADIR", "PAS20261123002"];

    /// <summary>
    /// Bookings for the demo day, with codes a newcomer can type at the kiosk (listed in the README): two for the
    /// KTP-el session that is open for check-in at 09:00, one for the afternoon (too early in the morning), one SKCK,
    /// a passport code loaded as the immigration office's system would, and one for tomorrow; and one KTP-el and one
    /// passport booking that are checked in at start (<see cref="CheckedInAtStart"/>).
    /// </summary>
    public static IReadOnlyList<Booking> Bookings(DateOnly today)
    {
        static TimeRange At(int fromHour, int toHour) => new(new TimeOnly(fromHour, 0), new TimeOnly(toHour, 0));
        Booking Web(string code, string serviceId, DateOnly date, TimeRange window, string phone) => new()
        {
            Code = code,
            ServiceId = serviceId,
            Date = date,
            Window = window,
            Token = Tokens.NewTicketToken(),
            Channel = BookingChannel.Web,
            Phone = phone,
        };

        return
        [
            Web("KTPPAGI1", "ktp-el", today, At(9, 10), "6281200009001"),
            Web("KTPPAGI2", "ktp-el", today, At(9, 10), "6281200009002"),
            Web("KTPSIANG", "ktp-el", today, At(13, 14), "6281200009003"),
            Web("SKCKPAGI", "skck", today, At(9, 10), "6281200009004"),
            Web("KTPBESOK", "ktp-el", today.AddDays(1), At(8, 9), "6281200009005"),
            Web("KTPHADIR", "ktp-el", today, At(9, 10), "6281200009006"),
            Agency("PAS20261123001"),
            Agency("PAS20261123002"),
        ];

        Booking Agency(string code) => new()
        {
            Code = code,
            ServiceId = "paspor",
            Date = today,
            Window = At(8, 10),
            Token = Tokens.NewTicketToken(),
            Channel = BookingChannel.Agency,
            MadeBy = Imigrasi,
        };
    }

    // The services that take bookings in the demo: KTP-el (at the back), SKCK (NIK required, ahead of later
    // walk-ins), passports (the immigration office also loads its own codes).
    private static Service WithBooking(Service service) => service.Id switch
    {
        "ktp-el" => service with
        {
            Booking = new BookingRules
            {
                Open = true,
                CheckInMinutesAfter = 60,
                Sessions = [Session(8, 0, 9, 0, 10), Session(9, 0, 10, 0, 10), Session(13, 0, 14, 0, 10)],
            },
        },
        "skck" => service with
        {
            Booking = new BookingRules
            {
                Open = true,
                RequiresNik = true,
                Join = BookingJoin.AheadOfLaterWalkIns,
                CheckInMinutesAfter = 60,
                Sessions = [Session(8, 0, 9, 0, 10), Session(9, 0, 10, 0, 10), Session(10, 0, 11, 0, 10), Session(13, 0, 14, 0, 10)],
            },
        },
        "paspor" => service with
        {
            Booking = new BookingRules
            {
                Open = true,
                RequiresNik = true,
                CheckInMinutesAfter = 90,
                Sessions = [Session(8, 0, 10, 0, 20), Session(10, 0, 11, 30, 20)],
            },
        },
        _ => service,
    };

    private static BookingSession Session(int fromHour, int fromMinute, int toHour, int toMinute, int places) =>
        new(new TimeRange(new TimeOnly(fromHour, fromMinute), new TimeOnly(toHour, toMinute)), places);

    public static IReadOnlyList<Officer> Officers() =>
    [
        new() { Id = "admin", UserName = "admin", DisplayName = "Administrator MPP", Role = OfficerRole.Admin },
        new() { Id = "supervisor", UserName = "supervisor", DisplayName = "Ratna Kusumawardani", Role = OfficerRole.Supervisor },

        // A supervisor of one agency: sees that agency's tickets and may work at its desks only.
        new() { Id = "supervisor-disdukcapil", UserName = "supervisor.disdukcapil", DisplayName = "Wahyu Hidayat", Role = OfficerRole.Supervisor, AgencyId = Disdukcapil },
        MakeOfficer(Disdukcapil, "Rina Wulandari"),
        MakeOfficer(Imigrasi, "Bayu Anggara"),
        MakeOfficer(Samsat, "Sri Wahyuningsih"),
        MakeOfficer(Polres, "Agus Prasetyo"),
        MakeOfficer(BankDaerah, "Fitri Rahmadani"),
        MakeOfficer(BpjsKesehatan, "Hendra Kurniawan"),
        MakeOfficer(BpjsKetenagakerjaan, "Nurul Hasanah"),
        MakeOfficer(Dpmptsp, "Dimas Saputro"),
        MakeOfficer(Pertanahan, "Yuni Lestiani"),
        MakeOfficer(KppPratama, "Teguh Santoso"),
    ];

    /// <summary>An agency and its services and desks share one zone, so visitors never change floors mid-visit.</summary>
    private static string ZoneOf(string agencyId) => agencyId switch
    {
        Disdukcapil or Imigrasi or Samsat or Polres or BankDaerah => Zone1,
        _ => Zone2,
    };

    private static Agency MakeAgency(string id, int sortOrder, string name, string shortName, string descriptionId, string descriptionEn) => new()
    {
        Id = id,
        Name = name,
        ShortName = shortName,
        DescriptionId = descriptionId,
        DescriptionEn = descriptionEn,
        SortOrder = sortOrder,
        ComplaintUrl = LaporUrl,
    };

    private static Service MakeService(
        string agencyId,
        string id,
        string prefix,
        int sortOrder,
        string nameId,
        string nameEn,
        Hours hours,
        DailyQuota quota,
        PriorityPolicy policy,
        int standardWaitMinutes,
        int standardServiceMinutes,
        string descriptionId,
        string descriptionEn,
        string requirementsId,
        string requirementsEn) => new()
        {
            Id = id,
            AgencyId = agencyId,
            ZoneId = ZoneOf(agencyId),
            Prefix = TicketPrefix.Normalize(prefix),
            NameId = nameId,
            NameEn = nameEn,
            DescriptionId = descriptionId,
            DescriptionEn = descriptionEn,
            RequirementsId = requirementsId,
            RequirementsEn = requirementsEn,
            Hours = hours.Week,
            FridayBreak = hours.FridayBreak,
            CutOff = hours.CutOff,
            Quota = quota,
            Policy = policy,
            StandardWaitMinutes = standardWaitMinutes,
            StandardServiceMinutes = standardServiceMinutes,
            SortOrder = sortOrder,
        };

    private static Desk MakeDesk(int number, string agencyId, params string[] serviceIds) => new()
    {
        Id = $"loket-{number:00}",
        Number = number,
        Name = $"Loket {number}",
        ZoneId = ZoneOf(agencyId),
        AgencyId = agencyId,
        ServiceIds = [.. serviceIds],
    };

    private static Officer MakeOfficer(string agencyId, string displayName) => new()
    {
        Id = $"petugas-{agencyId}",
        UserName = $"petugas.{agencyId}",
        DisplayName = displayName,
        Role = OfficerRole.Officer,
        AgencyId = agencyId,
    };

    private sealed record Hours(WeeklySchedule Week, TimeRange? FridayBreak, TimeOnly CutOff);
}
