using System.Collections;
using System.Reflection;
using Xunit.Sdk;

namespace MppQueue.Storage.Tests;

/// <summary>
/// Field-by-field comparison of domain values. Records holding immutable collections compare those
/// by reference, so plain equality would fail every round trip; this walks them instead and names
/// the first field that differs. Instants compare as UTC instants.
/// </summary>
public static class DeepAssert
{
    public static void Equal<T>(T expected, T actual) => Compare(expected, actual, typeof(T).Name);

    /// <summary>Fails when a settable property of <paramref name="value"/> still has its type's default.</summary>
    public static void NoDefaults(object value)
    {
        foreach (var property in Settable(value.GetType()))
        {
            var current = property.GetValue(value);
            var type = property.PropertyType;
            var isDefault = current is null
                || (type.IsValueType && Nullable.GetUnderlyingType(type) is null && current.Equals(Activator.CreateInstance(type)))
                || (current is IEnumerable sequence and not string && !sequence.GetEnumerator().MoveNext());
            if (isDefault)
            {
                throw new XunitException($"{value.GetType().Name}.{property.Name} is left at its default, so a round trip cannot show that it is stored.");
            }
        }
    }

    private static IEnumerable<PropertyInfo> Settable(Type type) =>
        type.GetProperties(BindingFlags.Public | BindingFlags.Instance)
            .Where(p => p.GetIndexParameters().Length == 0 && p.SetMethod is not null);

    private static void Compare(object? expected, object? actual, string path)
    {
        if (expected is null || actual is null)
        {
            if (expected is not null || actual is not null)
            {
                throw new XunitException($"{path}: expected {Show(expected)}, got {Show(actual)}");
            }

            return;
        }

        // Two sequences compare by their items whatever their collection types; anything else must match in type.
        if (expected.GetType() != actual.GetType() && !(expected is IEnumerable and not string && actual is IEnumerable and not string))
        {
            throw new XunitException($"{path}: expected a {expected.GetType().Name}, got a {actual.GetType().Name}");
        }

        switch (expected)
        {
            case DateTimeOffset e:
                var a = (DateTimeOffset)actual;
                if (e.UtcTicks != a.UtcTicks)
                {
                    throw new XunitException($"{path}: expected instant {e:O} ({e.UtcTicks} UTC ticks), got {a:O} ({a.UtcTicks})");
                }

                return;
            case string or DateOnly or TimeOnly or TimeZoneInfo or Enum:
                if (!expected.Equals(actual))
                {
                    throw new XunitException($"{path}: expected {Show(expected)}, got {Show(actual)}");
                }

                return;
            case IDictionary expectedMap when actual is IDictionary actualMap:
                CompareMaps(expectedMap, actualMap, path);
                return;
            case IEnumerable expectedItems:
                CompareSequences(expectedItems, (IEnumerable)actual, path);
                return;
        }

        var type = expected.GetType();
        if (type.IsPrimitive || type == typeof(decimal))
        {
            if (!expected.Equals(actual))
            {
                throw new XunitException($"{path}: expected {Show(expected)}, got {Show(actual)}");
            }

            return;
        }

        foreach (var property in type.GetProperties(BindingFlags.Public | BindingFlags.Instance).Where(p => p.GetIndexParameters().Length == 0))
        {
            Compare(property.GetValue(expected), property.GetValue(actual), path + "." + property.Name);
        }
    }

    private static void CompareMaps(IDictionary expected, IDictionary actual, string path)
    {
        var expectedKeys = expected.Keys.Cast<object>().Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList();
        var actualKeys = actual.Keys.Cast<object>().Select(k => k.ToString()).Order(StringComparer.Ordinal).ToList();
        if (!expectedKeys.SequenceEqual(actualKeys))
        {
            throw new XunitException($"{path}: expected keys [{string.Join(", ", expectedKeys)}], got [{string.Join(", ", actualKeys)}]");
        }

        foreach (var key in expected.Keys)
        {
            Compare(expected[key], actual[key], $"{path}[{key}]");
        }
    }

    private static void CompareSequences(IEnumerable expected, IEnumerable actual, string path)
    {
        var expectedList = expected.Cast<object?>().ToList();
        var actualList = actual.Cast<object?>().ToList();
        if (expectedList.Count != actualList.Count)
        {
            throw new XunitException($"{path}: expected {expectedList.Count} items, got {actualList.Count}");
        }

        for (var i = 0; i < expectedList.Count; i++)
        {
            Compare(expectedList[i], actualList[i], $"{path}[{i}]");
        }
    }

    private static string Show(object? value) => value switch
    {
        null => "null",
        string s => "\"" + s + "\"",
        _ => value.ToString() ?? value.GetType().Name,
    };
}
