namespace MppQueue.Admin.Ikm;

/// <summary>The quick choices of the index page's period picker.</summary>
public enum IkmPeriodChoice
{
    ThisMonth,
    LastMonth,
    ThisYear,
    Custom,
}
