using System.Globalization;
using System.Net;
using MediationFlow.Core.Domain;
using MediationFlow.Web.Tests.Infrastructure;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Web.Tests.Pages;

/// <summary>
/// The pages version 3 adds to, as the mediator and the chair see them (the new form fields, the blocked reasons with
/// their bases, sessions, agreement, transfer, outcome, a refused form, intake and approvals), are valid HTML by the
/// W3C Nu Html Checker.
/// </summary>
public sealed class V3HtmlValidationTests(V3Factory factory) : IClassFixture<V3Factory>
{
    [Fact]
    public async Task Version_3_pages_validate()
    {
        var jar = HtmlValidator.Require();
        var folder = Directory.CreateTempSubdirectory("mediationflow-v3-html-").FullName;
        try
        {
            using var mediator = await factory.PageClientAsync(DemoUsers.Mediator);
            using var chair = await factory.PageClientAsync(DemoUsers.Chair);
            var saved = 0;
            async Task<string> SaveAsync(HttpClient client, string name, string path)
            {
                using var response = await client.GetPathAsync(path);
                Assert.Equal(HttpStatusCode.OK, response.StatusCode);
                var html = await response.Content.ReadAsStringAsync(TestRequests.Ct);
                await File.WriteAllTextAsync(Path.Combine(folder, $"{++saved:00}-{name}.html"), html, TestRequests.Ct);
                return html;
            }

            var burabay = await factory.CouncilIdAsync(DemoUsers.BurabayCode);
            var barred = await CaseWalk.OpenAsync(factory, CaseApi.NewCase(burabay, affectsThirdParties: true));
            await SaveAsync(mediator, "blocked-with-basis", Url(barred.CaseId));

            var hearing = await V3Case.OpenAsync(factory);
            await hearing.PutAsync("inMediation");
            var session = await hearing.PlanSessionAsync();
            var forms = await SaveAsync(mediator, "session-forms", Url(hearing.Id));
            using (var refused = await HtmlForm.FindBy(forms, "data-action", "recordSession").SubmitAsync(mediator,
                new Dictionary<string, string> { ["input.session"] = V3Case.Key(session), ["input.attended"] = $"party:{V3Case.Key(hearing.ApplicantId)}" }))
            {
                Assert.Equal(HttpStatusCode.BadRequest, refused.StatusCode);
                await File.WriteAllTextAsync(Path.Combine(folder, $"{++saved:00}-refused.html"), await refused.Content.ReadAsStringAsync(TestRequests.Ct), TestRequests.Ct);
            }

            var consent = await V3Case.OpenAsync(factory);
            await consent.PutAsync("awaitingConsent");
            await SaveAsync(mediator, "representative-select", Url(consent.Id));

            var transfer = await V3Case.OpenAsync(factory);
            await transfer.PutAsync("awaitingAssignment");
            await GiveZerendiAChairAsync();
            await SaveAsync(chair, "council-select", Url(transfer.Id));

            var full = await EverythingAsync();
            await SaveAsync(mediator, "sections-mediator", Url(full));
            await SaveAsync(chair, "sections-chair", Url(full));
            await SaveAsync(mediator, "intake", "/Cases/New");
            await SaveAsync(chair, "approvals", "/Approvals");

            var errors = await HtmlValidator.ErrorsAsync(jar, folder, TestRequests.Ct);

            Assert.True(errors.Count == 0, $"{errors.Count} HTML errors in {saved} pages:{Environment.NewLine}{string.Join(Environment.NewLine, errors)}");
        }
        finally
        {
            Directory.Delete(folder, recursive: true);
        }
    }

    private static string Url(long caseId) => $"/Cases/{caseId.ToString(CultureInfo.InvariantCulture)}";

    /// <summary>A case with a held and a separate session, a draft signed by one party, a declined transfer and a court record.</summary>
    private async Task<long> EverythingAsync()
    {
        var v3 = await V3Case.OpenAsync(factory);
        var held = await v3.PlanSessionAsync();
        await v3.PlanSessionAsync(SessionKind.Separate, v3.RespondentId);
        var (burabay, zerendi) = (await factory.CouncilIdAsync(DemoUsers.BurabayCode), await factory.CouncilIdAsync(DemoUsers.ZerendiCode));
        var mediatorId = await factory.UserIdAsync(DemoUsers.Mediator);
        await v3.PutAsync("awaitingSignatures", (db, c) =>
        {
            var session = db.Sessions.Single(s => s.Id == held);
            session.Recorded = true;
            session.HeldAt = DateTimeOffset.UtcNow.AddHours(-3);
            session.Attendance =
            [
                new SessionAttendance { AttendeeKind = AttendeeKind.Party, AttendeeId = v3.ApplicantId, Attended = true },
                new SessionAttendance { AttendeeKind = AttendeeKind.Party, AttendeeId = v3.RespondentId, Attended = false },
            ];
            db.SettlementAgreements.Add(new SettlementAgreement
            {
                CaseId = c.Id,
                Terms = "Забор переносится на межу.",
                SubmittedAt = DateTimeOffset.UtcNow.AddDays(-2),
                ApprovedAt = DateTimeOffset.UtcNow.AddDays(-1),
                Signatures = [new SettlementSignature { PartyId = v3.ApplicantId, RepresentativeId = v3.RepresentativeId, SignedOn = DateOnly.FromDateTime(DateTime.UtcNow), Method = SignatureMethod.InPerson, RecordedAt = DateTimeOffset.UtcNow, RecordedById = mediatorId }],
            });
            db.CaseTransfers.Add(new CaseTransfer { CaseId = c.Id, FromCouncilId = burabay, ToCouncilId = zerendi, Reason = "Самоотвод всех медиаторов.", RequestedById = mediatorId, RequestedAt = DateTimeOffset.UtcNow.AddDays(-5), Status = TransferStatus.Declined, DecidedAt = DateTimeOffset.UtcNow.AddDays(-4), DeclineReason = "Нет свободных медиаторов." });
            db.CourtProceedings.Add(new CourtProceeding { CaseId = c.Id, PartyId = v3.ApplicantId, AppliedOn = DateOnly.FromDateTime(DateTime.UtcNow.AddDays(-1)), Court = "Бурабайский районный суд", RecordedAt = DateTimeOffset.UtcNow });
        });
        return v3.Id;
    }

    private async Task GiveZerendiAChairAsync()
    {
        var zerendi = await factory.CouncilIdAsync(DemoUsers.ZerendiCode);
        var chair = await factory.UserIdAsync("mediator.other");
        await factory.QueryAsync(async db =>
        {
            if (!await db.Memberships.AnyAsync(m => m.CouncilId == zerendi && m.Role == CouncilRole.Chair))
            {
                db.Memberships.Add(new Membership { UserId = chair, CouncilId = zerendi, Role = CouncilRole.Chair });
            }

            return await db.SaveChangesAsync();
        });
    }
}
