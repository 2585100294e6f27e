using System.Globalization;
using System.Net;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The case page's sections for what version 3 records: a session's kind and who attended, the draft's terms, scope,
/// review and each party's signature, a transfer, and the outcome with its reason, basis and court records. The rows
/// are written as the application will write them, so that the page is tested before every recorder exists.
/// </summary>
public sealed class V3CaseSectionsTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Fact]
    public async Task A_separate_meeting_names_its_party_and_a_held_session_who_attended_and_who_did_not()
    {
        var v3 = await V3Case.OpenAsync(factory);
        var separate = await v3.PlanSessionAsync(SessionKind.Separate, v3.RespondentId);
        var joint = await v3.PlanSessionAsync();
        await v3.PutAsync("inMediation", (db, _) =>
        {
            var held = db.Sessions.Single(s => s.Id == joint);
            held.Recorded = true;
            held.HeldAt = DateTimeOffset.UtcNow.AddHours(-20);
            held.Attendance =
            [
                new SessionAttendance { AttendeeKind = AttendeeKind.Party, AttendeeId = v3.ApplicantId, Attended = true },
                new SessionAttendance { AttendeeKind = AttendeeKind.Representative, AttendeeId = v3.RepresentativeId, Attended = true },
                new SessionAttendance { AttendeeKind = AttendeeKind.Participant, AttendeeId = v3.InterpreterId, Attended = true },
                new SessionAttendance { AttendeeKind = AttendeeKind.Party, AttendeeId = v3.RespondentId, Attended = false },
            ];
        });
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
        var (html, respondent, applicant) = (await PageAsync(mediator, v3.Id), await PartyNameAsync(v3.RespondentId), await PartyNameAsync(v3.ApplicantId));

        var meeting = Item(html, $"data-session-id=\"{V3Case.Key(separate)}\"");
        Assert.Contains("data-kind=\"separate\"", meeting, StringComparison.Ordinal);
        Assert.Contains($"Отдельная встреча: {respondent}", meeting, StringComparison.Ordinal);

        var session = Item(html, $"data-session-id=\"{V3Case.Key(joint)}\"");
        Assert.Contains("Совместная сессия", session, StringComparison.Ordinal);
        Assert.Contains($"Присутствовали: {applicant}, {V3Case.Representative}, {V3Case.Interpreter}", session, StringComparison.Ordinal);
        Assert.Contains($"Не присутствовали: {respondent}", session, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"session-held-at\"", session, StringComparison.Ordinal);
    }

    [Fact]
    public async Task The_draft_shows_its_terms_scope_review_and_each_partys_signature()
    {
        var v3 = await V3Case.OpenAsync(factory);
        var mediatorId = await factory.UserIdAsync(DemoUsers.Mediator);
        var signedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1));
        await v3.PutAsync("awaitingSignatures", (db, c) => db.SettlementAgreements.Add(new SettlementAgreement
        {
            CaseId = c.Id,
            Terms = "Забор переносится на межу за счёт ответчика.",
            Scope = SettlementScope.Partial,
            SubmittedAt = DateTimeOffset.UtcNow.AddDays(-3),
            ApprovedAt = DateTimeOffset.UtcNow.AddDays(-2),
            Signatures =
            [
                new SettlementSignature
                {
                    PartyId = v3.ApplicantId,
                    RepresentativeId = v3.RepresentativeId,
                    SignedOn = signedOn,
                    Method = SignatureMethod.EmailCopy,
                    RecordedAt = DateTimeOffset.UtcNow,
                    RecordedById = mediatorId,
                },
            ],
        }));
        using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);

        var agreement = Item(await PageAsync(mediator, v3.Id), "data-testid=\"agreement\"", "</dl>");

        Assert.Contains("Забор переносится на межу за счёт ответчика.", agreement, StringComparison.Ordinal);
        Assert.Contains("data-scope=\"partial\">Часть спора (частичное соглашение)", agreement, StringComparison.Ordinal);
        Assert.Contains("data-review=\"approved\"", agreement, StringComparison.Ordinal);
        var applicant = Item(agreement, $"data-party-id=\"{V3Case.Key(v3.ApplicantId)}\"");
        Assert.Contains("data-signed=\"true\"", applicant, StringComparison.Ordinal);
        Assert.Contains(signedOn.ToString("yyyy-MM-dd", CultureInfo.InvariantCulture), applicant, StringComparison.Ordinal);
        Assert.Contains("подписанная копия по электронной почте", applicant, StringComparison.Ordinal);
        Assert.Contains($"через представителя {V3Case.Representative}", applicant, StringComparison.Ordinal);
        var respondent = Item(agreement, $"data-party-id=\"{V3Case.Key(v3.RespondentId)}\"");
        Assert.Contains("data-signed=\"false\"", respondent, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_draft_with_the_chair_reads_as_under_review_not_as_signed()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("awaitingReview", (db, c) => db.SettlementAgreements.Add(new SettlementAgreement
        {
            CaseId = c.Id,
            Terms = "Стороны договорились о порядке пользования двором.",
            SubmittedAt = DateTimeOffset.UtcNow.AddDays(-1),
        }));
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        var agreement = Item(await PageAsync(chair, v3.Id), "data-testid=\"agreement\"", "</dl>");

        Assert.Contains("data-review=\"underReview\"", agreement, StringComparison.Ordinal);
        Assert.DoesNotContain("data-signed=\"true\"", agreement, StringComparison.Ordinal);
        Assert.DoesNotContain("data-testid=\"agreement-signed\"", agreement, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_pending_transfer_shows_where_the_case_goes_and_why()
    {
        var v3 = await V3Case.OpenAsync(factory);
        var (burabay, zerendi) = (await factory.CouncilIdAsync(DemoUsers.BurabayCode), await factory.CouncilIdAsync(DemoUsers.ZerendiCode));
        var chairId = await factory.UserIdAsync(DemoUsers.Chair);
        await v3.PutAsync("awaitingTransfer", (db, c) =>
        {
            c.PendingTransferCouncilId = zerendi;
            db.CaseTransfers.Add(new CaseTransfer
            {
                CaseId = c.Id,
                FromCouncilId = burabay,
                ToCouncilId = zerendi,
                Reason = "Все медиаторы совета заявили самоотвод.",
                RequestedById = chairId,
                RequestedAt = DateTimeOffset.UtcNow,
                Status = TransferStatus.Pending,
            });
        });
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        var transfer = Item(await PageAsync(chair, v3.Id), "data-transfer-id=");

        Assert.Contains("data-status=\"pending\"", transfer, StringComparison.Ordinal);
        Assert.Contains("Бурабай ауданы → Зеренді ауданы", transfer, StringComparison.Ordinal);
        Assert.Contains("Все медиаторы совета заявили самоотвод.", transfer, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_closed_case_shows_its_outcome_reason_with_the_basis_and_what_the_court_decided()
    {
        var v3 = await V3Case.OpenAsync(factory);
        await v3.PutAsync("breached", (db, c) =>
        {
            c.OutcomeReason = "settlementBreached";
            db.CourtProceedings.Add(new CourtProceeding
            {
                CaseId = c.Id,
                PartyId = v3.ApplicantId,
                AppliedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-10)),
                Court = "Бурабайский районный суд",
                CourtCaseNumber = "2-1234/2026",
                Decision = CourtDecision.EnforcementOrdered,
                DecidedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-2)),
                RecordedAt = DateTimeOffset.UtcNow,
            });
        });
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);

        var outcome = Item(await PageAsync(chair, v3.Id), "id=\"outcome\"", "</section>");

        Assert.Contains("data-reason=\"settlementBreached\"", outcome, StringComparison.Ordinal);
        Assert.Contains("data-testid=\"basis\"", outcome, StringComparison.Ordinal);
        Assert.Contains("2-1234/2026", outcome, StringComparison.Ordinal);
        Assert.Contains("Келісімді мәжбүрлеп орындау туралы шешім шықты", outcome, StringComparison.Ordinal);
    }

    private Task<string> PartyNameAsync(long partyId) =>
        factory.QueryAsync(db => Task.FromResult(db.Parties.Single(p => p.Id == partyId).FullName));

    [Fact]
    public async Task The_summary_shows_the_screening_answers_under_the_questions_of_the_cases_own_version()
    {
        var v3 = await V3Case.OpenAsync(factory);
        using var chair = await factory.PageClientAsync(DemoUsers.Chair);
        var html = await PageAsync(chair, v3.Id);

        // The chair reads Kazakh, the language of their profile.
        Assert.Contains("тұлғалардың құқықтары мен заңды мүдделерін", Item(html, "data-testid=\"screening-affectsThirdParties\""), StringComparison.Ordinal);
        Assert.Contains("мемлекеттік қызмет пен мемлекеттік басқару мүдделеріне", Item(html, "data-testid=\"screening-corruptionOrPublicServiceOffence\""), StringComparison.Ordinal);
        Assert.Contains("Тараптардың бірі мемлекеттік орган ба?", Item(html, "data-testid=\"screening-stateBodyIsParty\""), StringComparison.Ordinal);
    }

    private static async Task<string> PageAsync(HttpClient client, long caseId)
    {
        using var response = await client.GetPathAsync($"/Cases/{caseId.ToString(CultureInfo.InvariantCulture)}");
        Assert.Equal(HttpStatusCode.OK, response.StatusCode);
        return WebUtility.HtmlDecode(await response.Content.ReadAsStringAsync(TestRequests.Ct));
    }

    /// <summary>The page from <paramref name="marker"/> to the end of its element (a list item unless told).</summary>
    private static string Item(string html, string marker, string end = "</li>")
    {
        var start = html.IndexOf(marker, StringComparison.Ordinal);
        Assert.True(start > 0, $"Nothing on the page has {marker}.");
        return html[start..html.IndexOf(end, start, StringComparison.Ordinal)];
    }
}
