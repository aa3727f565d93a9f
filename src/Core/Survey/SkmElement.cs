namespace MppQueue.Core;

/// <summary>
/// The nine elements (unsur) of the public satisfaction survey of PermenPANRB 14/2017, in the
/// regulation's order; the value is the element's number there.
/// </summary>
public enum SkmElement
{
    /// <summary>Persyaratan.</summary>
    Requirements = 1,

    /// <summary>Sistem, mekanisme, dan prosedur.</summary>
    Procedure = 2,

    /// <summary>Waktu penyelesaian.</summary>
    ServiceTime = 3,

    /// <summary>Biaya/tarif.</summary>
    Cost = 4,

    /// <summary>Produk spesifikasi jenis pelayanan.</summary>
    ServiceProduct = 5,

    /// <summary>Kompetensi pelaksana.</summary>
    Competence = 6,

    /// <summary>Perilaku pelaksana.</summary>
    Conduct = 7,

    /// <summary>Penanganan pengaduan, saran dan masukan.</summary>
    ComplaintHandling = 8,

    /// <summary>Sarana dan prasarana.</summary>
    Facilities = 9,
}
