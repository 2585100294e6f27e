using System.Globalization;
using System.Net;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Security;

/// <summary>A host whose limits are low enough to reach in a test: two sign-ins a minute per address, two tokens an hour per person.</summary>
public sealed class LowLimitsFactory : MediationFlowFactory
{
    protected override IReadOnlyDictionary<string, string> Settings { get; } = new Dictionary<string, string>
    {
        ["MediationFlow:SignInsPerMinute"] = "2",
        ["MediationFlow:TokensPerHour"] = "2",
    };
}

/// <summary>
/// Sign-in (API and login form) and new personal access tokens are rate-limited: past the limit a 429 with
/// Retry-After, in the reader's language, and the attempt is not made. Each test has a host of its own, so the
/// windows do not carry over.
/// </summary>
public sealed class RateLimitTests : IAsyncLifetime
{
    private readonly LowLimitsFactory _factory = new();

    public ValueTask InitializeAsync() => _factory.InitializeAsync();

    public ValueTask DisposeAsync() => _factory.DisposeAsync();

    [Fact]
    public async Task The_third_sign_in_in_a_minute_is_429_with_retry_after_in_the_readers_language()
    {
        using var anonymous = _factory.Anonymous();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var allowed = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.Analyst, password = "not-the-password" });
            Assert.Equal(HttpStatusCode.Unauthorized, allowed.StatusCode);
        }

        using var refused = await anonymous.PostJsonAsync("/api/v1/auth/login", new { userName = DemoUsers.Analyst, password = DemoUsers.Password }, "kk");

        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("/problems/too-many-requests", problem["type"].GetString());
        Assert.Equal("Әрекет тым көп. Біраз күтіп, қайталаңыз.", problem.Title);
        var seconds = RetryAfter(refused);
        Assert.InRange(seconds, 1, 60);
        Assert.Equal($"Осы жерден әрекеттер тым көп. {seconds} секундтан кейін қайталаңыз.", problem.Detail);
    }

    [Fact]
    public async Task The_login_form_past_the_limit_is_the_429_error_page_with_the_way_back()
    {
        using var browser = _factory.Browser();
        for (var attempt = 0; attempt < 2; attempt++)
        {
            using var allowed = await LoginPage.SubmitAsync(browser, DemoUsers.Analyst, "not-the-password");
            Assert.Equal(HttpStatusCode.OK, allowed.StatusCode);
        }

        // Reading the form is never limited; sending it again is.
        using var refused = await LoginPage.SubmitAsync(browser, DemoUsers.Analyst, DemoUsers.Password);

        Assert.Equal(HttpStatusCode.TooManyRequests, refused.StatusCode);
        Assert.InRange(RetryAfter(refused), 1, 60);
        var page = await refused.Content.ReadAsStringAsync(TestRequests.Ct);
        Assert.Contains("<html lang=\"ru\">", page, StringComparison.Ordinal);
        Assert.Contains("data-status=\"429\"", page, StringComparison.Ordinal);
        Assert.Contains("Слишком много попыток отсюда", page, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"error-back\"", page, StringComparison.Ordinal);
        Assert.False(refused.Headers.Contains("Set-Cookie") && refused.Headers.GetValues("Set-Cookie").Any(c => c.StartsWith(".AspNetCore.Identity", StringComparison.Ordinal)));
    }

    [Fact]
    public async Task The_third_token_in_an_hour_is_429_and_is_not_made()
    {
        using var mediator = await _factory.ApiClientAsync(DemoUsers.Mediator);
        for (var token = 0; token < 2; token++)
        {
            using var made = await mediator.PostJsonAsync("/api/v1/tokens", new { name = $"Скрипт {token}", days = 30 });
            Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        }

        using var refused = await mediator.PostJsonAsync("/api/v1/tokens", new { name = "Скрипт 3", days = 30 }, "en");

        var problem = await refused.ProblemAsync(HttpStatusCode.TooManyRequests);
        Assert.Equal("Too many attempts. Wait a little and try again.", problem.Title);
        Assert.InRange(RetryAfter(refused), 1, 3600);
        using var list = await mediator.GetPathAsync("/api/v1/tokens");
        Assert.Equal(2, (await list.JsonAsync(HttpStatusCode.OK)).GetArrayLength());
    }

    [Fact]
    public async Task Another_persons_tokens_are_counted_apart()
    {
        using var mediator = await _factory.ApiClientAsync(DemoUsers.Mediator);
        using var chair = await _factory.ApiClientAsync(DemoUsers.Chair);
        for (var token = 0; token < 2; token++)
        {
            using var made = await mediator.PostJsonAsync("/api/v1/tokens", new { name = $"Скрипт {token}", days = 30 });
            Assert.Equal(HttpStatusCode.Created, made.StatusCode);
        }

        using var chairs = await chair.PostJsonAsync("/api/v1/tokens", new { name = "Скрипт председателя", days = 30 });

        Assert.Equal(HttpStatusCode.Created, chairs.StatusCode);
    }

    private static int RetryAfter(HttpResponseMessage response) =>
        int.Parse(Assert.Single(response.Headers.GetValues("Retry-After")), NumberStyles.None, CultureInfo.InvariantCulture);
}

/// <summary>A limit of nothing would refuse every sign-in: the host refuses to start with one, naming the setting.</summary>
public sealed class RateLimitSettingTests
{
    [Theory]
    [InlineData(0, 10, "MediationFlow:SignInsPerMinute")]
    [InlineData(30, -1, "MediationFlow:TokensPerHour")]
    public void A_limit_that_is_not_positive_is_refused_naming_the_setting(int signIns, int tokens, string setting)
    {
        var options = new MediationFlow.Web.Hosting.MediationFlowOptions { SignInsPerMinute = signIns, TokensPerHour = tokens };

        var refusal = Assert.Throws<MediationFlow.Web.Hosting.InvalidSettingException>(() =>
            MediationFlow.Web.Security.RateLimits.AddMediationFlowRateLimits(new Microsoft.Extensions.DependencyInjection.ServiceCollection(), options));

        Assert.Equal(setting, refusal.Setting);
    }
}
