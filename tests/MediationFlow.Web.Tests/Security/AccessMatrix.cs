using System.Globalization;
using MediationFlow.Web.Tests.Infrastructure;

namespace MediationFlow.Web.Tests.Security;

/// <summary>Which case a matrix row is about.</summary>
public enum Target
{
    /// <summary>The endpoint is not about one case.</summary>
    None,

    /// <summary>A Burabay case the Burabay mediator registered: the mediator and the chair may read it.</summary>
    BurabayMediators,

    /// <summary>A Burabay case the chair registered, no mediator yet: only the chair may read it.</summary>
    BurabayChairs,

    /// <summary>A Zerendi case: only Zerendi's mediator may read it.</summary>
    Zerendi,

    /// <summary>Team 1's sandbox case in the running workshop: only its trainer and trainee.one may read it.</summary>
    Sandbox,

    /// <summary>The running workshop (trainer; Team 1 trainee.one, Team 2 trainee.two).</summary>
    Workshop,

    /// <summary>An ended workshop with the same people: every control there is refused even to its trainer, so nothing changes.</summary>
    EndedWorkshop,

    /// <summary>A workshop made for the one request (deleting it), with the same people.</summary>
    FreshWorkshop,
}

/// <summary>A case made for the matrix, with texts found nowhere else; for workshop targets, Team 1's sandbox case and its workshop.</summary>
public sealed record MarkerCase(long Id, string Number, int CouncilId, long PartyId, long WorkshopId = 0)
{
    /// <summary>For <see cref="Target.BurabayMediators"/>: the chair's notification of its registration.</summary>
    public long ChairNotificationId { get; init; }
}

/// <summary>
/// "Confidential by default" as data: every endpoint (and existing page), for every demo role, against a
/// case of their own council and of another. A new endpoint or page is one row in <see cref="Endpoints"/>.
/// </summary>
public static class AccessMatrix
{
    /// <summary>Far from any case's real version: a write is refused before anything changes (409 if visible, 404 if not).</summary>
    public const int StaleVersion = 1_000_000;

    public static readonly string[] Roles =
    [
        DemoUsers.Admin, DemoUsers.Chair, DemoUsers.Mediator, DemoUsers.Trainer, DemoUsers.Analyst, DemoUsers.OtherMediator,
        DemoUsers.TraineeOne, DemoUsers.TraineeTwo, DemoUsers.Anonymous,
    ];

    /// <summary>The people of the matrix workshops: the trainer and one trainee in each of two teams.</summary>
    public static readonly string[] WorkshopPeople = [DemoUsers.Trainer, DemoUsers.TraineeOne, DemoUsers.TraineeTwo];

    private static readonly Target[] Cases = [Target.BurabayMediators, Target.BurabayChairs, Target.Zerendi, Target.Sandbox];
    private static readonly Target[] Councils = [Target.BurabayMediators, Target.Zerendi];
    private static readonly Target[] NoCase = [Target.None];
    private static readonly Target[] Running = [Target.Workshop];
    private static readonly Target[] Ended = [Target.EndedWorkshop];
    private static readonly Target[] ChairNotified = [Target.BurabayMediators];

    private static readonly string Stale = StaleVersion.ToString(CultureInfo.InvariantCulture);

    /// <summary>An access token id far beyond any the matrix makes.</summary>
    private const string NoSuchToken = "999999999";

    /// <summary>A representative or participant id far beyond any the matrix makes: the stale version is refused first.</summary>
    private const string NoSuchPerson = "999999999";

    private static readonly object Representative = new
    {
        fullName = "Матрица Представитель",
        authorityKind = "powerOfAttorney",
        authorityDocument = "Доверенность № 1",
    };

    private static readonly object Participant = new { kind = "interpreter", fullName = "Матрица Переводчик", preferredLanguage = "ru" };

    /// <summary>A user name no demo user has: adding a team with it is refused before anything is written.</summary>
    private const string NoSuchTrainee = "nobody.matrix";

