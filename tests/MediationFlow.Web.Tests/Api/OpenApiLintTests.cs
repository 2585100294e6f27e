using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Xunit.Sdk;

namespace MediationFlow.Web.Tests.Api;

/// <summary>The OpenAPI document the host serves, linted by a standard linter (Redocly CLI, recommended rules).</summary>
public sealed class OpenApiLintTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task OpenAPI_document_passes_the_linter_with_no_error_and_no_warning()
    {
        var linter = OpenApiLinter.Require();
        using var anonymous = factory.Anonymous();
        using var response = await anonymous.GetPathAsync("/openapi/v1.json");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);

        var report = await OpenApiLinter.LintAsync(linter, await response.Content.ReadAsStringAsync(TestRequests.Ct), TestRequests.Ct);

        var problems = string.Join("\n", report.GetProperty("problems").EnumerateArray()
            .Select(p => $"{p.GetProperty("severity").GetString()} {p.GetProperty("ruleId").GetString()}: {p.GetProperty("message").GetString()} at {p.GetProperty("location")[0].GetProperty("pointer").GetString()}"));
        var totals = report.GetProperty("totals");
        Assert.True(totals.GetProperty("errors").GetInt32() == 0 && totals.GetProperty("warnings").GetInt32() == 0, problems);
    }

    [Fact]
    public void Missing_linter_skips_with_the_reason_outside_CI_and_fails_under_CI()
    {
        // Caught by hand: xunit's Assert.Throws lets a skip through, which would skip this test instead of checking it.
        Exception? skipped = null;
        try
        {
            OpenApiLinter.Require(null, underCi: false);
        }
        catch (SkipException e)
        {
            skipped = e;
        }

        Assert.Contains(OpenApiLinter.Package, Assert.IsType<SkipException>(skipped).Message, StringComparison.Ordinal);
        var failed = Assert.Throws<FailException>(() => OpenApiLinter.Require(null, underCi: true));
        Assert.Contains("CI=true", failed.Message, StringComparison.Ordinal);
        Assert.Equal("/usr/bin/redocly", OpenApiLinter.Require("/usr/bin/redocly", underCi: true));
    }
}
