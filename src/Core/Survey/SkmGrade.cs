namespace MppQueue.Core;

/// <summary>The quality grade (mutu pelayanan) of an IKM value; see <see cref="IkmCalculator.GradeOf"/>.</summary>
public enum SkmGrade
{
    /// <summary>Sangat Baik: 88.31–100.00.</summary>
    A,

    /// <summary>Baik: 76.61–88.30.</summary>
    B,

    /// <summary>Kurang Baik: 65.00–76.60.</summary>
    C,

    /// <summary>Tidak Baik: 25.00–64.99.</summary>
    D,
}
