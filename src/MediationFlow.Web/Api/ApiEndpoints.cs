using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.AccessTokens;
using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Councils;
using MediationFlow.Core.Features.Intake;
using MediationFlow.Core.Features.Notifications;
using MediationFlow.Core.Features.Participants;
using MediationFlow.Core.Features.Representatives;
using MediationFlow.Core.Features.Transfers;
using MediationFlow.Web.Localization;
using MediationFlow.Web.Presentation;
using MediationFlow.Web.Security;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.AspNetCore.Identity;

namespace MediationFlow.Web.Api;

/// <summary>
/// The REST API under /api/v1. Each endpoint sends the same Mediator command or query as the pages;
/// errors become ProblemDetails (see <see cref="ProblemMapping"/>).
/// </summary>
public static class ApiEndpoints
{
    public static void MapMediationFlowApi(this IEndpointRouteBuilder app)
    {
        var api = app.MapGroup("/api/v1");
        api.MapPost("/auth/login", LoginAsync).AllowAnonymous().WithName("Login").WithTags(ApiTags.SignIn).Json<LoginBody>().RequireRateLimiting(RateLimits.SignIn)
            .Refuses(RefusalTable.SignInRequired, RefusalTable.TooManyRequests)
            .WithSummary("Sign in with a user name and password; returns a bearer token for the other endpoints (401 when they do not match).");

        var cases = api.MapGroup("/cases").RequireAuthorization(IdentitySetup.ApiPolicy).WithTags(ApiTags.Cases);
        cases.MapGet("/", SearchAsync).WithName("SearchCases").Refuses(RefusalTable.InvalidFields)
            .WithSummary("Search cases you may see (keyset pagination: pass `next` as `after`).");
        cases.MapPost("/", OpenAsync).WithName("OpenCase").Json<NewCaseBody>().Produces<OpenCase.Opened>(StatusCodes.Status201Created)
            .Refuses(RefusalTable.Forbidden).WithSummary("Register a case (intake).");
        cases.MapGet("/{id:long}", async (long id, ISender sender, CancellationToken ct) => WithChoiceLinks(await sender.Send(new GetCase.Query(id), ct)))
            .WithName("GetCase").Refuses(RefusalTable.NotFound)
            .WithSummary("A case with its parties, sessions, agreement and the actions you may take now.");
        cases.MapGet("/{id:long}/actions", async (long id, ISender sender, CancellationToken ct) => WithChoiceLinks(await sender.Send(new GetCase.Query(id), ct)).Actions)
            .WithName("ListCaseActions").Refuses(RefusalTable.NotFound)
            .WithSummary("The actions defined from the case's state: permitted, or blocked with reasons and, where the workflow names it, each reason's legal `basis` "
                + "(`cite`, and `status`: verified, secondary, unverified or practice). A field of type `user` or `council` has no `options`: its `optionsFrom` says where to list them; "
                + "a `representative` field's `optionsFrom` points at the case's `representatives` (those with `hasAuthority` may act). "
                + "A field of type `parties` or `attendees` takes a list: send an array (`[\"12\", \"15\"]`, attendees as `\"party:12\"`, `\"representative:3\"`, `\"participant:4\"`).");
        cases.MapGet("/{id:long}/mediators", (long id, ISender sender, CancellationToken ct) => sender.Send(new ListAssignableMediators.Query(id), ct))
            .WithName("ListAssignableMediators").Refuses(RefusalTable.NotFound)
            .WithSummary("The mediators a chair may assign to the case: the choices of the `mediator` field of `assignMediator` and `replaceMediator` (send a `userId`), "
                + "ranked: first those who mediate in every party's language, then those specialised in the case's category, then those with fewer open cases. "
                + "Each says why (`matchedLanguages`, `missingLanguages`, `specialised`, `openCases`, `registered`). Suspended or excluded mediators and those who recused are not offered.");
        cases.MapGet("/{id:long}/councils", (long id, ISender sender, CancellationToken ct) => sender.Send(new ListTransferCouncils.Query(id), ct))
            .WithName("ListTransferCouncils").Refuses(RefusalTable.NotFound)
            .WithSummary("The councils the case may be transferred to (other councils with a chair): the choices of the `council` field of `requestTransfer` (send a `councilId`).");
        cases.MapPost("/{id:long}/actions/{trigger}", ActAsync).WithName("TakeAction").Json<ActionBody>()
            .Refuses(RefusalTable.RoleRequired, RefusalTable.NotFound, RefusalTable.StaleVersion, RefusalTable.ActionNotAvailable)
            .WithSummary("Take a workflow action. `input` holds the action's fields: a text, number or true/false each, and an array of ids for a list field (`parties`, `attendees`); "
                + "an object is a 400 naming `input.<field>`. 409 `/problems/stale-version` if the case changed since expectedVersion; 409 `/problems/action-not-available` if the case cannot take the action now.");
        cases.MapGet("/{id:long}/history", (long id, ISender sender, CancellationToken ct) => sender.Send(new GetHistory.Query(id), ct))
            .WithName("GetHistory").Refuses(RefusalTable.NotFound).WithSummary("The case's history, oldest first.");
        cases.MapPost("/{id:long}/parties", AddPartyAsync).WithName("AddParty").Json<PartyBody>().Produces<EditParties.Edited>(StatusCodes.Status201Created)
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion).WithSummary("Add a party during intake.");
        cases.MapPut("/{id:long}/parties/{partyId:long}", EditPartyAsync).WithName("EditParty").Json<PartyBody>()
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion).WithSummary("Correct a party during intake.");
        cases.MapPut("/{id:long}/screening", EditScreeningAsync).WithName("EditScreening").Json<ScreeningBody>()
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion)
            .WithSummary("Correct the screening answers (Law on Mediation, Art. 1(2)–(4)) during intake.");
        cases.MapPut("/{id:long}/referral", EditReferralAsync).WithName("EditReferral").Json<ReferralBody>()
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion)
            .WithSummary("Record during intake where the case came from and a court or administrative proceeding it is part of.");
        cases.MapPost("/{id:long}/representatives", AddRepresentativeAsync).WithName("AddRepresentative").Json<RepresentativeBody>()
            .Produces<AddRepresentative.Added>(StatusCodes.Status201Created).Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion)
            .WithSummary("Record someone who acts for a party, with the document of their authority, while the case is open.");
        cases.MapPut("/{id:long}/representatives/{representativeId:long}", EditRepresentativeAsync).WithName("EditRepresentative").Json<RepresentativeChangeBody>()
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion)
            .WithSummary("Correct a representative's details or their document of authority.");
        cases.MapDelete("/{id:long}/representatives/{representativeId:long}", RemoveRepresentativeAsync).WithName("RemoveRepresentative")
            .Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion)
            .WithSummary("A representative no longer acts for the party (pass `expectedVersion`); the case keeps them on record.");
        cases.MapPost("/{id:long}/participants", AddParticipantAsync).WithName("AddParticipant").Json<ParticipantBody>()
            .Produces<AddParticipant.Added>(StatusCodes.Status201Created).Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion)
            .WithSummary("Record a support person, interpreter or expert who attends sessions without being a party.");
        cases.MapPut("/{id:long}/participants/{participantId:long}", EditParticipantAsync).WithName("EditParticipant").Json<ParticipantBody>()
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion).WithSummary("Correct a participant's details.");
        cases.MapDelete("/{id:long}/participants/{participantId:long}", RemoveParticipantAsync).WithName("RemoveParticipant")
            .Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden, RefusalTable.NotFound, RefusalTable.StaleVersion)
            .WithSummary("A participant no longer takes part (pass `expectedVersion`); the case goes on and keeps them on record.");
        cases.MapCaseFile();

        var councils = api.MapGroup("/councils").RequireAuthorization(IdentitySetup.ApiPolicy).WithTags(ApiTags.Councils);
        councils.MapGet("/{id:int}/figures", FiguresAsync).WithName("GetCouncilFigures").Refuses(RefusalTable.InvalidFields, RefusalTable.NotFound)
            .WithSummary("A council's figures for a year (default: this one), rolled up over the councils under it: counts only, no case content. For its analysts and chairs and those of councils above it.");
        councils.MapRegister();

        var tokens = api.MapGroup("/tokens").RequireAuthorization(IdentitySetup.ApiPolicy).WithTags(ApiTags.AccessTokens);
        tokens.MapGet("/", (ISender sender, CancellationToken ct) => sender.Send(new ListAccessTokens.Query(), ct))
            .WithName("ListAccessTokens").WithSummary("Your personal access tokens (never the tokens themselves).");
        tokens.MapPost("/", CreateTokenAsync).WithName("CreateAccessToken").Json<TokenBody>().Produces<CreateAccessToken.Created>(StatusCodes.Status201Created)
            .RequireRateLimiting(RateLimits.Tokens)
            .Refuses(RefusalTable.TooManyRequests)
            .WithSummary("Make a personal access token for a script or another system; the token is in this answer only. Send it as `Authorization: Bearer mf_…`.");
        tokens.MapDelete("/{id:long}", (long id, ISender sender, CancellationToken ct) => sender.Send(new RevokeAccessToken.Command(id), ct))
            .WithName("RevokeAccessToken").Refuses(RefusalTable.NotFound).WithSummary("Revoke one of your tokens at once (404 if it is not yours).");

        cases.MapDocuments();

        api.MapGroup("/workshops").RequireAuthorization(IdentitySetup.ApiPolicy).WithTags(ApiTags.Workshops).MapWorkshops();
        api.MapGroup("/admin").RequireAuthorization(IdentitySetup.ApiPolicy).WithTags(ApiTags.Administration).MapAdministration();

        var work = api.MapGroup("/").RequireAuthorization(IdentitySetup.ApiPolicy).WithTags(ApiTags.Work);
        work.MapGet("/inbox", (ISender sender, CancellationToken ct) => sender.Send(new GetInbox.Query(), ct))
            .WithName("GetInbox").WithSummary("What needs you now, overdue first.");
        work.MapGet("/approvals", (ISender sender, CancellationToken ct) => sender.Send(new GetApprovals.Query(), ct))
            .WithName("GetApprovals").WithSummary("Settlement agreements awaiting your approval (chairs).");
        work.MapPost("/notifications/{id:long}/read", (long id, ISender sender, CancellationToken ct) => sender.Send(new MarkNotificationsRead.Command(id), ct))
            .WithName("MarkNotificationRead").Refuses(RefusalTable.NotFound).WithSummary("Dismiss one of your notifications (404 if it is not yours).");
        work.MapPost("/notifications/read", (ISender sender, CancellationToken ct) => sender.Send(new MarkNotificationsRead.Command(null), ct))
            .WithName("MarkAllNotificationsRead").WithSummary("Dismiss all your unread notifications.");
    }

    /// <summary>
    /// The choices of a `user`, `council` or `representative` field depend on the case, so the definition cannot list
    /// them: the action listing says where to find them (a representative's in the case itself, by JSON pointer).
    /// </summary>
    private static CaseView WithChoiceLinks(CaseView view)
    {
        var url = $"/api/v1/cases/{view.Id.ToString(CultureInfo.InvariantCulture)}";
        return view with
        {
            Actions = [.. view.Actions.Select(a => a with
            {
                Fields = [.. a.Fields.Select(f => f.Type switch
                {
                    InputTypes.User => f with { OptionsFrom = url + "/mediators" },
                    InputTypes.Council => f with { OptionsFrom = url + "/councils" },
                    InputTypes.Representative => f with { OptionsFrom = url + "#/representatives" },
                    _ => f,
                })],
            })],
        };
    }

    /// <summary>
    /// The handlers read their bodies through <see cref="JsonBody"/> (for field-named errors), so the
    /// framework cannot see them: this tells OpenAPI what the body is.
    /// </summary>
    private static RouteHandlerBuilder Json<TBody>(this RouteHandlerBuilder endpoint)
        where TBody : notnull =>
        endpoint.Accepts<TBody>("application/json");

    private static async Task<IResult> LoginAsync(HttpRequest request, SignInManager<User> signIn, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<LoginBody>(request, ct);
        var missing = new List<FieldError>();
        if (string.IsNullOrWhiteSpace(body.UserName))
        {
            missing.Add(new FieldError("userName", "required", UiText.Get("FieldRequired")));
        }

        if (string.IsNullOrEmpty(body.Password))
        {
            missing.Add(new FieldError("password", "required", UiText.Get("FieldRequired")));
        }

        if (missing.Count > 0)
        {
            throw new ValidationFailedException(missing);
        }

        // The bearer handler writes the token response itself when sign-in succeeds.
        signIn.AuthenticationScheme = IdentityConstants.BearerScheme;
        var result = await signIn.PasswordSignInAsync(body.UserName, body.Password, isPersistent: false, lockoutOnFailure: true);
        return result.Succeeded
            ? Results.Empty
            : Results.Problem(statusCode: StatusCodes.Status401Unauthorized, detail: UiText.Get(result.IsLockedOut ? "LockedOut" : "LoginFailed"));
    }

    private static async Task<SearchCases.Page> SearchAsync(
        ISender sender, CancellationToken ct, string? number = null, string? partyName = null, string? category = null,
        string? state = null, string? councilId = null, string? after = null, string? pageSize = null)
    {
        var errors = new List<FieldError>();
        var query = new SearchCases.Query(number, partyName,
            Parse<DisputeCategory>(category, "category", errors), state,
            (int?)Number(councilId, "councilId", errors), Number(after, "after", errors),
            (int?)Number(pageSize, "pageSize", errors) ?? 20);
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : await sender.Send(query, ct);
    }

    /// <summary>The year read by hand, like the search's filters, so "year=abc" is a field error in the caller's language.</summary>
    private static async Task<GetCouncilFigures.Figures> FiguresAsync(int id, ISender sender, CancellationToken ct, string? year = null)
    {
        var errors = new List<FieldError>();
        var query = new GetCouncilFigures.Query(id, (int?)Number(year, "year", errors));
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : await sender.Send(query, ct);
    }

    private static async Task<IResult> CreateTokenAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<TokenBody>(request, ct);
        var created = await sender.Send(new CreateAccessToken.Command(body.Name, body.Days), ct);
        return Results.Created($"/api/v1/tokens/{created.Id}", created);
    }

    private static async Task<IResult> OpenAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<NewCaseBody>(request, ct);
        var opened = await sender.Send(new OpenCase.Command(
            body.CouncilId, body.Category, body.Description, body.AffectsThirdParties, body.PartyLacksCapacity,
            body.CorruptionOrPublicServiceOffence, body.Parties, body.StateBodyIsParty, body.ReferralSource, body.ReferralNote, body.ProceedingReference), ct);
        return Results.Created($"/api/v1/cases/{opened.CaseId}", opened);
    }

    private static async Task<TakeAction.Taken> ActAsync(long id, string trigger, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ActionBody>(request, ct);
        return await sender.Send(new TakeAction.Command(id, trigger, body.ExpectedVersion, JsonBody.Scalars(body.Input)), ct);
    }

    private static async Task<IResult> AddPartyAsync(long id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PartyBody>(request, ct);
        var edited = await sender.Send(new EditParties.Command(id, body.ExpectedVersion, null, body.Party), ct);
        return Results.Created($"/api/v1/cases/{id}", edited);
    }

    private static async Task<EditParties.Edited> EditPartyAsync(long id, long partyId, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PartyBody>(request, ct);
        return await sender.Send(new EditParties.Command(id, body.ExpectedVersion, partyId, body.Party), ct);
    }

    private static async Task<EditScreening.Edited> EditScreeningAsync(long id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ScreeningBody>(request, ct);
        return await sender.Send(new EditScreening.Command(
            id, body.ExpectedVersion, body.AffectsThirdParties, body.PartyLacksCapacity, body.CorruptionOrPublicServiceOffence, body.StateBodyIsParty), ct);
    }

    private static async Task<EditReferral.Edited> EditReferralAsync(long id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ReferralBody>(request, ct);
        return await sender.Send(new EditReferral.Command(id, body.ExpectedVersion, body.ReferralSource, body.ReferralNote, body.ProceedingReference), ct);
    }

    private static async Task<IResult> AddRepresentativeAsync(long id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RepresentativeBody>(request, ct);
        var added = await sender.Send(new AddRepresentative.Command(id, body.ExpectedVersion, body.PartyId, body.Representative), ct);
        return Results.Created($"/api/v1/cases/{id}", added);
    }

    private static async Task<EditRepresentative.Edited> EditRepresentativeAsync(long id, long representativeId, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<RepresentativeChangeBody>(request, ct);
        return await sender.Send(new EditRepresentative.Command(id, body.ExpectedVersion, representativeId, body.Representative), ct);
    }

    private static Task<RemoveRepresentative.Removed> RemoveRepresentativeAsync(long id, long representativeId, ISender sender, CancellationToken ct, string? expectedVersion = null) =>
        sender.Send(new RemoveRepresentative.Command(id, ExpectedVersion(expectedVersion), representativeId), ct).AsTask();

    private static async Task<IResult> AddParticipantAsync(long id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ParticipantBody>(request, ct);
        var added = await sender.Send(new AddParticipant.Command(id, body.ExpectedVersion, body.Participant), ct);
        return Results.Created($"/api/v1/cases/{id}", added);
    }

    private static async Task<EditParticipant.Edited> EditParticipantAsync(long id, long participantId, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<ParticipantBody>(request, ct);
        return await sender.Send(new EditParticipant.Command(id, body.ExpectedVersion, participantId, body.Participant), ct);
    }

    private static Task<RemoveParticipant.Removed> RemoveParticipantAsync(long id, long participantId, ISender sender, CancellationToken ct, string? expectedVersion = null) =>
        sender.Send(new RemoveParticipant.Command(id, ExpectedVersion(expectedVersion), participantId), ct).AsTask();

    /// <summary>A removal has no body: the version the client saw comes in the query, and must be there.</summary>
    private static int ExpectedVersion(string? text)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            throw new ValidationFailedException([new FieldError("expectedVersion", "required", UiText.Get("FieldRequired"))]);
        }

        var errors = new List<FieldError>();
        var version = Number(text, "expectedVersion", errors);
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : (int)version!.Value;
    }

    internal static TEnum? Parse<TEnum>(string? text, string field, List<FieldError> errors)
        where TEnum : struct, Enum
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (Enum.TryParse<TEnum>(text, ignoreCase: true, out var value) && Enum.IsDefined(value) && !text.All(char.IsAsciiDigit))
        {
            return value;
        }

        errors.Add(new FieldError(field, "invalid", UiText.Get("FieldInvalid")));
        return null;
    }

    internal static long? Number(string? text, string field, List<FieldError> errors)
    {
        if (string.IsNullOrWhiteSpace(text))
        {
            return null;
        }

        if (long.TryParse(text, NumberStyles.None, CultureInfo.InvariantCulture, out var value) && value <= int.MaxValue)
        {
            return value;
        }

        errors.Add(new FieldError(field, "invalid", UiText.Get("FieldInvalid")));
        return null;
    }
}
