using System.Net;
using MediationFlow.Web.Tests.Infrastructure;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>The register's forms on the council page: a change is saved and shown; a refused form comes back (400) with the reason beside its field.</summary>
public sealed class RegisterFormsTests(MediationFlowFactory factory) : IClassFixture<MediationFlowFactory>
{
    [Fact]
    public async Task The_chair_adds_a_training_record_and_sees_it_in_the_register()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        var form = HtmlForm.FindBy(await PageAsync(chair, council), "data-testid", "register-training-form");
        using var added = await form.SubmitAsync(chair, new Dictionary<string, string>
        {
            ["Training.Course"] = "Көпмәдениетті қоғамдағы медиация",
            ["Training.Hours"] = "24",
            ["Training.CompletedOn"] = "2026-04-10",
        });

        Assert.Equal(HttpStatusCode.Redirect, added.StatusCode);
        Assert.Contains("Көпмәдениетті қоғамдағы медиация", await PageAsync(chair, council), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_status_change_without_a_reason_comes_back_with_the_error_beside_the_field_in_the_readers_language_and_changes_nothing()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);
        var before = await StatusChangesAsync();

        var form = HtmlForm.FindBy(await PageAsync(chair, council), "data-testid", "register-status-form");
        using var refused = await form.SubmitAsync(chair, new Dictionary<string, string>
        {
            ["Status.Status"] = "Suspended",
            ["Status.EffectiveOn"] = "2026-01-05",
            ["Status.Reason"] = "",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        var page = WebUtility.HtmlDecode(await refused.Content.ReadAsStringAsync(TestRequests.Ct));
        var reason = page[page.IndexOf("data-field=\"reason\"", StringComparison.Ordinal)..];
        Assert.Contains("Бұл өрісті толтыру міндетті.", reason[..reason.IndexOf("</div>", StringComparison.Ordinal)], StringComparison.Ordinal);
        Assert.Contains("<div class=\"field invalid\" data-field=\"reason\">", page, StringComparison.Ordinal);
        Assert.Equal(before, await StatusChangesAsync());
    }

    [Fact]
    public async Task Hours_that_are_not_a_number_are_refused_beside_their_field_before_anything_is_sent()
    {
        var council = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);
        var before = await factory.QueryAsync(db => db.TrainingRecords.CountAsync());

        var form = HtmlForm.FindBy(await PageAsync(chair, council), "data-testid", "register-training-form");
        using var refused = await form.SubmitAsync(chair, new Dictionary<string, string>
        {
            ["Training.Course"] = "Медиация",
            ["Training.Hours"] = "көп",
            ["Training.CompletedOn"] = "2026-04-10",
        });

        Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
        Assert.Contains("<div class=\"field invalid\" data-field=\"hours\">", await refused.Content.ReadAsStringAsync(TestRequests.Ct), StringComparison.Ordinal);
        Assert.Equal(before, await factory.QueryAsync(db => db.TrainingRecords.CountAsync()));
    }

    private Task<int> StatusChangesAsync() => factory.QueryAsync(db => db.MediatorStatusChanges.CountAsync());

    private static async Task<string> PageAsync(HttpClient client, int council)
    {
        using var response = await client.GetPathAsync($"/Councils/{council}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return await response.Content.ReadAsStringAsync(TestRequests.Ct);
    }
}
