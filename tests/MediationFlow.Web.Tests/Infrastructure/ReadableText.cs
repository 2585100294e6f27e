using System.Net;
using System.Text;
using System.Text.Json;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>
/// A response body as a person would read it: JSON may escape non-ASCII letters (\u0410) and Razor writes
/// them as character references (&amp;#x410;), so a plain search for a Cyrillic name could miss a leak.
/// </summary>
public static class ReadableText
{
    public static string Of(string body, string? mediaType)
    {
        ArgumentNullException.ThrowIfNull(body);
        var text = new StringBuilder(body).Append('\n').Append(WebUtility.HtmlDecode(body));
        if (mediaType is not null && mediaType.Contains("json", StringComparison.OrdinalIgnoreCase) && body.Length > 0)
        {
            using var document = JsonDocument.Parse(body);
            AppendStrings(document.RootElement, text);
        }

        return text.ToString();
    }

    private static void AppendStrings(JsonElement element, StringBuilder text)
    {
        switch (element.ValueKind)
        {
            case JsonValueKind.String:
                text.Append('\n').Append(element.GetString());
                break;
            case JsonValueKind.Array:
                foreach (var item in element.EnumerateArray())
                {
                    AppendStrings(item, text);
                }

                break;
            case JsonValueKind.Object:
                foreach (var property in element.EnumerateObject())
                {
                    text.Append('\n').Append(property.Name);
                    AppendStrings(property.Value, text);
                }

                break;
        }
    }
}
