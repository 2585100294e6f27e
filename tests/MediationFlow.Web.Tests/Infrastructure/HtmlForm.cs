using System.Net;
using System.Text.RegularExpressions;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>A form on a page, submitted the way a browser would: its own fields (hidden ones included) plus what the user chose.</summary>
public sealed partial record HtmlForm(string Action, IReadOnlyDictionary<string, string> Fields)
{
    /// <summary>The first form on the page that posts to <paramref name="action"/>; fails when there is none.</summary>
    public static HtmlForm Find(string html, string action)
    {
        ArgumentNullException.ThrowIfNull(html);
        var form = Forms().Matches(html).FirstOrDefault(m => WebUtility.HtmlDecode(m.Groups["action"].Value) == action)
            ?? throw new InvalidOperationException($"The page has no form posting to {action}.");
        return new HtmlForm(action, FieldsOf(form));
    }

    private static Dictionary<string, string> FieldsOf(Match form)
    {
        var fields = new Dictionary<string, string>(StringComparer.Ordinal);
        foreach (Match input in Inputs().Matches(form.Groups["body"].Value))
        {
            var name = Attribute(input.Value, "name");
            if (name is not null)
            {
                fields[name] = Attribute(input.Value, "value") ?? string.Empty;
            }
        }

        return fields;
    }

    /// <summary>The form on the page whose opening tag has <paramref name="attribute"/>="<paramref name="value"/>" (data-action, data-confirm, id).</summary>
    public static HtmlForm FindBy(string html, string attribute, string value)
    {
        ArgumentNullException.ThrowIfNull(html);
        var form = Forms().Matches(html).FirstOrDefault(m => Attribute(m.Groups["tag"].Value, attribute) == value)
            ?? throw new InvalidOperationException($"The page has no form with {attribute}=\"{value}\".");
        return new HtmlForm(WebUtility.HtmlDecode(form.Groups["action"].Value), FieldsOf(form));
    }

    /// <summary>The value of an attribute on each form of the page that has it, in page order.</summary>
    public static IReadOnlyList<string> Attributes(string html, string attribute) =>
        [.. Forms().Matches(html).Select(m => Attribute(m.Groups["tag"].Value, attribute)).OfType<string>()];

    public async Task<HttpResponseMessage> SubmitAsync(HttpClient client, IReadOnlyDictionary<string, string>? choices = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var values = new Dictionary<string, string>(Fields, StringComparer.Ordinal);
        foreach (var (name, value) in choices ?? new Dictionary<string, string>())
        {
            values[name] = value;
        }

        using var content = new FormUrlEncodedContent(values);
        return await client.PostAsync(new Uri(Action, UriKind.Relative), content, TestRequests.Ct);
    }

    private static string? Attribute(string tag, string name)
    {
        var match = Regex.Match(tag, $@"\s{name}=""(?<value>[^""]*)""", RegexOptions.CultureInvariant);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : null;
    }

    [GeneratedRegex("""(?<tag><form[^>]*\saction="(?<action>[^"]*)"[^>]*>)(?<body>.*?)</form>""", RegexOptions.Singleline)]
    private static partial Regex Forms();

    [GeneratedRegex("""<(input|select)\b[^>]*>""")]
    private static partial Regex Inputs();
}
