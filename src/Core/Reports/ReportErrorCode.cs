namespace MppQueue.Core;

/// <summary>Why a report was refused; each has a sentence in id and en (ReportText.resx, key ReportError_&lt;code&gt;).</summary>
public enum ReportErrorCode
{
    /// <summary>The last day is before the first.</summary>
    PeriodReversed,

    /// <summary>More than <see cref="ReportPeriod.MaxDays"/> days.</summary>
    PeriodTooLong,

    /// <summary>A day that is not a date (from a typed address).</summary>
    InvalidDate,

    UnknownAgency,

    UnknownService,

    UnknownDesk,

    UnknownOfficer,

    /// <summary>The service, desk or officer belongs to another agency than the one the report is narrowed to.</summary>
    NotInAgency,

    /// <summary>An agency supervisor asked for another agency than their own.</summary>
    OutOfScope,

    /// <summary>A period name that is not one of <see cref="ReportPeriodKind"/>.</summary>
    UnknownPeriod,
}