    public static readonly MatrixEndpoint[] Endpoints =
    [
        Api("sign in", "POST /api/v1/auth/login", "/api/v1/auth/login", NoCase, Expect.SignIn,
            (role, _) => role == DemoUsers.Anonymous ? new { userName = "", password = "" } : new { userName = role, password = DemoUsers.Password }),
        Api("search cases", "GET /api/v1/cases", "/api/v1/cases?number={number}", Cases, Expect.SignedIn()),
        Api("open a case", "POST /api/v1/cases", "/api/v1/cases", Councils, Expect.OpenCase,
            (_, c) => CaseApi.NewCase(c!.CouncilId, "Матрица Заявитель", "Матрица Ответчик", "Проверка доступа.")),
        Api("read a case", "GET /api/v1/cases/{id}", "/api/v1/cases/{case}", Cases, Expect.CaseRead()),
        Api("list actions", "GET /api/v1/cases/{id}/actions", "/api/v1/cases/{case}/actions", Cases, Expect.CaseRead()),
        Api("list assignable mediators", "GET /api/v1/cases/{id}/mediators", "/api/v1/cases/{case}/mediators", Cases, Expect.CaseRead()),
        Api("list transfer councils", "GET /api/v1/cases/{id}/councils", "/api/v1/cases/{case}/councils", Cases, Expect.CaseRead()),
        Api("take an action", "POST /api/v1/cases/{id}/actions/{trigger}", "/api/v1/cases/{case}/actions/acceptForMediation", Cases, Expect.StaleWrite,
            (_, _) => new { expectedVersion = StaleVersion, input = new { } }),
        Api("read history", "GET /api/v1/cases/{id}/history", "/api/v1/cases/{case}/history", Cases, Expect.CaseRead()),
        Api("add a party", "POST /api/v1/cases/{id}/parties", "/api/v1/cases/{case}/parties", Cases, Expect.StaleWrite,
            (_, _) => new { expectedVersion = StaleVersion, party = CaseApi.Party("respondent", "Матрица Третий") }),
        Api("correct a party", "PUT /api/v1/cases/{id}/parties/{partyId}", "/api/v1/cases/{case}/parties/{party}", Cases, Expect.StaleWrite,
            (_, _) => new { expectedVersion = StaleVersion, party = CaseApi.Party("applicant", "Матрица Исправленный") }),
        Api("correct the screening", "PUT /api/v1/cases/{id}/screening", "/api/v1/cases/{case}/screening", Cases, Expect.StaleWrite,
            (_, _) => new { expectedVersion = StaleVersion, affectsThirdParties = false, partyLacksCapacity = false, corruptionOrPublicServiceOffence = false, stateBodyIsParty = false }),
        Api("record the referral", "PUT /api/v1/cases/{id}/referral", "/api/v1/cases/{case}/referral", Cases, Expect.StaleWrite,
            (_, _) => new { expectedVersion = StaleVersion, referralSource = "akimat" }),
        Api("add a representative", "POST /api/v1/cases/{id}/representatives", "/api/v1/cases/{case}/representatives", Cases, Expect.StaleWrite,
            (_, c) => new { expectedVersion = StaleVersion, partyId = c!.PartyId, representative = Representative }),
        Api("correct a representative", "PUT /api/v1/cases/{id}/representatives/{representativeId}", "/api/v1/cases/{case}/representatives/" + NoSuchPerson, Cases,
            Expect.StaleWrite, (_, _) => new { expectedVersion = StaleVersion, representative = Representative }),
        Api("remove a representative", "DELETE /api/v1/cases/{id}/representatives/{representativeId}",
            "/api/v1/cases/{case}/representatives/" + NoSuchPerson + "?expectedVersion=" + Stale, Cases, Expect.StaleWrite),
        Api("add a participant", "POST /api/v1/cases/{id}/participants", "/api/v1/cases/{case}/participants", Cases, Expect.StaleWrite,
            (_, _) => new { expectedVersion = StaleVersion, participant = Participant }),
        Api("correct a participant", "PUT /api/v1/cases/{id}/participants/{participantId}", "/api/v1/cases/{case}/participants/" + NoSuchPerson, Cases,
            Expect.StaleWrite, (_, _) => new { expectedVersion = StaleVersion, participant = Participant }),
        Api("remove a participant", "DELETE /api/v1/cases/{id}/participants/{participantId}",
            "/api/v1/cases/{case}/participants/" + NoSuchPerson + "?expectedVersion=" + Stale, Cases, Expect.StaleWrite),
        Api("generate a document", "GET /api/v1/cases/{id}/documents/{document}", "/api/v1/cases/{case}/documents/settlement-agreement?language=ru", Cases, Expect.CaseRead()),
        // The case file: an upload that is no scan is refused (400) by whoever may add to the case, before anything is stored.
        Api("read the case file", "GET /api/v1/cases/{id}/file", "/api/v1/cases/{case}/file", Cases, Expect.CaseRead()),
        Api("attach a signed copy (not a scan)", "POST /api/v1/cases/{id}/file", "/api/v1/cases/{case}/file", Cases, Expect.RefusedUpload(anonymous: 401),
            (_, _) => Uploads.Multipart("signedAgreementOnMediation", Uploads.Elf, "agreement.pdf")),
        // An unknown document is refused from the body alone, before the case is read, so the answer tells nobody about the case;
        // who may keep a document is the application matrix's row RecordGeneratedDocument.
        Api("keep a generated document (no such document)", "POST /api/v1/cases/{id}/file/documents", "/api/v1/cases/{case}/file/documents", Cases,
            Expect.SignedIn(signedIn: 400), (_, _) => new { document = "will", language = "kk" }),
        Api("download a case file entry (no such entry)", "GET /api/v1/cases/{id}/file/{entryId}", "/api/v1/cases/{case}/file/" + NoSuchPerson, Cases,
            Expect.SignedIn(signedIn: 404)),
        Api("council figures", "GET /api/v1/councils/{id}/figures", "/api/v1/councils/{council}/figures", Councils, Expect.Figures(anonymous: 401)),
        // The register: read by the council's members, kept by its chair and administrator. Each change is refused (a
        // person who is no mediator of the council, an entry no council has) only after the reader's right is checked.
        Api("read a council's register", "GET /api/v1/councils/{id}/register", "/api/v1/councils/{council}/register", Councils,
            (role, target) => role == DemoUsers.Anonymous ? 401 : Expect.CouncilMember(role, target)),
        Api("enter a mediator in the register (refused)", "POST /api/v1/councils/{id}/register", "/api/v1/councils/{council}/register", Councils,
            Expect.RegisterKeeper(400, anonymous: 401), (_, _) => new { userName = NoSuchTrainee, number = "MX-MATRIX-1", type = "public", languages = new[] { "kk" } }),
        Api("correct a register entry (no such entry)", "PUT /api/v1/councils/{id}/register/{entryId}", "/api/v1/councils/{council}/register/" + NoSuchPerson, Councils,
            Expect.RegisterKeeper(404, anonymous: 401), (_, _) => new { number = "MX-MATRIX-1", type = "public", languages = new[] { "kk" } }),
        Api("change a mediator's status (no such entry)", "POST /api/v1/councils/{id}/register/{entryId}/status", "/api/v1/councils/{council}/register/" + NoSuchPerson + "/status",
            Councils, Expect.RegisterKeeper(404, anonymous: 401), (_, _) => new { status = "suspended", effectiveOn = "2026-01-05", reason = "Матрица" }),
        Api("add a training record (no such entry)", "POST /api/v1/councils/{id}/register/{entryId}/training", "/api/v1/councils/{council}/register/" + NoSuchPerson + "/training",
            Councils, Expect.RegisterKeeper(404, anonymous: 401), (_, _) => new { course = "Матрица", hours = 8, completedOn = "2026-01-05" }),

        // Tokens are each person's own: a refused one (0 days) writes nothing; no token has this id.
        Api("list my access tokens", "GET /api/v1/tokens", "/api/v1/tokens", NoCase, Expect.SignedIn()),
        Api("make an access token (refused)", "POST /api/v1/tokens", "/api/v1/tokens", NoCase, Expect.SignedIn(signedIn: 400),
            (_, _) => new { name = "Матрица токен", days = 0 }),
        Api("revoke an access token (no such token)", "DELETE /api/v1/tokens/{id}", "/api/v1/tokens/" + NoSuchToken, NoCase, Expect.SignedIn(signedIn: 404)),
        Api("inbox", "GET /api/v1/inbox", "/api/v1/inbox", NoCase, Expect.SignedIn()),
        Api("approvals", "GET /api/v1/approvals", "/api/v1/approvals", NoCase, Expect.SignedIn()),
        Api("dismiss a notification", "POST /api/v1/notifications/{id}/read", "/api/v1/notifications/{notification}/read", ChairNotified, Expect.Addressee(200, anonymous: 401)),
        Api("dismiss all my notifications", "POST /api/v1/notifications/read", "/api/v1/notifications/read", NoCase, Expect.SignedIn()),

        // Workshops: reads on the running workshop; controls on the ended one, where even its trainer is
        // refused (400) so no row changes what another row sees; deleting on a workshop of its own.
        Api("list workshops", "GET /api/v1/workshops", "/api/v1/workshops", NoCase, Expect.SignedIn()),
        Api("scenario library", "GET /api/v1/workshops/scenarios", "/api/v1/workshops/scenarios", NoCase, Expect.SignedIn()),
        Api("create a workshop", "POST /api/v1/workshops", "/api/v1/workshops", Councils, Expect.CreateWorkshop,
            (_, c) => new { councilId = c!.CouncilId, scenarioId = WorkshopApi.Scenario, title = "Матрица тренинг" }),
        Api("workshop status", "GET /api/v1/workshops/{id}", "/api/v1/workshops/{workshop}", Running, Expect.Participant()),
        Api("add a team", "POST /api/v1/workshops/{id}/teams", "/api/v1/workshops/{workshop}/teams", Ended, Expect.Trainer(400),
            (_, _) => new { name = "Матрица команда", trainees = new[] { NoSuchTrainee } }),
        Api("start a workshop", "POST /api/v1/workshops/{id}/start", "/api/v1/workshops/{workshop}/start", Ended, Expect.Trainer(400)),
        Api("change the clock", "POST /api/v1/workshops/{id}/clock", "/api/v1/workshops/{workshop}/clock", Ended, Expect.Trainer(400),
            (_, _) => new { pause = true }),
        Api("fire a scripted event", "POST /api/v1/workshops/{id}/events/{eventId}", "/api/v1/workshops/{workshop}/events/" + WorkshopApi.FirstEvent,
            Ended, Expect.Trainer(400)),
        Api("debrief", "GET /api/v1/workshops/{id}/debrief", "/api/v1/workshops/{workshop}/debrief", Running, Expect.Trainer(200)),
        Api("debrief as CSV", "GET /api/v1/workshops/{id}/debrief.csv", "/api/v1/workshops/{workshop}/debrief.csv", Running, Expect.Trainer(200)),
        Api("end a workshop (already ended)", "POST /api/v1/workshops/{id}/end", "/api/v1/workshops/{workshop}/end", Ended, Expect.Trainer(200)),
        Api("delete a workshop", "DELETE /api/v1/workshops/{id}", "/api/v1/workshops/{workshop}", [Target.FreshWorkshop], Expect.Trainer(204)),

        // Administration: administrators everywhere in the tree (200, or a refusal that changes nothing), everyone else
        // 403; reads of a council on both councils, changes on ids and names that do not exist or are refused.
        Api("admin: browse councils", "GET /api/v1/admin/councils", "/api/v1/admin/councils", NoCase, Expect.Administrator(200)),
        Api("admin: a council", "GET /api/v1/admin/councils/{id}", "/api/v1/admin/councils/{council}", Councils, Expect.Administrator(200)),
        Api("admin: add a council (unknown parent)", "POST /api/v1/admin/councils", "/api/v1/admin/councils", NoCase, Expect.Administrator(400),
            (_, _) => new { code = "MATRIX-NEW", level = "rural", nameKk = "Матрица", nameRu = "Матрица", nameEn = "Matrix", parentCode = NoSuchCouncil }),
        Api("admin: rename a council (no such council)", "PUT /api/v1/admin/councils/{id}/names", "/api/v1/admin/councils/" + NoSuchPerson + "/names", NoCase,
            Expect.Administrator(404), (_, _) => new { nameKk = "Матрица", nameRu = "Матрица", nameEn = "Matrix" }),
        Api("admin: move a council (no such council)", "PUT /api/v1/admin/councils/{id}/parent", "/api/v1/admin/councils/" + NoSuchPerson + "/parent", NoCase,
            Expect.Administrator(404), (_, _) => new { parentCode = DemoUsers.BurabayCode }),
        Api("admin: close a council (no such council)", "POST /api/v1/admin/councils/{id}/close", "/api/v1/admin/councils/" + NoSuchPerson + "/close", NoCase,
            Expect.Administrator(404)),
        Api("admin: find people", "GET /api/v1/admin/people", "/api/v1/admin/people", NoCase, Expect.Administrator(200)),
        Api("admin: a person (no such person)", "GET /api/v1/admin/people/{id}", "/api/v1/admin/people/" + NoSuchAccount, NoCase, Expect.Administrator(404)),
        Api("admin: add a person (name taken)", "POST /api/v1/admin/people", "/api/v1/admin/people", NoCase, Expect.Administrator(400),
            (_, _) => new { userName = DemoUsers.Chair, fullName = "Матрица", preferredLanguage = "ru" }),
        Api("admin: edit a person (no such person)", "PUT /api/v1/admin/people/{id}", "/api/v1/admin/people/" + NoSuchAccount, NoCase, Expect.Administrator(404),
            (_, _) => new { fullName = "Матрица", preferredLanguage = "ru" }),
        Api("admin: deactivate (no such person)", "POST /api/v1/admin/people/{id}/deactivate", "/api/v1/admin/people/" + NoSuchAccount + "/deactivate", NoCase,
            Expect.Administrator(404)),
        Api("admin: reactivate (no such person)", "POST /api/v1/admin/people/{id}/reactivate", "/api/v1/admin/people/" + NoSuchAccount + "/reactivate", NoCase,
            Expect.Administrator(404)),
        Api("admin: reset a password (no such person)", "POST /api/v1/admin/people/{id}/password", "/api/v1/admin/people/" + NoSuchAccount + "/password", NoCase,
            Expect.Administrator(404)),
        Api("admin: grant a role (nobody, nowhere)", "POST /api/v1/admin/memberships", "/api/v1/admin/memberships", NoCase, Expect.Administrator(400),
            (_, _) => new { userName = NoSuchTrainee, councilCode = NoSuchCouncil, role = "mediator" }),
        Api("admin: revoke a role (nobody, nowhere)", "POST /api/v1/admin/memberships/revoke", "/api/v1/admin/memberships/revoke", NoCase, Expect.Administrator(400),
            (_, _) => new { userName = NoSuchTrainee, councilCode = NoSuchCouncil, role = "mediator" }),
        // A dry run changes nothing even when clean; an import of a file with a problem is refused whole.
        Api("admin: check a councils file", "POST /api/v1/admin/import/councils/check", "/api/v1/admin/import/councils/check", NoCase, Expect.Administrator(200),
            (_, _) => ImportFile(DemoUsers.BurabayCode)),
        Api("admin: import a councils file (unknown parent)", "POST /api/v1/admin/import/councils", "/api/v1/admin/import/councils", NoCase, Expect.Administrator(400),
            (_, _) => ImportFile(NoSuchCouncil)),
        Api("admin: check a people file", "POST /api/v1/admin/import/people/check", "/api/v1/admin/import/people/check", NoCase, Expect.Administrator(200),
            (_, _) => PeopleFile(DemoUsers.BurabayCode)),
        Api("admin: import a people file (unknown council)", "POST /api/v1/admin/import/people", "/api/v1/admin/import/people", NoCase, Expect.Administrator(400),
            (_, _) => PeopleFile(NoSuchCouncil)),

        Page("inbox page", "/", NoCase, Expect.SignedIn(anonymous: 302)),
        Page("case page", "/Cases/{case}", Cases, Expect.CaseRead(anonymous: 302)),
        // Unfiltered: the newest cases, the markers among them, are the first page (a typed number would be echoed back).
        Page("document print view", "/Cases/{case}/Documents/{document}?language=kk", Cases, Expect.CaseRead(anonymous: 302)),
        Page("document as .docx", "/Cases/{case}/Documents/{document}/{format}?language=ru", Cases, Expect.CaseRead(anonymous: 302)),
        Page("case file page", "/Cases/{case}/File", Cases, Expect.CaseRead(anonymous: 302)),
        Page("case file download (no such entry)", "/Cases/{case}/File?handler=Entry&entryId=" + NoSuchPerson, Cases, Expect.SignedIn(anonymous: 302, signedIn: 404)),
        Page("case list page", "/Cases", NoCase, Expect.SignedIn(anonymous: 302)),
        Page("new case page", "/Cases/New", NoCase, Expect.SignedIn(anonymous: 302)),
        Page("approvals page", "/Approvals", NoCase, Expect.SignedIn(anonymous: 302)),
        Page("council page", "/Councils/{council}", Councils, Expect.CouncilMember),
        Page("council figures page", "/Councils/{council}/Figures", Councils, Expect.Figures(anonymous: 302)),
        Page("council figures CSV download", "/Councils/{council}/Figures?handler=Csv", Councils, Expect.Figures(anonymous: 302)),
        Page("profile page", "/Profile", NoCase, Expect.SignedIn(anonymous: 302)),
        Page("workshops page", "/Workshops", NoCase, Expect.SignedIn(anonymous: 302)),
        Page("workshop page", "/Workshops/{workshop}", Running, Expect.Participant(anonymous: 302)),
        Page("workshop page: live clock and teams", "/Workshops/{workshop}?handler=Status", Running, Expect.Participant(anonymous: 302)),
        Page("debrief page", "/Workshops/{workshop}/Debrief", Running, Expect.Trainer(200, anonymous: 302)),
        Page("debrief CSV download", "/Workshops/{workshop}/Debrief?handler=Csv", Running, Expect.Trainer(200, anonymous: 302)),

        // Page forms send the same commands as the API, through handlers of their own that re-render the page
        // on a refusal: each is sent stale or refused as above, with the antiforgery token a browser would send.
        Form("case page: take an action (stale form)", "/Cases/{case}?handler=Action", Cases, Expect.StaleForm,
            _ => new() { ["trigger"] = "acceptForMediation", ["expectedVersion"] = Stale }),
        Form("case page: correct a party (stale form)", "/Cases/{case}?handler=Party", Cases, Expect.StaleForm,
            c => new()
            {
                ["partyId"] = c!.PartyId.ToString(CultureInfo.InvariantCulture), ["expectedVersion"] = Stale,
                ["Party.Role"] = "Applicant", ["Party.FullName"] = "Матрица Исправленный", ["Party.PreferredLanguage"] = "ru",
            }),
        Form("case page: add or correct a representative (stale form)", "/Cases/{case}?handler=Representative", Cases, Expect.StaleForm,
            c => new()
            {
                ["partyId"] = c!.PartyId.ToString(CultureInfo.InvariantCulture), ["expectedVersion"] = Stale,
                ["representative.fullName"] = "Матрица Представитель", ["representative.authorityKind"] = "PowerOfAttorney",
                ["representative.authorityDocument"] = "Доверенность № 1",
            }),
        Form("case page: remove a representative (stale form)", "/Cases/{case}?handler=RemoveRepresentative", Cases, Expect.StaleForm,
            _ => new() { ["representativeId"] = NoSuchPerson, ["expectedVersion"] = Stale }),
        Form("case page: add a participant (stale form)", "/Cases/{case}?handler=Participant", Cases, Expect.StaleForm,
            _ => new() { ["expectedVersion"] = Stale, ["participant.kind"] = "Interpreter", ["participant.fullName"] = "Матрица Переводчик" }),
        Form("case page: remove a participant (stale form)", "/Cases/{case}?handler=RemoveParticipant", Cases, Expect.StaleForm,
            _ => new() { ["participantId"] = NoSuchPerson, ["expectedVersion"] = Stale }),
        Form("case file page: attach (no file)", "/Cases/{case}/File", Cases, Expect.RefusedUpload(anonymous: 302),
            _ => new() { ["proves"] = "signedSettlement" }),
        Form("case file page: keep a document (no such document)", "/Cases/{case}/File?handler=Document", Cases, Expect.RefusedUpload(anonymous: 302),
            _ => new() { ["document"] = "will", ["language"] = "kk" }),
        Form("approvals page: approve (stale form)", "/Approvals?handler=Approve", Cases, Expect.StaleForm,
            c => new() { ["caseId"] = c!.Id.ToString(CultureInfo.InvariantCulture), ["expectedVersion"] = Stale, ["confirmed"] = "true" }),
        Form("approvals page: return (stale form)", "/Approvals?handler=Return", Cases, Expect.StaleForm,
            c => new() { ["caseId"] = c!.Id.ToString(CultureInfo.InvariantCulture), ["expectedVersion"] = Stale, ["comment"] = "Матрица" }),
        Form("council page: enter a mediator in the register (refused)", "/Councils/{council}?handler=Entry", Councils, Expect.RegisterKeeper(400, anonymous: 302),
            _ => new() { ["Entry.UserName"] = NoSuchTrainee, ["Entry.Number"] = "MX-MATRIX-1", ["Entry.Type"] = "Public", ["Entry.Languages"] = "kk" }),
        Form("council page: change a mediator's status (no such entry)", "/Councils/{council}?handler=Status", Councils, Expect.RegisterKeeper(404, anonymous: 302),
            _ => new() { ["Status.EntryId"] = NoSuchPerson, ["Status.Status"] = "Suspended", ["Status.EffectiveOn"] = "2026-01-05", ["Status.Reason"] = "Матрица" }),
        Form("council page: add a training record (no such entry)", "/Councils/{council}?handler=Training", Councils, Expect.RegisterKeeper(404, anonymous: 302),
            _ => new() { ["Training.EntryId"] = NoSuchPerson, ["Training.Course"] = "Матрица", ["Training.Hours"] = "8", ["Training.CompletedOn"] = "2026-01-05" }),
        Form("inbox page: dismiss a notification", "/?handler=Read", ChairNotified, Expect.Addressee(302, anonymous: 302),
            c => new() { ["id"] = c!.ChairNotificationId.ToString(CultureInfo.InvariantCulture) }),
        Form("inbox page: dismiss all", "/?handler=Read", NoCase, Expect.Always(302), _ => []),
        Form("new case page: register", "/Cases/New", Councils, Expect.RegisterForm,
            c => new()
            {
                ["CouncilId"] = c!.CouncilId.ToString(CultureInfo.InvariantCulture), ["Category"] = "NeighboursAndHousing",
                ["Description"] = "Проверка доступа.", ["Parties[0].FullName"] = "Матрица Заявитель", ["Parties[1].FullName"] = "Матрица Ответчик",
            }),
        Form("workshops page: create", "/Workshops?handler=Create", Councils, Expect.CreateWorkshopForm,
            c => new() { ["Form.CouncilId"] = c!.CouncilId.ToString(CultureInfo.InvariantCulture), ["Form.ScenarioId"] = WorkshopApi.Scenario, ["Form.Title"] = "Матрица тренинг" }),
        Form("workshop page: add a team", "/Workshops/{workshop}?handler=AddTeam", Ended, Expect.Trainer(400, anonymous: 302),
            _ => new() { ["teamName"] = "Матрица команда", ["trainees"] = NoSuchTrainee }),
        Form("workshop page: start", "/Workshops/{workshop}?handler=Start", Ended, Expect.Trainer(400, anonymous: 302), _ => []),
        Form("workshop page: advance the clock", "/Workshops/{workshop}?handler=Advance", Ended, Expect.Trainer(400, anonymous: 302),
            _ => new() { ["step.days"] = "1", ["step.hours"] = "0" }),
        Form("workshop page: pause the clock", "/Workshops/{workshop}?handler=Pause", Ended, Expect.Trainer(400, anonymous: 302), _ => []),
        Form("workshop page: resume the clock", "/Workshops/{workshop}?handler=Resume", Ended, Expect.Trainer(400, anonymous: 302), _ => []),
        Form("workshop page: fire a scripted event", "/Workshops/{workshop}?handler=FireEvent", Ended, Expect.Trainer(400, anonymous: 302),
            _ => new() { ["eventId"] = WorkshopApi.FirstEvent }),
        Form("workshop page: end", "/Workshops/{workshop}?handler=End", Ended, Expect.Trainer(302, anonymous: 302), _ => []),
        Form("workshop page: delete (confirmed)", "/Workshops/{workshop}?handler=Delete", [Target.FreshWorkshop], Expect.Trainer(302, anonymous: 302),
            _ => new() { ["confirmed"] = "true" }),

        Form("profile page: change the password (wrong current one)", "/Profile?handler=Password", NoCase, Expect.SignedIn(anonymous: 302, signedIn: 400),
            _ => new() { ["currentPassword"] = "not-the-password", ["newPassword"] = "Matrix-Password-2026", ["repeatPassword"] = "Matrix-Password-2026" }),
        Form("profile page: make an access token (refused)", "/Profile?handler=CreateToken", NoCase, Expect.SignedIn(anonymous: 302, signedIn: 400),
            _ => new() { ["TokenName"] = "Матрица токен", ["TokenDays"] = "0" }),
        Form("profile page: revoke an access token (no such token)", "/Profile?handler=RevokeToken", NoCase, Expect.SignedIn(anonymous: 302, signedIn: 404),
            _ => new() { ["id"] = NoSuchToken }),

        // Administration pages: the administrator's; anyone else signed in is refused (403), nobody goes to the login page.
        // Their forms are refused before anything changes: ids nobody has (404), a taken name or an unknown parent (400).
        Page("admin page: council tree page", "/Admin", NoCase, Expect.Administrator(200, anonymous: 302)),
        Page("admin page: council page", "/Admin/Councils/{council}", Councils, Expect.Administrator(200, anonymous: 302)),
        Page("admin page: people page", "/Admin/People", NoCase, Expect.Administrator(200, anonymous: 302)),
        Page("admin page: person page (no such person)", "/Admin/People/{nosuchperson}", NoCase, Expect.Administrator(404, anonymous: 302)),
        Page("admin page: import page", "/Admin/Import", NoCase, Expect.Administrator(200, anonymous: 302)),
        Page("admin page: import template download", "/Admin/Import?handler=Template&kind=People&format=Csv&language=kk", NoCase, Expect.Administrator(200, anonymous: 302)),
        Form("admin page: add a council (unknown parent)", "/Admin?handler=Add", NoCase, Expect.Administrator(400, anonymous: 302),
            _ => new() { ["Code"] = "MATRIX-NEW", ["Level"] = "Rural", ["NameKk"] = "Матрица", ["NameRu"] = "Матрица", ["NameEn"] = "Matrix", ["ParentCode"] = NoSuchCouncil }),
        Form("admin page: rename a council (no such council)", "/Admin/Councils/{nosuchcouncil}?handler=Rename", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["nameKk"] = "Матрица", ["nameRu"] = "Матрица", ["nameEn"] = "Matrix" }),
        Form("admin page: move a council (no such council)", "/Admin/Councils/{nosuchcouncil}?handler=Move", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["parentCode"] = DemoUsers.BurabayCode }),
        Form("admin page: close a council (no such council)", "/Admin/Councils/{nosuchcouncil}?handler=Close", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["confirmed"] = "true" }),
        Form("admin page: grant a role in a council (no such council)", "/Admin/Councils/{nosuchcouncil}?handler=Grant", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["userName"] = DemoUsers.Chair, ["role"] = "Mediator" }),
        Form("admin page: revoke a role in a council (no such council)", "/Admin/Councils/{nosuchcouncil}?handler=Revoke", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["userName"] = DemoUsers.Chair, ["role"] = "Chair" }),
        Form("admin page: add a person (name taken)", "/Admin/People?handler=Add", NoCase, Expect.Administrator(400, anonymous: 302),
            _ => new() { ["UserName"] = DemoUsers.Chair, ["DisplayName"] = "Матрица", ["PreferredLanguage"] = "ru" }),
        Form("admin page: edit a person (no such person)", "/Admin/People/{nosuchperson}?handler=Edit", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["displayName"] = "Матрица", ["preferredLanguage"] = "ru" }),
        Form("admin page: deactivate (no such person)", "/Admin/People/{nosuchperson}?handler=Deactivate", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["confirmed"] = "true" }),
        Form("admin page: reactivate (no such person)", "/Admin/People/{nosuchperson}?handler=Reactivate", NoCase, Expect.Administrator(404, anonymous: 302), _ => []),
        Form("admin page: reset a password (no such person)", "/Admin/People/{nosuchperson}?handler=Password", NoCase, Expect.Administrator(404, anonymous: 302), _ => []),
        Form("admin page: grant a person a role (no such person)", "/Admin/People/{nosuchperson}?handler=Grant", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["councilCode"] = DemoUsers.BurabayCode, ["role"] = "Mediator" }),
        Form("admin page: revoke a person's role (no such person)", "/Admin/People/{nosuchperson}?handler=Revoke", NoCase, Expect.Administrator(404, anonymous: 302),
            _ => new() { ["councilCode"] = DemoUsers.BurabayCode, ["role"] = "Mediator" }),
        Form("admin page: check an import file (no file)", "/Admin/Import?handler=Check", NoCase, Expect.Administrator(400, anonymous: 302), _ => new() { ["Kind"] = "People" }),
        Form("admin page: import a checked file (no such draft)", "/Admin/Import?handler=Apply", NoCase, Expect.Administrator(400, anonymous: 302),
            _ => new() { ["Kind"] = "People", ["draftId"] = "0123456789abcdef0123456789abcdef", ["fileName"] = "people.csv" }),

        Page("login page", "/Account/Login", NoCase, Expect.Always(200)),
        Page("sign-out page (GET goes to the login page)", "/Account/Logout", NoCase, Expect.Always(302)),
        Page("language page (GET goes home)", "/Account/Language", NoCase, Expect.Always(302)),
    ];

    /// <summary>A council code and a person's id nobody has.</summary>
    private const string NoSuchCouncil = "NO-SUCH-COUNCIL";

    private const string NoSuchAccount = "00000000-0000-0000-0000-00000000a7c1";

    /// <summary>A councils file of one row under <paramref name="parentCode"/>, made anew for each request (content is sent once).</summary>
    private static MultipartFormDataContent ImportFile(string parentCode) =>
        Multipart("councils.csv", $"Code,Level,NameKk,NameRu,NameEn,ParentCode\nMATRIX-IMP,rural,Матрица,Матрица,Matrix,{parentCode}\n");

    private static MultipartFormDataContent PeopleFile(string councilCode) =>
        Multipart("people.csv", $"UserName,FullName,Language,CouncilCode,Roles\nmatrix.imported,Матрица Импорт,ru,{councilCode},mediator\n");

    private static MultipartFormDataContent Multipart(string fileName, string csv) =>
        new() { { new ByteArrayContent(System.Text.Encoding.UTF8.GetBytes(csv)), "file", fileName } };

    /// <summary>endpoint × role × target, as theory rows.</summary>
    public static TheoryData<string, string, Target> Rows()
    {
        var rows = new TheoryData<string, string, Target>();
        foreach (var endpoint in Endpoints)
        {
            foreach (var role in Roles)
            {
                foreach (var target in endpoint.Targets)
                {
                    rows.Add(endpoint.Name, role, target);
                }
            }
        }

        return rows;
    }

    /// <summary>The API endpoints that refuse a request without a bearer token.</summary>
    public static TheoryData<string> ProtectedApiEndpoints() =>
        [.. Endpoints.Where(e => !e.IsPage && e.Expect(DemoUsers.Anonymous, e.Targets[0]) == 401).Select(e => e.Name)];

    public static MatrixEndpoint Endpoint(string name) => Endpoints.Single(e => e.Name == name);

    private static MatrixEndpoint Api(string name, string operation, string path, Target[] targets, Func<string, Target, int> expect, Func<string, MarkerCase?, object>? body = null) =>
        new(name, operation.Split(' ')[0], path, targets, expect, body, operation, IsPage: false);

    private static MatrixEndpoint Page(string name, string path, Target[] targets, Func<string, Target, int> expect) =>
        new(name, "GET", path, targets, expect, null, null, IsPage: true);

    private static MatrixEndpoint Form(string name, string path, Target[] targets, Func<string, Target, int> expect, Func<MarkerCase?, Dictionary<string, string>> fields) =>
        new(name, "POST", path, targets, expect, (_, target) => fields(target), null, IsPage: true);

    /// <summary>The expected status by role and target.</summary>
    private static class Expect
    {
        public static int SignIn(string role, Target _) => role == DemoUsers.Anonymous ? 400 : 200;

        public static Func<string, Target, int> SignedIn(int anonymous = 401, int signedIn = 200) => (role, _) => role == DemoUsers.Anonymous ? anonymous : signedIn;

        public static Func<string, Target, int> Always(int status) => (_, _) => status;

        public static Func<string, Target, int> CaseRead(int anonymous = 401) =>
            (role, target) => role == DemoUsers.Anonymous ? anonymous : MaySee(role, target) ? 200 : 404;

        /// <summary>A write on a stale version: who may see the case learns it changed (409); nobody else learns it exists.</summary>
        public static int StaleWrite(string role, Target target) => role == DemoUsers.Anonymous ? 401 : MaySee(role, target) ? 409 : 404;

        /// <summary>Administration is the administrator's; any other signed-in person knows it exists and is refused (403).</summary>
        public static Func<string, Target, int> Administrator(int status, int anonymous = 401, int refused = 403) =>
            (role, _) => role switch
            {
                DemoUsers.Anonymous => anonymous,
                DemoUsers.Admin => status,
                _ => refused,
            };

        /// <summary>The workshop's trainer and its trainees read it; to everyone else it does not exist.</summary>
        public static Func<string, Target, int> Participant(int anonymous = 401) =>
            (role, _) => role == DemoUsers.Anonymous ? anonymous : WorkshopPeople.Contains(role) ? 200 : 404;

        /// <summary>Only the workshop's trainer: its trainees included, everyone else is told it does not exist.</summary>
        public static Func<string, Target, int> Trainer(int status, int anonymous = 401) =>
            (role, _) => role == DemoUsers.Anonymous ? anonymous : role == DemoUsers.Trainer ? status : 404;

        /// <summary>A notification is its addressee's (the chair) to dismiss; to anyone else it does not exist.</summary>
        public static Func<string, Target, int> Addressee(int status, int anonymous) =>
            (role, _) => role switch
            {
                DemoUsers.Anonymous => anonymous,
                DemoUsers.Chair => status,
                _ => 404,
            };

        /// <summary>An upload that is no scan: refused with the reason to those who may add to the case, not found for everyone else.</summary>
        public static Func<string, Target, int> RefusedUpload(int anonymous) =>
            (role, target) => role == DemoUsers.Anonymous ? anonymous : MaySee(role, target) ? 400 : 404;

        /// <summary>The stale write as a page form: the page shown again with what changed (409), or not found; the login page for nobody.</summary>
        public static int StaleForm(string role, Target target) => role == DemoUsers.Anonymous ? 302 : StaleWrite(role, target);

        /// <summary>The intake form: a case opened goes to its page; a refusal puts the form back with the reason (400).</summary>
        public static int RegisterForm(string role, Target target) => OpenCase(role, target) switch
        {
            201 or 401 => 302,
            _ => 400,
        };

        /// <summary>The workshop form: a workshop made goes to its page; a refusal shows the reason (403), the login page for nobody.</summary>
        public static int CreateWorkshopForm(string role, Target target) => CreateWorkshop(role, target) switch
        {
            201 or 401 => 302,
            var status => status,
        };

        /// <summary>Only a trainer of the council sets up workshops there.</summary>
        public static int CreateWorkshop(string role, Target target) => role switch
        {
            DemoUsers.Anonymous => 401,
            DemoUsers.Trainer when target is Target.BurabayMediators => 201,
            _ => 403,
        };

        /// <summary>A council's page is for its members; to everyone else it does not exist.</summary>
        public static int CouncilMember(string role, Target target) => role switch
        {
            DemoUsers.Anonymous => 302,
            DemoUsers.OtherMediator => target is Target.Zerendi ? 200 : 404,
            DemoUsers.Admin or DemoUsers.Chair or DemoUsers.Mediator or DemoUsers.Trainer or DemoUsers.Analyst => target is Target.Zerendi ? 404 : 200,
            _ => 404,
        };

        /// <summary>
        /// The register is kept by the council's chair and administrator (Burabay's here): their request reaches the
        /// application and gets <paramref name="keeper"/>; another member is refused (403); to anyone else the council does not exist.
        /// </summary>
        public static Func<string, Target, int> RegisterKeeper(int keeper, int anonymous) => (role, target) => role switch
        {
            DemoUsers.Anonymous => anonymous,
            DemoUsers.Chair or DemoUsers.Admin when target is Target.BurabayMediators => keeper,
            _ => CouncilMember(role, target) == 200 ? 403 : 404,
        };

        /// <summary>Figures are for the council's analysts and chairs (and those above it); to everyone else the council does not exist.</summary>
        public static Func<string, Target, int> Figures(int anonymous) => (role, target) => role switch
        {
            DemoUsers.Anonymous => anonymous,
            DemoUsers.Chair or DemoUsers.Analyst when target is Target.BurabayMediators => 200,
            _ => 404,
        };

        /// <summary>Only the council's mediators and chairs register cases there.</summary>
        public static int OpenCase(string role, Target target) => role switch
        {
            DemoUsers.Anonymous => 401,
            DemoUsers.Chair or DemoUsers.Mediator when target is Target.BurabayMediators or Target.BurabayChairs => 201,
            DemoUsers.OtherMediator when target is Target.Zerendi => 201,
            _ => 403,
        };
    }

    /// <summary>CaseAccess's rule, stated for the marker cases.</summary>
    public static bool MaySee(string role, Target target) => target switch
    {
        Target.BurabayMediators => role is DemoUsers.Chair or DemoUsers.Mediator,
        Target.BurabayChairs => role is DemoUsers.Chair,
        Target.Zerendi => role is DemoUsers.OtherMediator,
        Target.Sandbox => role is DemoUsers.Trainer or DemoUsers.TraineeOne,
        _ => false,
    };
}

