using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Api;

/// <summary>
/// One table says what a refusal looks like: the same status on a page and in the API, a problem `type`
/// a client can switch on (the two 409s apart), and a title in the reader's language.
/// </summary>
public sealed class RefusalTableTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task Role_only_refusal_is_403_on_a_page_as_in_the_API()
    {
        var id = await factory.BurabayAsync("awaitingApproval");
        using var api = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = (await api.CaseAsync(id)).GetProperty("version").GetInt32();
        using var browser = await factory.PageClientAsync(DemoUsers.Mediator);
        var token = HtmlForm.Find(await (await browser.GetPathAsync("/Approvals")).Content.ReadAsStringAsync(TestRequests.Ct), "/Account/Language")
            .Fields["__RequestVerificationToken"];

        using var fromApi = await api.ActAsync(id, "approve", version);
        using var fromPage = await new HtmlForm("/Approvals?handler=Approve", new Dictionary<string, string>
        {
            ["caseId"] = id.ToString(CultureInfo.InvariantCulture),
            ["expectedVersion"] = version.ToString(CultureInfo.InvariantCulture),
            ["__RequestVerificationToken"] = token,
            ["confirmed"] = "true",
        }).SubmitAsync(browser);

        var problem = await fromApi.ProblemAsync(HttpStatusCode.Forbidden);
        Assert.Equal("/problems/role-required", problem["type"].GetString());
        Assert.Equal(HttpStatusCode.Forbidden, fromPage.StatusCode);
        Assert.Equal("text/html", fromPage.Content.Headers.ContentType?.MediaType);
        var reason = problem["reasons"][0].GetString()!;
        Assert.Contains(System.Net.WebUtility.HtmlEncode(reason), await fromPage.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
        Assert.Equal(version, (await api.CaseAsync(id)).GetProperty("version").GetInt32());
    }

    [Fact]
    public async Task A_stale_version_and_an_action_not_available_are_409s_of_different_types()
    {
        var walk = await CaseWalk.OpenAsync(factory);
        using var mediator = await factory.ApiClientAsync(DemoUsers.Mediator);
        var version = await mediator.TakeAsync(walk.CaseId, "acceptForMediation");

        using var stale = await mediator.ActAsync(walk.CaseId, "closeNotMediable", version - 1, language: "ru");
        using var notAvailable = await mediator.ActAsync(walk.CaseId, "acceptForMediation", version, language: "ru");

        var staleProblem = await stale.ProblemAsync(HttpStatusCode.Conflict);
        var notAvailableProblem = await notAvailable.ProblemAsync(HttpStatusCode.Conflict);
        Assert.Equal("/problems/stale-version", staleProblem["type"].GetString());
        Assert.Equal("Дело изменилось после версии, которую вы отправили.", staleProblem.Title);
        Assert.Equal(version, staleProblem["currentVersion"].GetInt32());
        Assert.Equal("/problems/action-not-available", notAvailableProblem["type"].GetString());
        Assert.Equal("Это действие сейчас недоступно.", notAvailableProblem.Title);
        Assert.False(notAvailableProblem.Body.TryGetProperty("currentVersion", out _));
    }

    [Theory]
    [InlineData("kk", "Алдымен жүйеге кіріңіз.")]
    [InlineData("ru", "Сначала войдите в систему.")]
    [InlineData("en", "Sign in first.")]
    public async Task A_request_without_a_token_gets_the_tables_type_and_a_title_in_the_readers_language(string language, string title)
    {
        using var anonymous = factory.Anonymous();

        using var response = await anonymous.GetPathAsync("/api/v1/inbox", language);

        var problem = await response.ProblemAsync(HttpStatusCode.Unauthorized);
        Assert.Equal("/problems/sign-in-required", problem["type"].GetString());
        Assert.Equal(title, problem.Title);
    }

    [Fact]
    public async Task Invalid_fields_carry_their_type_and_a_title_in_the_readers_language()
    {
        using var chair = await factory.ApiClientAsync(DemoUsers.Chair);

        using var response = await chair.PostRawAsync(CaseApi.Cases, "{}", language: "kk");

        var problem = await response.ProblemAsync(HttpStatusCode.BadRequest);
        Assert.Equal("/problems/invalid-fields", problem["type"].GetString());
        Assert.Equal("Сұраныста қате өрістер бар.", problem.Title);
        Assert.NotEmpty(problem.Fields);
    }
}
