using System.Globalization;
using System.Net;
using System.Resources;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>A page's text in a language, as the web's resources give it, and as it appears in the page's HTML.</summary>
public static class PageText
{
    private static readonly ResourceManager Resources = new("MediationFlow.Web.Resources.SharedResource", typeof(SharedResource).Assembly);

    public static string Get(string key, string language) =>
        Resources.GetString(key, CultureInfo.GetCultureInfo(language)) ?? throw new InvalidOperationException($"No text {key}.");

    /// <summary>The HTML with character references resolved, so a text can be looked for as a person reads it.</summary>
    public static string Readable(string html) => WebUtility.HtmlDecode(html);
}
