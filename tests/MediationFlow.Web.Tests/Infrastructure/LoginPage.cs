using System.Net;
using System.Text.RegularExpressions;

namespace MediationFlow.Web.Tests.Infrastructure;

/// <summary>Signs in through /Account/Login as a browser does: fetch the form, send it back with its antiforgery token.</summary>
public static partial class LoginPage
{
    public const string TokenField = "__RequestVerificationToken";

    /// <summary>The hidden antiforgery token in a page's form.</summary>
    public static string AntiforgeryToken(string html)
    {
        var match = TokenInput().Match(html);
        return match.Success ? WebUtility.HtmlDecode(match.Groups["value"].Value) : throw new InvalidOperationException("The page has no antiforgery token.");
    }

    /// <summary>Posts the login form; the client must keep cookies (the antiforgery cookie goes with the token).</summary>
    public static async Task<HttpResponseMessage> SubmitAsync(HttpClient client, string userName, string password, string? returnUrl = null)
    {
        ArgumentNullException.ThrowIfNull(client);
        var form = await client.GetStringAsync(new Uri("/Account/Login", UriKind.Relative));
        using var content = new FormUrlEncodedContent(new Dictionary<string, string>
        {
            ["UserName"] = userName,
            ["Password"] = password,
            ["ReturnUrl"] = returnUrl ?? string.Empty,
            [TokenField] = AntiforgeryToken(form),
        });
        return await client.PostAsync(new Uri("/Account/Login", UriKind.Relative), content);
    }

    [GeneratedRegex(@"<input[^>]*name=""__RequestVerificationToken""[^>]*value=""(?<value>[^""]+)""|<input[^>]*value=""(?<value>[^""]+)""[^>]*name=""__RequestVerificationToken""")]
    private static partial Regex TokenInput();
}
