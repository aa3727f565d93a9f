namespace MppQueue.Core;

/// <summary>
/// The demo services' published standards (standar pelayanan): the steps, the time, the cost with its legal basis,
/// the product and where to complain. Tariffs follow the national regulations as commonly published (Dukcapil free
/// under UU 24/2013, passports under PP 28/2019, police services under PP 76/2020, land services under PP 128/2015);
/// phone numbers and desks are invented, like the MPP itself.
/// </summary>
internal static class DemoStandards
{
    private const string Dukcapil = "UU No. 23 Tahun 2006 jo. UU No. 24 Tahun 2013 tentang Administrasi Kependudukan (Pasal 79A: tidak dipungut biaya); Perpres No. 96 Tahun 2018";
    private const string Polri = "PP No. 76 Tahun 2020 tentang Jenis dan Tarif PNBP yang Berlaku pada Kepolisian Negara Republik Indonesia";
    private const string Atr = "PP No. 128 Tahun 2015 tentang Jenis dan Tarif PNBP yang Berlaku pada Kementerian Agraria dan Tata Ruang/BPN";

    private static readonly string[] _takeTicketId = ["Ambil nomor antrian di kios (atau check-in dengan kode booking) dan tunggu panggilan di layar."];
    private static readonly string[] _takeTicketEn = ["Take a number at the kiosk (or check in with your booking code) and wait for your call on the screen."];

    /// <summary>The service with its demo standard; requirements as its requirement text lists them, one per item.</summary>
    public static Service Apply(Service service)
    {
        var standard = For(service.Id) ?? ServiceStandard.Empty;
        var (phone, deskId, deskEn) = Complaints(service);
        return service with
        {
            Standard = standard with
            {
                Requirements = ServiceStandard.FromRequirements(service.RequirementsId, service.RequirementsEn).Requirements,
                ComplaintPhone = phone,
                ComplaintDeskId = deskId,
                ComplaintDeskEn = deskEn,
            },
        };
    }

    private static (string Phone, string DeskId, string DeskEn) Complaints(Service service)
    {
        var (number, name) = service.AgencyId switch
        {
            "disdukcapil" => ("(0761) 555-0101", "Disdukcapil"),
            "imigrasi" => ("(0761) 555-0102", "Imigrasi"),
            "samsat" => ("(0761) 555-0103", "Samsat"),
            "polres" => ("(0761) 555-0104", "Polres"),
            "bank-daerah" => ("(0761) 555-0105", "Bank Daerah"),
            "bpjs-kesehatan" => ("(0761) 555-0106", "BPJS Kesehatan"),
            "bpjs-ketenagakerjaan" => ("(0761) 555-0107", "BPJS Ketenagakerjaan"),
            "dpmptsp" => ("(0761) 555-0108", "DPMPTSP"),
            "pertanahan" => ("(0761) 555-0109", "Kantor Pertanahan"),
            _ => ("(0761) 555-0110", "KPP Pratama"),
        };
        var floor = service.ZoneId == "zona-2" ? 2 : 1;
        return (number, $"Meja informasi dan pengaduan {name}, Zona {floor} — Lantai {floor}", $"{name} information and complaints desk, zone {floor}, floor {floor}");
    }

