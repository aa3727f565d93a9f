namespace MppQueue.Core;

/// <summary>How a ticket's number is spoken: as one number ("A dua belas") or digit by digit ("A nol satu dua").</summary>
public enum NumberReading
{
    WholeNumber,
    DigitByDigit,
}
