using System.Globalization;
using System.Net;
using System.Text.RegularExpressions;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>The council figures page shows what the API reports and keeps working when the year in the link is wrong.</summary>
public sealed class FiguresPageTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    private static readonly string[] Counts = ["registered", "open", "overdue", "closed"];

    [Fact]
    public async Task The_analyst_sees_the_figures_the_api_reports()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var api = await factory.ApiClientAsync(DemoUsers.Analyst);
        using var response = await api.GetPathAsync($"/api/v1/councils/{council}/figures");
        var total = (await response.JsonAsync(HttpStatusCode.OK)).GetProperty("total");
        Assert.True(total.GetProperty("registered").GetInt32() > 0, "The demo council registered cases this year.");

        var page = await PageAsync($"/Councils/{council}/Figures");

        foreach (var figure in Counts)
        {
            Assert.Equal(total.GetProperty(figure).GetInt32().ToString(CultureInfo.InvariantCulture), Figure(page, figure));
        }
    }

    [Theory]
    [InlineData("abc")]
    [InlineData("1999")]
    public async Task A_wrong_year_is_named_and_this_years_figures_are_shown(string year)
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);

        var page = await PageAsync($"/Councils/{council}/Figures?year={year}");

        Assert.Contains("data-field-error=\"year\"", page, StringComparison.Ordinal);
        Assert.Matches($"name=\"year\" type=\"number\"[^>]* value=\"{factory.ThisYear}\"", page);
        Assert.NotNull(Figure(page, "registered"));
    }

    [Fact]
    public async Task The_csv_has_the_council_then_the_councils_below_with_the_pages_counts()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        var page = await PageAsync($"/Councils/{council}/Figures");
        using var browser = await factory.PageClientAsync(DemoUsers.Analyst);

        using var response = await browser.GetPathAsync($"/Councils/{council}/Figures?handler=Csv");

        Assert.Equal("text/csv", response.Content.Headers.ContentType?.MediaType);
        var lines = (await response.Content.ReadAsStringAsync(TestRequests.Ct)).TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal("council_id,council,level,year,registered,open,overdue,closed", lines[0]);
        var own = lines[1].Split(',');
        Assert.Equal(council.ToString(CultureInfo.InvariantCulture), own[0]);
        string[] counts = [.. Counts.Select(f => Figure(page, f) ?? "missing")];
        Assert.Equal(counts, own[4..]);
        Assert.Equal(Regex.Count(page, "<tr data-council-id="), lines.Length - 2);
    }

    [Theory]
    [InlineData("kk")]
    [InlineData("ru")]
    [InlineData("en")]
    public async Task The_csv_names_council_levels_in_the_readers_language(string language)
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var browser = await factory.PageClientAsync(DemoUsers.Analyst);
        await SwitchLanguageAsync(browser, language);

        using var response = await browser.GetPathAsync($"/Councils/{council}/Figures?handler=Csv");
        await SwitchLanguageAsync(browser, "ru");

        var lines = (await response.Content.ReadAsStringAsync(TestRequests.Ct)).TrimStart('\uFEFF').ReplaceLineEndings("\n").Split('\n', StringSplitOptions.RemoveEmptyEntries);
        Assert.Equal(PageText.Get("Level.District", language), lines[1].Split(',')[2]);
        Assert.All(lines.Skip(2), line => Assert.Equal(PageText.Get("Level.Rural", language), line.Split(',')[2]));
    }

    /// <summary>The header's switcher; it also becomes the analyst's profile language, which the other tests read in Russian.</summary>
    private static async Task SwitchLanguageAsync(HttpClient browser, string language)
    {
        var home = await (await browser.GetPathAsync("/")).Content.ReadAsStringAsync(TestRequests.Ct);
        using var switched = await HtmlForm.Find(home, "/Account/Language").SubmitAsync(browser, new Dictionary<string, string> { ["language"] = language });
        Assert.Equal(System.Net.HttpStatusCode.Redirect, switched.StatusCode);
    }

    [Fact]
    public async Task A_wrong_year_for_the_csv_shows_the_page_with_the_error()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);

        var page = await PageAsync($"/Councils/{council}/Figures?handler=Csv&year=1999");

        Assert.Contains("data-field-error=\"year\"", page, StringComparison.Ordinal);
    }

    [Theory]
    [InlineData(DemoUsers.Analyst, true)]
    [InlineData(DemoUsers.Chair, true)]
    [InlineData(DemoUsers.Mediator, false)]
    public async Task The_council_page_links_to_the_figures_for_those_who_may_read_them(string user, bool linked)
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var browser = await factory.PageClientAsync(user);

        using var response = await browser.GetPathAsync($"/Councils/{council}");

        var page = await response.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Equal(linked, page.Contains($"href=\"/Councils/{council}/Figures\" data-testid=\"council-figures\"", StringComparison.Ordinal));
    }

    private async Task<string> PageAsync(string path)
    {
        using var browser = await factory.PageClientAsync(DemoUsers.Analyst);
        using var response = await browser.GetPathAsync(path);
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestRequests.Ct);
    }

    private static string? Figure(string page, string name) =>
        Regex.Match(page, $"data-figure=\"{name}\">([^<]*)</dd>") is { Success: true } match ? match.Groups[1].Value : null;
}
