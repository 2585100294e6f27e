using MediationFlow.Core.Documents;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Documents;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Tests.Infrastructure;
using MediationFlow.Core.Tests.Version3;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using static MediationFlow.Core.Tests.Infrastructure.CaseSteps;

namespace MediationFlow.Core.Tests.Documents;

/// <summary>Issue 12, point 1: documents filled from cases as they end, through the same access rules as reading the case.</summary>
public sealed class DocumentGenerationTests
{
    /// <summary>How each end state is reached on version 3, through the pipeline as people act.</summary>
    private static readonly Dictionary<string, Func<CaseDriver, Task>> EndStates = new(StringComparer.Ordinal)
    {
        ["fulfilled"] = async d =>
        {
            await d.ToMonitoringV3Async();
            var obligation = Key((await d.ViewAsChairAsync()).Obligations.Single().Id);
            await d.TakeAsync(d.App.Data.MediatorA, "recordObligationStatus", ("obligation", obligation), ("status", "fulfilled"), ("on", Day(d.App, 0)));
            await d.TakeAsync(d.App.Data.MediatorA, "closeFulfilled");
        },
        ["breached"] = async d =>
        {
            await d.ToMonitoringV3Async();
            var obligation = Key((await d.ViewAsChairAsync()).Obligations.Single().Id);
            await d.TakeAsync(d.App.Data.MediatorA, "recordObligationStatus", ("obligation", obligation), ("status", "breached"), ("on", Day(d.App, 0)));
            await d.TakeAsync(d.App.Data.MediatorA, "closeBreached");
        },
        ["noAgreement"] = async d =>
        {
            await d.ToMediationV3Async();
            await d.HoldJointSessionV3Async();
            await d.TakeAsync(d.App.Data.MediatorA, "declareImpasse", ("reason", "couldNotAgree"));
        },
        ["withdrawn"] = async d =>
        {
            await d.ToMediationV3Async();
            await d.ScheduleAsync();
            var party = (await d.ViewAsChairAsync()).Parties[0];
            await d.TakeAsync(d.App.Data.MediatorA, "withdraw", ("party", Key(party.Id)), ("withdrawnOn", Day(d.App, 0)));
        },
        ["declined"] = async d =>
        {
            await d.ToConsentV3Async();
            var party = (await d.ViewAsChairAsync()).Parties[1];
            await d.TakeAsync(d.App.Data.MediatorA, "recordDecline", ("party", Key(party.Id)), ("declinedOn", Day(d.App, 0)), ("reason", "Does not want to talk."));
        },
        ["notMediable"] = async d =>
        {
            await d.ToDraftingV3Async();
            await d.TakeAsync(d.App.Data.ChairA, "closeNotMediable", ("ground", "stateBodyIsParty"));
        },
        ["expired"] = async d =>
        {
            await d.ToSignaturesV3Async();
            await d.App.AdvanceAndPumpAsync(TimeSpan.FromDays(36));
        },
    };

    public static TheoryData<string> EndStateNames() => [.. EndStates.Keys];

    [Theory]
    [MemberData(nameof(EndStateNames))]
    public async Task Every_document_fills_without_leftover_placeholders_and_validates_in_every_language(string endState)
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await EndStates[endState](driver);
        var view = await driver.ViewAsChairAsync();
        Assert.Equal(endState, view.State);

        var generated = 0;
        foreach (var kind in DocumentKind.All)
        {
            if (kind.NeedsSessionAndRecipient && view.Sessions.Count == 0)
            {
                continue;
            }

            foreach (var language in DocumentKind.Languages)
            {
                var query = new GenerateDocument.Query(driver.CaseId, kind.Name, language,
                    Session: kind.NeedsSessionAndRecipient ? view.Sessions[0].Id : null,
                    Recipient: kind.NeedsSessionAndRecipient ? "party:" + Key(view.Parties[0].Id) : null);
                var docx = await app.SendAsync<GeneratedDocument>(app.Data.MediatorA, query);
                var html = await app.SendAsync<GeneratedDocument>(app.Data.MediatorA, query with { Format = GenerateDocument.Html });

                var text = DocumentText.Of(docx.Content);
                Assert.DoesNotContain("{{", text, StringComparison.Ordinal);
                Assert.DoesNotContain("}}", text, StringComparison.Ordinal);
                Assert.Contains(view.Number, text, StringComparison.Ordinal);
                var errors = DocumentText.ValidationErrors(docx.Content);
                Assert.True(errors.Count == 0, $"{kind.Name}.{language}: " + string.Join(Environment.NewLine, errors));
                Assert.DoesNotContain("{{", System.Text.Encoding.UTF8.GetString(html.Content), StringComparison.Ordinal);
                Assert.Equal(GenerateDocument.DocxContentType, docx.ContentType);
                generated++;
            }
        }