    private static ServiceStandard? For(string serviceId) => serviceId switch
    {
        "ktp-el" => Make(
            ["Serahkan persyaratan kepada petugas loket untuk diperiksa.", "Perekaman foto, sidik jari, iris mata, dan tanda tangan bagi yang belum merekam.", "Petugas memeriksa data dan mencetak KTP-el.", "Terima KTP-el dan periksa kebenaran datanya sebelum meninggalkan loket."],
            ["Hand the documents to the officer to be checked.", "Photo, fingerprints, iris and signature are recorded if not yet recorded.", "The officer checks the data and prints the KTP-el.", "Receive the KTP-el and check its data before leaving the desk."],
            "Hari yang sama (±1 jam), selama blangko tersedia", "Same day (about 1 hour), while blank cards are in stock",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.", Dukcapil,
            "KTP-el", "Electronic identity card (KTP-el)"),
        "kartu-keluarga" => Make(
            ["Serahkan formulir F-1.01 dan persyaratan kepada petugas.", "Petugas memverifikasi dan memperbarui data dalam SIAK.", "KK baru dicetak dengan tanda tangan elektronik.", "Terima KK dan periksa nama serta NIK setiap anggota keluarga."],
            ["Hand in form F-1.01 and the documents.", "The officer verifies and updates the data in SIAK.", "The new family card is printed with an electronic signature.", "Receive the card and check every member's name and NIK."],
            "1 hari kerja", "1 working day",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.", Dukcapil,
            "Kartu Keluarga (KK) baru", "A new family card (KK)"),
        "akta-kelahiran" => Make(
            ["Isi formulir pelaporan kelahiran (F-2.01) di loket atau di meja informasi.", "Serahkan formulir dan persyaratan; saksi tidak perlu hadir bila KTP-el-nya dilampirkan.", "Petugas mencatat kelahiran dan menerbitkan kutipan akta.", "Terima kutipan akta kelahiran dan periksa ejaan nama."],
            ["Fill in the birth report form (F-2.01) at the desk or the information desk.", "Hand in the form and documents; witnesses need not come if their ID cards are attached.", "The officer registers the birth and issues the certificate.", "Receive the birth certificate and check the spelling of the name."],
            "1 hari kerja", "1 working day",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.", Dukcapil,
            "Kutipan Akta Kelahiran", "Birth certificate (kutipan akta kelahiran)"),
        "akta-kematian" => Make(
            ["Isi formulir pelaporan kematian (F-2.01).", "Serahkan formulir dan persyaratan kepada petugas.", "Petugas mencatat kematian dan memperbarui KK keluarga.", "Terima kutipan akta kematian dan KK yang diperbarui."],
            ["Fill in the death report form (F-2.01).", "Hand in the form and documents.", "The officer registers the death and updates the family card.", "Receive the death certificate and the updated family card."],
            "1 hari kerja", "1 working day",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.", Dukcapil,
            "Kutipan Akta Kematian dan KK yang diperbarui", "Death certificate and the updated family card"),
        "pindah-datang" => Make(
            ["Serahkan formulir F-1.03 dan persyaratan.", "Petugas menerbitkan SKPWNI (pindah keluar) atau mendaftarkan kedatangan (pindah datang).", "Untuk pindah datang, KK dan KTP-el alamat baru diterbitkan.", "Terima dokumen dan periksa alamat barunya."],
            ["Hand in form F-1.03 and the documents.", "The officer issues the moving certificate (SKPWNI) or registers your arrival.", "When moving in, a family card and ID card with the new address are issued.", "Receive the documents and check the new address."],
            "1 hari kerja", "1 working day",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.", Dukcapil,
            "SKPWNI, atau KK dan KTP-el dengan alamat baru", "Moving certificate (SKPWNI), or a family card and ID card at the new address"),
        "paspor" => Make(
            ["Isi data permohonan di aplikasi M-Paspor, atau minta bantuan petugas informasi.", "Verifikasi berkas asli di loket.", "Foto, sidik jari, dan wawancara.", "Bayar PNBP dengan kode bayar di bank, kantor pos, atau aplikasi.", "Ambil paspor pada tanggal di tanda terima (boleh dikuasakan)."],
            ["Fill in the application in the M-Paspor app, or ask the information desk for help.", "The original documents are checked at the desk.", "Photo, fingerprints and interview.", "Pay the state fee (PNBP) with the payment code at a bank, post office or app.", "Collect the passport on the date on the receipt (a representative may collect it)."],
            "4 hari kerja setelah pembayaran", "4 working days after payment",
            free: false, "Paspor biasa 48 halaman Rp350.000; paspor elektronik 48 halaman Rp650.000; layanan percepatan (selesai hari yang sama) tambahan Rp1.000.000.", "Ordinary passport, 48 pages, Rp350,000; electronic passport, 48 pages, Rp650,000; express service (same day) Rp1,000,000 extra.",
            "UU No. 6 Tahun 2011 tentang Keimigrasian; PP No. 28 Tahun 2019 tentang Jenis dan Tarif atas Jenis PNBP yang Berlaku pada Kementerian Hukum dan HAM",
            "Paspor biasa Republik Indonesia", "Indonesian ordinary passport"),
        "pajak-kendaraan" => Make(
            ["Serahkan KTP-el dan STNK di loket pendaftaran.", "Petugas menghitung PKB dan SWDKLLJ dan mencetak notice.", "Bayar di kasir Samsat sesuai notice.", "Ambil STNK yang sudah disahkan di loket penyerahan."],
            ["Hand in the ID card and STNK at the registration desk.", "The officer calculates the tax (PKB) and SWDKLLJ and prints the notice.", "Pay the amount on the notice at the Samsat cashier.", "Collect the endorsed STNK at the hand-over desk."],
            "±30 menit", "About 30 minutes",
            free: false, "PKB sesuai notice pajak; SWDKLLJ sepeda motor Rp35.000, mobil pribadi Rp143.000; PNBP pengesahan STNK roda dua Rp25.000, roda empat Rp50.000.", "Vehicle tax as on the tax notice; SWDKLLJ Rp35,000 for a motorcycle, Rp143,000 for a private car; STNK endorsement fee Rp25,000 (two wheels) or Rp50,000 (four wheels).",
            "UU No. 1 Tahun 2022 (HKPD); Perda Pajak Daerah Provinsi; " + Polri + "; PMK No. 15 dan 16/PMK.010/2017 (SWDKLLJ)",
            "STNK yang disahkan dan notice pajak (SKPD) lunas", "The endorsed STNK and the paid tax notice (SKPD)"),
        "stnk-lima-tahunan" => Make(
            ["Cek fisik kendaraan di area cek fisik Samsat.", "Serahkan persyaratan dan hasil cek fisik di loket pendaftaran.", "Bayar pajak, SWDKLLJ, dan PNBP sesuai notice.", "Ambil STNK baru; TNKB (plat nomor) diambil sesuai jadwal pada tanda terima."],
            ["Have the vehicle checked at the Samsat check area.", "Hand in the documents and the check result at the registration desk.", "Pay the tax, SWDKLLJ and state fees on the notice.", "Collect the new STNK; the number plates on the date on the receipt."],
            "1 hari kerja (TNKB hingga 14 hari kerja)", "1 working day (plates up to 14 working days)",
            free: false, "PKB dan SWDKLLJ sesuai notice; PNBP penerbitan STNK roda dua Rp100.000, roda empat Rp200.000; TNKB roda dua Rp60.000, roda empat Rp100.000.", "Tax and SWDKLLJ as on the notice; new STNK Rp100,000 (two wheels) or Rp200,000 (four wheels); number plates Rp60,000 or Rp100,000.",
            "UU No. 22 Tahun 2009 (LLAJ); " + Polri,
            "STNK baru dan Tanda Nomor Kendaraan Bermotor (TNKB)", "A new STNK and number plates (TNKB)"),
        "balik-nama" => Make(
            ["Cek fisik kendaraan.", "Serahkan persyaratan di loket balik nama.", "Bayar BBNKB, PKB tahun berjalan, dan PNBP sesuai notice.", "Ambil STNK baru; BPKB atas nama baru diambil di Satlantas sesuai jadwal."],
            ["Have the vehicle checked.", "Hand in the documents at the transfer desk.", "Pay the transfer duty (BBNKB), this year's tax and the state fees on the notice.", "Collect the new STNK; the BPKB in the new name at the traffic police on the date given."],
            "3 hari kerja", "3 working days",
            free: false, "BBNKB sesuai Perda provinsi (banyak provinsi membebaskan BBNKB kendaraan bekas); PKB tahun berjalan; PNBP STNK, BPKB (roda dua Rp225.000, roda empat Rp375.000), dan TNKB.", "Transfer duty (BBNKB) per provincial regulation (many provinces waive it for used vehicles); this year's tax; state fees for the STNK, BPKB (Rp225,000 two wheels, Rp375,000 four wheels) and plates.",
            "UU No. 1 Tahun 2022 (HKPD); Perda Pajak Daerah Provinsi; " + Polri,
            "STNK, BPKB, dan TNKB atas nama pemilik baru", "STNK, BPKB and plates in the new owner's name"),
        "skck" => Make(
            ["Isi formulir daftar riwayat hidup (atau daftar daring di skck.polri.go.id).", "Serahkan formulir dan persyaratan di loket.", "Pengambilan sidik jari bagi pemohon baru.", "Bayar PNBP dan terima SKCK."],
            ["Fill in the personal history form (or register online at skck.polri.go.id).", "Hand in the form and documents at the desk.", "Fingerprints are taken for first-time applicants.", "Pay the state fee and receive the SKCK."],
            "Hari yang sama (±1 jam)", "Same day (about 1 hour)",
            free: false, "Rp30.000 (PNBP), baik baru maupun perpanjangan.", "Rp30,000 (state fee), new or renewed.",
            Polri + "; Perkap No. 18 Tahun 2014 tentang Tata Cara Penerbitan SKCK",
            "SKCK, berlaku 6 bulan", "Police clearance certificate (SKCK), valid for 6 months"),
        "perpanjangan-sim" => Make(
            ["Tes kesehatan dan tes psikologi di tempat yang ditunjuk.", "Serahkan persyaratan dan hasil tes di loket.", "Foto, sidik jari, dan tanda tangan.", "Bayar PNBP dan terima SIM baru."],
            ["Medical and psychological tests at the appointed place.", "Hand in the documents and test results at the desk.", "Photo, fingerprints and signature.", "Pay the state fee and receive the new licence."],
            "Hari yang sama (±1 jam)", "Same day (about 1 hour)",
            free: false, "Perpanjangan SIM A Rp80.000, SIM C Rp75.000 (PNBP); tes kesehatan dan psikologi dibayar terpisah.", "Renewal Rp80,000 for SIM A, Rp75,000 for SIM C (state fee); medical and psychological tests are paid separately.",
            "UU No. 22 Tahun 2009 (LLAJ); " + Polri + "; Perpol No. 5 Tahun 2021",
            "SIM A atau SIM C, berlaku 5 tahun", "Driving licence A or C, valid for 5 years"),
        "rekening-tabungan" => Make(
            ["Isi formulir pembukaan rekening di loket.", "Petugas memverifikasi KTP-el dan data Anda.", "Setor setoran awal.", "Terima buku tabungan dan kartu ATM; buat PIN di mesin EDC."],
            ["Fill in the account opening form at the desk.", "The officer verifies your ID card and data.", "Pay the initial deposit.", "Receive the passbook and ATM card; set the PIN at the card terminal."],
            "±20 menit", "About 20 minutes",
            free: true, "Tanpa biaya pembukaan; setoran awal minimal Rp50.000 menjadi saldo tabungan Anda.", "No opening fee; the initial deposit of at least Rp50,000 becomes your balance.",
            "POJK No. 22 Tahun 2023 tentang Pelindungan Konsumen dan Masyarakat di Sektor Jasa Keuangan",
            "Buku tabungan dan kartu ATM/debit", "A passbook and an ATM/debit card"),
        "pajak-daerah" => Make(
            ["Serahkan SPPT atau kode bayar kepada teller.", "Teller memeriksa tagihan.", "Bayar sesuai tagihan.", "Terima bukti bayar yang tervalidasi."],
            ["Hand the assessment (SPPT) or payment code to the teller.", "The teller checks the bill.", "Pay the amount billed.", "Receive the validated receipt."],
            "±10 menit", "About 10 minutes",
            free: true, "Tanpa biaya layanan; Anda membayar sebesar tagihan pajak atau retribusi.", "No service fee; you pay the tax or fee billed.",
            "UU No. 1 Tahun 2022 (HKPD); Perda Pajak Daerah dan Retribusi Daerah Kota Harapan Jaya",
            "Bukti pembayaran tervalidasi (STTS)", "A validated payment receipt (STTS)"),
        "jkn-kepesertaan" => Make(
            ["Serahkan persyaratan di loket.", "Petugas mendaftarkan atau mengubah data peserta.", "Peserta mandiri membayar iuran pertama melalui autodebet atau kanal bayar.", "Terima nomor peserta; kartu tersedia di aplikasi Mobile JKN."],
            ["Hand in the documents at the desk.", "The officer registers the member or changes the data.", "Self-paying members pay the first contribution by direct debit or a payment channel.", "Receive the member number; the card is in the Mobile JKN app."],
            "Hari yang sama; kartu peserta mandiri aktif 14 hari setelah pendaftaran", "Same day; a self-paying member's card is active 14 days after registration",
            free: true, "Pendaftaran gratis. Iuran bulanan peserta mandiri: Kelas I Rp150.000, Kelas II Rp100.000, Kelas III Rp35.000.", "Registration is free. Monthly contribution for self-paying members: class I Rp150,000, class II Rp100,000, class III Rp35,000.",
            "UU No. 40 Tahun 2004 (SJSN); UU No. 24 Tahun 2011 (BPJS); Perpres No. 82 Tahun 2018 jo. Perpres No. 64 Tahun 2020",
            "Nomor peserta JKN dan kartu digital (Mobile JKN)", "A JKN member number and digital card (Mobile JKN)"),
        "jkn-informasi" => Make(
            ["Sampaikan pertanyaan atau pengaduan kepada petugas.", "Petugas memeriksa data kepesertaan.", "Terima jawaban atau nomor tiket pengaduan untuk ditindaklanjuti."],
            ["Tell the officer your question or complaint.", "The officer checks your membership data.", "Receive an answer, or a complaint ticket number for follow-up."],
            "±15 menit; pengaduan ditindaklanjuti paling lama 5 hari kerja", "About 15 minutes; complaints are followed up within 5 working days",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.",
            "UU No. 24 Tahun 2011 (BPJS); Perpres No. 82 Tahun 2018",
            "Informasi tertulis atau tiket pengaduan", "Written information or a complaint ticket"),
        "klaim-jht" => Make(
            ["Ajukan klaim melalui aplikasi JMO atau di loket.", "Petugas memverifikasi berkas dan wawancara singkat.", "Saldo JHT ditransfer ke rekening peserta."],
            ["File the claim in the JMO app or at the desk.", "The officer verifies the documents and holds a short interview.", "The JHT balance is transferred to the member's account."],
            "Paling lama 5 hari kerja setelah berkas lengkap", "At most 5 working days after the documents are complete",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.",
            "PP No. 46 Tahun 2015 jo. PP No. 60 Tahun 2015; Permenaker No. 4 Tahun 2022",
            "Pembayaran saldo JHT ke rekening peserta", "The JHT balance paid into the member's account"),
        "peserta-bpu" => Make(
            ["Serahkan KTP-el dan pilih program (JKK, JKM, dan JHT bila ingin).", "Petugas mendaftarkan Anda dan memberi kode bayar.", "Bayar iuran pertama; kartu tersedia di aplikasi JMO."],
            ["Show your ID card and choose the programmes (JKK, JKM, and JHT if you wish).", "The officer registers you and gives a payment code.", "Pay the first contribution; the card is in the JMO app."],
            "±15 menit", "About 15 minutes",
            free: true, "Pendaftaran gratis. Iuran mulai Rp16.800 per bulan (JKK dan JKM).", "Registration is free. Contributions from Rp16,800 a month (JKK and JKM).",
            "Permenaker No. 5 Tahun 2021",
            "Kartu peserta digital (JMO)", "A digital membership card (JMO)"),
        "nib-oss" => Make(
            ["Buat akun OSS dengan NIK dan alamat email.", "Isi data usaha dan pilih KBLI bersama petugas.", "NIB terbit di sistem OSS; izin lain sesuai tingkat risiko."],
            ["Create an OSS account with your NIK and email.", "Enter the business data and choose the KBLI code with the officer.", "The NIB is issued in OSS; other permits follow the risk level."],
            "Hari yang sama untuk NIB usaha risiko rendah", "Same day for a low-risk business NIB",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.",
            "PP No. 5 Tahun 2021 tentang Penyelenggaraan Perizinan Berusaha Berbasis Risiko",
            "Nomor Induk Berusaha (NIB) dan perizinan sesuai risiko", "Business identification number (NIB) and permits by risk level"),
        "pbg" => Make(
            ["Konsultasi dan unggah dokumen di SIMBG.", "Pemeriksaan dokumen oleh Tim Profesi Ahli atau Tim Penilai Teknis.", "Bayar retribusi PBG.", "PBG terbit di SIMBG."],
            ["Consult and upload documents in SIMBG.", "The documents are assessed by the experts' team.", "Pay the PBG fee.", "The PBG is issued in SIMBG."],
            "Paling lama 28 hari kerja", "At most 28 working days",
            free: false, "Retribusi PBG sesuai Perda, dihitung dari luas, indeks, dan fungsi bangunan.", "The PBG fee per local regulation, from the floor area, index and use of the building.",
            "PP No. 16 Tahun 2021 tentang Bangunan Gedung; UU No. 1 Tahun 2022 (HKPD)",
            "Dokumen Persetujuan Bangunan Gedung (PBG)", "Building approval (PBG)"),
        "cek-sertifikat" => Make(
            ["Serahkan sertifikat asli dan KTP-el di loket.", "Bayar PNBP pengecekan.", "Petugas mencocokkan sertifikat dengan buku tanah.", "Ambil sertifikat dengan catatan hasil pengecekan."],
            ["Hand in the original certificate and ID card.", "Pay the check fee.", "The officer compares the certificate with the land book.", "Collect the certificate with the check result noted."],
            "1 hari kerja", "1 working day",
            free: false, "Rp50.000 per sertifikat (PNBP).", "Rp50,000 per certificate (state fee).",
            Atr,
            "Catatan hasil pengecekan pada sertifikat", "The check result noted on the certificate"),
        "peralihan-hak" => Make(
            ["Serahkan berkas melalui PPAT atau di loket.", "Bayar PNBP pendaftaran peralihan hak.", "Petugas memeriksa dan mencatat peralihan pada buku tanah.", "Ambil sertifikat atas nama pemilik baru."],
            ["Hand in the file through the PPAT or at the desk.", "Pay the transfer registration fee.", "The officer checks and records the transfer in the land book.", "Collect the certificate in the new owner's name."],
            "5 hari kerja", "5 working days",
            free: false, "PNBP = (nilai tanah : 1.000) + Rp50.000; BPHTB dan PPh dibayar terpisah.", "State fee = land value / 1,000 + Rp50,000; BPHTB and income tax are paid separately.",
            Atr,
            "Sertifikat atas nama pemilik baru", "The certificate in the new owner's name"),
        "npwp" => Make(
            ["Serahkan KTP-el dan isi formulir pendaftaran.", "Petugas memadankan NIK dan mendaftarkan NPWP.", "Terima kartu NPWP dan Surat Keterangan Terdaftar."],
            ["Show your ID card and fill in the registration form.", "The officer links your NIK and registers the NPWP.", "Receive the NPWP card and registration letter."],
            "1 hari kerja", "1 working day",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.",
            "UU No. 6 Tahun 1983 tentang KUP s.t.d.t.d. UU No. 7 Tahun 2021 (HPP); PMK No. 112/PMK.03/2022",
            "Kartu NPWP dan Surat Keterangan Terdaftar", "NPWP card and registration letter"),
        "spt-tahunan" => Make(
            ["Siapkan bukti potong dan data harta.", "Petugas membantu mengisi SPT di e-Filing.", "Kirim SPT dan terima Bukti Penerimaan Elektronik (BPE)."],
            ["Bring the withholding slip and your assets' data.", "The officer helps you fill in the return in e-Filing.", "Send the return and receive the electronic receipt (BPE)."],
            "±30 menit", "About 30 minutes",
            free: true, "Gratis, tidak dipungut biaya.", "Free of charge.",
            "UU No. 6 Tahun 1983 tentang KUP s.t.d.t.d. UU No. 7 Tahun 2021 (HPP)",
            "Bukti Penerimaan Elektronik (BPE) SPT Tahunan", "Electronic receipt (BPE) of the annual return"),
        _ => null,
    };

    private static ServiceStandard Make(
        string[] stepsId,
        string[] stepsEn,
        string timeId,
        string timeEn,
        bool free,
        string costId,
        string costEn,
        string legalBasis,
        string productId,
        string productEn) => new()
        {
            Procedure = ServiceStandard.Pair([.. _takeTicketId, .. stepsId], [.. _takeTicketEn, .. stepsEn]),
            TimeToCompleteId = timeId,
            TimeToCompleteEn = timeEn,
            Free = free,
            CostId = costId,
            CostEn = costEn,
            LegalBasis = legalBasis,
            ProductId = productId,
            ProductEn = productEn,
        };
}
