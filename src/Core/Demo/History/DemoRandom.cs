namespace MppQueue.Core;

/// <summary>
/// The demo history's one source of chance: a seeded <see cref="Random"/>, so that the same seed and demo day give the
/// same four weeks, with the shapes the history needs (a log-normal duration, a pick by weight, ids). Page tokens do not
/// come from here: they are secrets and stay truly random (<see cref="Tokens"/>).
/// </summary>
internal sealed class DemoRandom(int seed)
{
    private const string CodeAlphabet = "ABCDEFGHJKMNPQRSTUVWXYZ23456789";

    private readonly Random _random = new(seed);

    public double Unit() => _random.NextDouble();

    public bool Chance(double probability) => _random.NextDouble() < probability;

    public int Between(int min, int maxInclusive) => _random.Next(min, maxInclusive + 1);

    public double Between(double min, double max) => min + (_random.NextDouble() * (max - min));

    public TimeSpan Minutes(double min, double max) => TimeSpan.FromMinutes(Between(min, max));

    public TimeSpan Seconds(double min, double max) => TimeSpan.FromSeconds(Between(min, max));

    /// <summary>A standard normal draw (Box–Muller).</summary>
    public double Normal()
    {
        var u1 = 1.0 - _random.NextDouble();
        var u2 = _random.NextDouble();
        return Math.Sqrt(-2.0 * Math.Log(u1)) * Math.Cos(2.0 * Math.PI * u2);
    }

    /// <summary>A positive duration whose median is <paramref name="median"/>, spread by <paramref name="sigma"/> on the log scale, kept within bounds.</summary>
    public TimeSpan LogNormal(TimeSpan median, double sigma, TimeSpan min, TimeSpan max)
    {
        var ticks = median.Ticks * Math.Exp(sigma * Normal());
        return TimeSpan.FromTicks((long)Math.Clamp(ticks, min.Ticks, max.Ticks));
    }

    /// <summary>An index chosen with probability proportional to its weight.</summary>
    public int Pick(IReadOnlyList<double> weights)
    {
        var total = 0.0;
        foreach (var weight in weights)
        {
            total += weight;
        }

        var point = _random.NextDouble() * total;
        for (var i = 0; i < weights.Count; i++)
        {
            point -= weights[i];
            if (point < 0)
            {
                return i;
            }
        }

        return weights.Count - 1;
    }

    public T Of<T>(IReadOnlyList<T> items) => items[_random.Next(items.Count)];

    /// <summary>An id in the form the engine gives (<see cref="Tokens.NewId"/>), from the seed.</summary>
    public string NewId()
    {
        Span<byte> bytes = stackalloc byte[16];
        _random.NextBytes(bytes);
        return new Guid(bytes).ToString("N");
    }

    /// <summary>A booking code in the form the engine gives (<see cref="Tokens.NewBookingCode"/>), from the seed.</summary>
    public string NewBookingCode() => string.Create(8, _random, (span, random) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = CodeAlphabet[random.Next(CodeAlphabet.Length)];
        }
    });

    /// <summary>Hex digits, for a NIK hash made under a key nobody holds (it matches no real NIK).</summary>
    public string Hex(int length) => string.Create(length, _random, (span, random) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = "0123456789abcdef"[random.Next(16)];
        }
    });

    public string Digits(int length) => string.Create(length, _random, (span, random) =>
    {
        for (var i = 0; i < span.Length; i++)
        {
            span[i] = (char)('0' + random.Next(10));
        }
    });
}
