using System.Globalization;
using MediationFlow.Core.Errors;
using MediationFlow.Web.Api;
using MediationFlow.Web.Presentation;
using MediationFlow.Workflows.Engine;
using Microsoft.AspNetCore.Http;

namespace MediationFlow.Web.Tests.Presentation;

/// <summary>The refusal table's rows: every refusal has one, and pages and the API read the same status from it.</summary>
public sealed class RefusalTableRowsTests
{
    private static readonly CultureInfo English = CultureInfo.GetCultureInfo("en");
    private static readonly string[] Languages = ["kk", "ru", "en"];

    public static TheoryData<string, MediationFlowException> Refusals() => new()
    {
        { "invalid-fields", new ValidationFailedException([new FieldError("description", "required", "Required.")]) },
        { "sign-in-required", new UnauthenticatedException() },
        { "forbidden", new ForbiddenException("Not a caseworker here.") },
        { "role-required", new ActionRefusedException(Refusal.Blocked, ["Only the chair approves."], onlyRoleBlocks: true) },
        { "action-not-available", new ActionRefusedException(Refusal.Blocked, ["A session must be held first."], onlyRoleBlocks: false) },
        { "not-found", new NotFoundException("42") },
        { "stale-version", new ConflictException(42, "awaitingConsent", 5, "Changed meanwhile.") },
    };

    [Theory]
    [MemberData(nameof(Refusals))]
    public void A_refusal_has_the_same_status_on_a_page_and_in_the_API(string name, MediationFlowException refusal)
    {
        var problem = ProblemMapping.For(refusal, English)!;
        var form = FormRefusal.Of(refusal);

        Assert.Equal(RefusalTable.TypePrefix + name, problem.Type);
        Assert.Equal(problem.Status, form.Status);
    }

    [Fact]
    public void Every_kind_has_a_distinct_type_and_a_title_in_kk_ru_and_en_from_the_resources()
    {
        Assert.Equal(RefusalTable.All.Count, RefusalTable.All.Select(k => k.Type).Distinct().Count());
        Assert.All(RefusalTable.All, kind =>
        {
            var titles = Languages.Select(l => kind.TitleIn(CultureInfo.GetCultureInfo(l))).ToList();
            Assert.DoesNotContain(kind.TitleResource, titles);
            Assert.Equal(3, titles.Distinct().Count());
        });
    }

    [Fact]
    public void Not_signed_in_is_told_in_the_readers_language()
    {
        var previous = CultureInfo.CurrentUICulture;
        CultureInfo.CurrentUICulture = CultureInfo.GetCultureInfo("ru");
        try
        {
            var shown = RefusalTable.Show(new UnauthenticatedException(), CultureInfo.CurrentUICulture)!;

            Assert.Equal(("Сначала войдите в систему.", "Сначала войдите в систему."), (shown.Title, shown.Detail));
        }
        finally
        {
            CultureInfo.CurrentUICulture = previous;
        }
    }

    [Theory]
    [InlineData(StatusCodes.Status400BadRequest, "bad-request")]
    [InlineData(StatusCodes.Status401Unauthorized, "sign-in-required")]
    [InlineData(StatusCodes.Status403Forbidden, "forbidden")]
    [InlineData(StatusCodes.Status404NotFound, "not-found")]
    [InlineData(StatusCodes.Status429TooManyRequests, "too-many-requests")]
    public void A_bare_status_has_a_row_of_that_status(int status, string name)
    {
        var kind = RefusalTable.ForStatus(status)!;

        Assert.Equal((status, RefusalTable.TypePrefix + name), (kind.Status, kind.Type));
    }
}
