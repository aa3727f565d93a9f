using System.Globalization;
using System.Text.Json;

namespace MppQueue.Server.Notices;

/// <summary>A simple dot path into a JSON answer ("data.0.id", "messages.0.id"): property names, and numbers for array items.</summary>
public static class JsonPath
{
    /// <summary>The string (or number, as written) at <paramref name="path"/>, or null when there is none.</summary>
    public static string? Find(JsonElement root, string path)
    {
        ArgumentNullException.ThrowIfNull(path);
        var current = root;
        foreach (var step in path.Split('.', StringSplitOptions.RemoveEmptyEntries | StringSplitOptions.TrimEntries))
        {
            if (current.ValueKind == JsonValueKind.Object && current.TryGetProperty(step, out var next))
            {
                current = next;
            }
            else if (current.ValueKind == JsonValueKind.Array
                && int.TryParse(step, NumberStyles.None, CultureInfo.InvariantCulture, out var index)
                && index < current.GetArrayLength())
            {
                current = current[index];
            }
            else
            {
                return null;
            }
        }

        return current.ValueKind switch
        {
            JsonValueKind.String => current.GetString(),
            JsonValueKind.Number or JsonValueKind.True or JsonValueKind.False => current.GetRawText(),
            _ => null,
        };
    }

    /// <summary>The value at <paramref name="path"/> in a JSON text, or null when the text is not JSON or has none there.</summary>
    public static string? Find(string? json, string path)
    {
        if (string.IsNullOrWhiteSpace(json))
        {
            return null;
        }

        try
        {
            using var document = JsonDocument.Parse(json);
            return Find(document.RootElement, path);
        }
        catch (JsonException)
        {
            return null;
        }
    }
}