        Assert.True(generated >= 12, $"Only {generated} documents were generated.");
    }

    [Fact]
    public async Task The_settlement_agreement_lists_parties_obligations_and_a_signature_block_for_each_party_only()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        var respondent = await driver.PartyAsync(PartyRole.Respondent);
        await app.SendAsync<AddParticipant.Added>(app.Data.MediatorA, new AddParticipant.Command(driver.CaseId, (await driver.StoredAsync()).Version,
            new ParticipantDetails(ParticipantKind.SupportPerson, "Gulnara Supportova")));
        await app.SendAsync<AddRepresentative.Added>(app.Data.MediatorA, new AddRepresentative.Command(driver.CaseId, (await driver.StoredAsync()).Version, respondent.Id,
            new RepresentativeDetails("Askar Lawyerov", AuthorityKind.PowerOfAttorney, "Power of attorney No. 12")));
        await driver.RefreshAsync();
        await driver.ToDraftingV3Async();
        await driver.TakeAsync(app.Data.MediatorA, "setTerms", ("terms", "The fence goes back to the line of 2019."), ("scope", "full"));
        await driver.AddObligationAsync(PartyRole.Respondent, "Move the fence back", Day(app, 14));
        await driver.AddObligationAsync(PartyRole.Applicant, "Pay 5 000 tenge for the posts", Day(app, 20));
        await driver.TakeAsync(app.Data.MediatorA, "submitForReview");
        await driver.TakeAsync(app.Data.ChairA, "approve");

        var ru = DocumentText.Of((await app.SendAsync<GeneratedDocument>(app.Data.MediatorA,
            new GenerateDocument.Query(driver.CaseId, "settlement-agreement", "ru"))).Content);

        Assert.Contains("The fence goes back to the line of 2019.", ru, StringComparison.Ordinal);
        Assert.Contains("Move the fence back", ru, StringComparison.Ordinal);
        Assert.Contains("Pay 5 000 tenge for the posts", ru, StringComparison.Ordinal);
        Assert.Contains("Подписывает: Aigerim Sadykova", ru, StringComparison.Ordinal);
        Assert.Contains("Подписывает: Askar Lawyerov за Nurlan Bekov", ru, StringComparison.Ordinal);
        Assert.Contains("Power of attorney No. 12", ru, StringComparison.Ordinal);
        Assert.DoesNotContain("Gulnara Supportova", ru, StringComparison.Ordinal);
        Assert.Equal(2, ru.Split("Подписывает:").Length - 1);
        // 10 December 2026, two weeks after the clock's 26 November, in words as a Russian contract writes it.
        Assert.Contains("10.12.2026 (10 декабря 2026 года)", ru, StringComparison.Ordinal);
        Assert.Contains("3 (три)", ru, StringComparison.Ordinal);

        var kk = DocumentText.Of((await app.SendAsync<GeneratedDocument>(app.Data.MediatorA,
            new GenerateDocument.Query(driver.CaseId, "settlement-agreement", "kk"))).Content);
        Assert.Contains("10.12.2026 (2026 жылғы 10 желтоқсан)", kk, StringComparison.Ordinal);
        Assert.Contains("Өтініш беруші", kk, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_certificate_holds_no_confidential_text()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        var session = await driver.ScheduleAsync();
        var parties = (await driver.ViewAsync(app.Data.MediatorA)).Parties.Select(p => "party:" + Key(p.Id));
        await driver.TakeAsync(app.Data.MediatorA, "recordSession",
            ("session", session), ("heldAt", Day(app, 0) + "T09:30"), ("attended", string.Join(',', parties)), ("outcomeNote", "He admitted moving the fence at night."));
        await driver.TakeAsync(app.Data.MediatorA, "declareImpasse", ("reason", "couldNotAgree"));
        Assert.Contains((await driver.NotesAsync()), n => n.Text == "He admitted moving the fence at night.");

        foreach (var language in DocumentKind.Languages)
        {
            var query = new GenerateDocument.Query(driver.CaseId, "outcome-certificate", language);
            var text = DocumentText.Of((await app.SendAsync<GeneratedDocument>(app.Data.MediatorA, query)).Content)
                + System.Text.Encoding.UTF8.GetString((await app.SendAsync<GeneratedDocument>(app.Data.MediatorA, query with { Format = GenerateDocument.Html })).Content);

            Assert.DoesNotContain("admitted", text, StringComparison.Ordinal);
            Assert.DoesNotContain("A fence moved half a metre", text, StringComparison.Ordinal);
            Assert.Contains("Aigerim Sadykova", text, StringComparison.Ordinal);
        }
    }

    [Fact]
    public async Task Only_someone_who_may_read_the_case_gets_its_documents_and_each_generation_is_audited()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToSignaturesV3Async();
        var query = new GenerateDocument.Query(driver.CaseId, "settlement-agreement", "kk");

        Assert.NotEmpty((await app.SendAsync<GeneratedDocument>(app.Data.ChairA, query)).Content);
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<GeneratedDocument>(app.Data.ChairB, query));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<GeneratedDocument>(app.Data.MediatorA2, query));
        await Assert.ThrowsAsync<NotFoundException>(() => app.SendAsync<GeneratedDocument>(app.Data.AnalystA, query));
        await Assert.ThrowsAsync<UnauthenticatedException>(() => app.SendAsync<GeneratedDocument>(null, query));
        var audited = await app.WithDbAsync(db => db.AuditEntries.Where(e => e.CaseId == driver.CaseId && e.Action == "GenerateDocument").ToListAsync());
        Assert.Equal([app.Data.ChairA], audited.Select(e => e.UserId));
    }

    [Fact]
    public async Task A_session_notice_names_the_person_the_session_and_its_place()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);
        await driver.ToMediationV3Async();
        await driver.TakeAsync(app.Data.MediatorA, "scheduleSession", ("plannedAt", Day(app, 3) + "T15:30"), ("kind", "joint"), ("place", "Akimat, room 4"));
        var view = await driver.ViewAsChairAsync();

        var text = DocumentText.Of((await app.SendAsync<GeneratedDocument>(app.Data.MediatorA, new GenerateDocument.Query(
            driver.CaseId, "session-notice", "kk", Session: view.Sessions[0].Id, Recipient: "party:" + Key(view.Parties[1].Id)))).Content);

        Assert.Contains("Кімге: Nurlan Bekov (Екінші тарап)", text, StringComparison.Ordinal);
        Assert.Contains("2026 жылғы 29 қараша", text, StringComparison.Ordinal);
        Assert.Contains("15:30", text, StringComparison.Ordinal);
        Assert.Contains("Akimat, room 4", text, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Bad_document_language_session_or_recipient_is_refused_naming_the_field()
    {
        await using var app = await TestApp.StartOnVersionAsync(3);
        var driver = await V3Steps.OpenAsync(app);

        async Task<string> RefusedField(GenerateDocument.Query query) =>
            Assert.Single((await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<GeneratedDocument>(app.Data.MediatorA, query, "ru"))).Errors).Field;

        Assert.Equal("document", await RefusedField(new(driver.CaseId, "will", "kk")));
        Assert.Equal("language", await RefusedField(new(driver.CaseId, "settlement-agreement", "de")));
        Assert.Equal("format", await RefusedField(new(driver.CaseId, "settlement-agreement", "kk", "pdf")));
        Assert.Equal("session", await RefusedField(new(driver.CaseId, "session-notice", "kk", Recipient: "party:1")));
        Assert.Equal("recipient", await RefusedField(new(driver.CaseId, "session-notice", "kk", Session: 1, Recipient: "someone")));
        Assert.Equal("session", await RefusedField(new(driver.CaseId, "session-notice", "kk", Session: 999, Recipient: "party:1")));
        // The case has not ended: there is no certificate of how it ended yet.
        var open = await Assert.ThrowsAsync<ValidationFailedException>(() => app.SendAsync<GeneratedDocument>(app.Data.MediatorA, new GenerateDocument.Query(driver.CaseId, "outcome-certificate", "kk"), "ru"));
        Assert.Equal(("document", "caseOpen"), (open.Errors[0].Field, open.Errors[0].Code));
        Assert.Contains("Дело ещё не завершено", open.Errors[0].Message, StringComparison.Ordinal);
    }
}