/// <summary>One endpoint or page of the matrix.</summary>
/// <param name="Operation">"METHOD path" as the OpenAPI document names it; null for pages.</param>
public sealed record MatrixEndpoint(
    string Name, string Method, string Path, Target[] Targets, Func<string, Target, int> Expect,
    Func<string, MarkerCase?, object>? Body, string? Operation, bool IsPage)
{
    /// <param name="antiforgeryToken">For a page form: the token from a page the same person opened.</param>
    public HttpRequestMessage Request(string role, MarkerCase? target, string? antiforgeryToken = null)
    {
        // Ids nobody has, as placeholders, so that a page row names the page's route like the app does.
        var path = Path.Replace("{nosuchcouncil}", "999999999", StringComparison.Ordinal)
            .Replace("{nosuchperson}", "00000000-0000-0000-0000-00000000a7c1", StringComparison.Ordinal);
        if (target is not null)
        {
            path = path.Replace("{case}", target.Id.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{party}", target.PartyId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{notification}", target.ChairNotificationId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{council}", target.CouncilId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{number}", Uri.EscapeDataString(target.Number), StringComparison.Ordinal)
                .Replace("{workshop}", target.WorkshopId.ToString(CultureInfo.InvariantCulture), StringComparison.Ordinal)
                .Replace("{document}", "settlement-agreement", StringComparison.Ordinal)
                .Replace("{format}", "docx", StringComparison.Ordinal);
        }

        var body = Body?.Invoke(role, target);
        HttpContent? content = (body, IsPage) switch
        {
            (null, _) => null,
            (HttpContent upload, _) => upload,
            (_, true) => new FormUrlEncodedContent(((Dictionary<string, string>)body).Append(new("__RequestVerificationToken", antiforgeryToken ?? string.Empty))),
            _ => System.Net.Http.Json.JsonContent.Create(body),
        };
        return TestRequests.Request(new HttpMethod(Method), path, content: content);
    }

    public override string ToString() => Name;
}
