using System.Globalization;
using Microsoft.Extensions.DependencyInjection;
using Microsoft.Extensions.Options;

namespace MppQueue.Core;

/// <summary>
/// Checks on settings, added to an options builder beside <c>ValidateOnStart()</c>: a bad value stops the host at
/// start with a message that names the setting as it is written in configuration and says what is allowed.
/// </summary>
public static class SettingRules
{
    /// <summary>A whole number between <paramref name="min"/> and <paramref name="max"/>, both included.</summary>
    public static OptionsBuilder<T> InRange<T>(this OptionsBuilder<T> builder, string key, Func<T, int> value, int min, int max)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return builder.Check(options => value(options) is var given && (given < min || given > max)
            ? string.Create(CultureInfo.InvariantCulture, $"{key} must be between {min} and {max} (it is {given}).")
            : null);
    }

    /// <summary>A length of time longer than zero and at most <paramref name="max"/>.</summary>
    public static OptionsBuilder<T> Positive<T>(this OptionsBuilder<T> builder, string key, Func<T, TimeSpan> value, TimeSpan max)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return builder.Check(options => value(options) is var given && (given <= TimeSpan.Zero || given > max)
            ? string.Create(CultureInfo.InvariantCulture, $"{key} must be longer than 00:00:00 and at most {max:c} (it is {given:c}).")
            : null);
    }

    /// <summary>An absolute http or https address, when one is given.</summary>
    public static OptionsBuilder<T> WebAddress<T>(this OptionsBuilder<T> builder, string key, Func<T, Uri?> value)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(value);
        return builder.Check(options => value(options) is { } given
            && !(given.IsAbsoluteUri && (given.Scheme == Uri.UriSchemeHttp || given.Scheme == Uri.UriSchemeHttps))
            ? $"{key} must be an http or https address such as http://192.168.1.10:5000/ (it is {Printable.Echo(given.OriginalString)})."
            : null);
    }

    /// <summary>Any other rule: the message when the options break it, or null when they do not.</summary>
    public static OptionsBuilder<T> Check<T>(this OptionsBuilder<T> builder, Func<T, string?> failure)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(builder);
        ArgumentNullException.ThrowIfNull(failure);
        builder.Services.AddSingleton<IValidateOptions<T>>(new Rule<T>(builder.Name, failure));
        return builder;
    }

    private sealed class Rule<T>(string? name, Func<T, string?> failure) : IValidateOptions<T>
        where T : class
    {
        public ValidateOptionsResult Validate(string? optionsName, T options) =>
            name is not null && name != optionsName ? ValidateOptionsResult.Skip
            : failure(options) is { } message ? ValidateOptionsResult.Fail(message)
            : ValidateOptionsResult.Success;
    }
}
