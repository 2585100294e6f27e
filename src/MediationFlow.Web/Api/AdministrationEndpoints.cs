using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Web.Presentation;
using Mediator;

namespace MediationFlow.Web.Api;

/// <summary>
/// /api/v1/admin: the council tree, the people who sign in, their roles per council and bulk import, for administrators
/// (any other signed-in person gets 403). The same application requests as the administration pages and the CLI.
/// </summary>
public static class AdministrationEndpoints
{
    public static void MapAdministration(this RouteGroupBuilder admin)
    {
        ArgumentNullException.ThrowIfNull(admin);
        var councils = admin.MapGroup("/councils");
        councils.MapGet("/", SearchCouncilsAsync).WithName("AdminSearchCouncils").Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden)
            .WithSummary("Browse the council tree a page of 50 at a time: the councils under `parentId` (the top of the tree without it), or with `text` those anywhere whose code or name contains it; `level` narrows either.");
        councils.MapGet("/{id:int}", (int id, ISender sender, CancellationToken ct) => sender.Send(new GetCouncilRecord.Query(id), ct))
            .WithName("AdminGetCouncil").Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("A council with its names in kk, ru and en, its parent, whether it is closed, its members and roles, and how many of its cases are open (a count only).");
        councils.MapPost("/", AddCouncilAsync).WithName("AdminAddCouncil").Accepts<NewCouncilBody>("application/json").Produces<AddCouncil.Added>(StatusCodes.Status201Created)
            .Refuses(RefusalTable.Forbidden).WithSummary("Add a council under a parent (`parentCode`; none for the top of the tree).");
        councils.MapPut("/{id:int}/names", RenameAsync).WithName("AdminRenameCouncil").Accepts<CouncilNamesBody>("application/json")
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound).WithSummary("Rename a council in the three languages; its code and cases stay.");
        councils.MapPut("/{id:int}/parent", MoveAsync).WithName("AdminMoveCouncil").Accepts<CouncilParentBody>("application/json")
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Move a council, with every council under it, under another parent (`parentCode`; null for the top). A move under itself or a council under it is a 400.");
        councils.MapPost("/{id:int}/close", (int id, ISender sender, CancellationToken ct) => sender.Send(new CloseCouncil.Command(id), ct))
            .WithName("AdminCloseCouncil").Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Close a council that no longer exists: it keeps its cases and members and takes no new ones. A 400 names how many cases are still open, or councils under it still work.");

        var people = admin.MapGroup("/people");
        people.MapGet("/", SearchPeopleAsync).WithName("AdminSearchPeople").Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden)
            .WithSummary("People a page of 50 at a time, found by `text` in their user name, name, e-mail or phone; `councilId` keeps to one council's members.");
        people.MapGet("/{id:guid}", (Guid id, ISender sender, CancellationToken ct) => sender.Send(new GetPersonRecord.Query(id), ct))
            .WithName("AdminGetPerson").Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("A person with their details, whether the account is active, and their roles per council.");
        people.MapPost("/", AddPersonAsync).WithName("AdminAddPerson").Accepts<NewPersonBody>("application/json").Produces<AddUser.Added>(StatusCodes.Status201Created)
            .Refuses(RefusalTable.Forbidden).WithSummary("Add a person; the answer holds their first password, once (hand it over; it is stored only as a hash).");
        people.MapPut("/{id:guid}", EditPersonAsync).WithName("AdminEditPerson").Accepts<PersonDetailsBody>("application/json")
            .Refuses(RefusalTable.Forbidden, RefusalTable.NotFound).WithSummary("Correct a person's full name, language, e-mail and phone (empty for none).");
        people.MapPost("/{id:guid}/deactivate", (Guid id, ISender sender, CancellationToken ct) => sender.Send(new DeactivatePerson.Command(id), ct))
            .WithName("AdminDeactivatePerson").Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Deactivate: signed out everywhere at once (pages, bearer tokens; personal access tokens are revoked), no further sign-in; history and memberships stay.");
        people.MapPost("/{id:guid}/reactivate", (Guid id, ISender sender, CancellationToken ct) => sender.Send(new ReactivatePerson.Command(id), ct))
            .WithName("AdminReactivatePerson").Refuses(RefusalTable.InvalidFields, RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Let a deactivated person sign in again.");
        people.MapPost("/{id:guid}/password", ResetPasswordAsync).WithName("AdminResetPassword").Refuses(RefusalTable.Forbidden, RefusalTable.NotFound)
            .WithSummary("Reset a forgotten password: the answer holds a one-time password, once; the old one stops working, the person's sign-ins end, and the pages ask for a new password at the next sign-in. No reset link: the product sends no e-mail.");

        var memberships = admin.MapGroup("/memberships");
        memberships.MapPost("/", (HttpRequest request, ISender sender, CancellationToken ct) => MembershipAsync(request, sender, grant: true, ct))
            .WithName("AdminGrantRole").Accepts<MembershipBody>("application/json").Refuses(RefusalTable.Forbidden)
            .WithSummary("Give a person a role in a council (not a closed one); it takes effect on their next request.");
        memberships.MapPost("/revoke", (HttpRequest request, ISender sender, CancellationToken ct) => MembershipAsync(request, sender, grant: false, ct))
            .WithName("AdminRevokeRole").Accepts<MembershipBody>("application/json").Refuses(RefusalTable.Forbidden)
            .WithSummary("Take a role away; it takes effect on the person's next request.");

        var import = admin.MapGroup("/import");
        foreach (var kind in Enum.GetValues<ImportKind>())
        {
            var name = kind.ToString();
            import.MapPost($"/{name.ToLowerInvariant()}/check", (HttpRequest request, ISender sender, CancellationToken ct) => ImportAsync(request, sender, kind, apply: false, ct))
                .WithName($"AdminCheck{name}Import").Accepts<ImportFileBody>("multipart/form-data").Produces<ImportUpload.Outcome>()
                .Refuses(RefusalTable.Forbidden).DisableAntiforgery()
                .WithSummary($"Dry run of a {name.ToLowerInvariant()} file (.xlsx or .csv in the form field `file`): every problem by row and column, and what each row would add, change or leave. Changes nothing.");
            import.MapPost($"/{name.ToLowerInvariant()}", (HttpRequest request, ISender sender, CancellationToken ct) => ImportAsync(request, sender, kind, apply: true, ct))
                .WithName($"AdminImport{name}").Accepts<ImportFileBody>("multipart/form-data").Produces<ImportUpload.Outcome>()
                .Refuses(RefusalTable.Forbidden).DisableAntiforgery()
                .WithSummary($"Import a {name.ToLowerInvariant()} file: all of it or, if any row has a problem, nothing (a 400 naming each by row and column). The same file twice changes nothing."
                    + (kind == ImportKind.People ? " `newAccounts` holds the first passwords of the people added, in this answer only." : string.Empty));
        }
    }

    private static async Task<SearchCouncils.Found> SearchCouncilsAsync(
        ISender sender, CancellationToken ct, string? parentId = null, string? text = null, string? level = null, string? page = null)
    {
        var errors = new List<FieldError>();
        var query = new SearchCouncils.Query((int?)ApiEndpoints.Number(parentId, "parentId", errors), text,
            ApiEndpoints.Parse<CouncilLevel>(level, "level", errors), (int?)ApiEndpoints.Number(page, "page", errors) ?? 1);
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : await sender.Send(query, ct);
    }

    private static async Task<SearchPeople.Found> SearchPeopleAsync(ISender sender, CancellationToken ct, string? text = null, string? councilId = null, string? page = null)
    {
        var errors = new List<FieldError>();
        var query = new SearchPeople.Query(text, (int?)ApiEndpoints.Number(councilId, "councilId", errors), (int?)ApiEndpoints.Number(page, "page", errors) ?? 1);
        return errors.Count > 0 ? throw new ValidationFailedException(errors) : await sender.Send(query, ct);
    }

    private static async Task<IResult> AddCouncilAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<NewCouncilBody>(request, ct);
        var added = await sender.Send(new AddCouncil.Command(body.Code, body.Level, body.NameKk, body.NameRu, body.NameEn, body.ParentCode, body.TimeZone), ct);
        return Results.Created($"/api/v1/admin/councils/{added.CouncilId}", added);
    }

    private static async Task<RenameCouncil.Renamed> RenameAsync(int id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CouncilNamesBody>(request, ct);
        return await sender.Send(new RenameCouncil.Command(id, body.NameKk, body.NameRu, body.NameEn), ct);
    }

    private static async Task<MoveCouncil.Moved> MoveAsync(int id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<CouncilParentBody>(request, ct);
        return await sender.Send(new MoveCouncil.Command(id, body.ParentCode), ct);
    }

    private static async Task<IResult> AddPersonAsync(HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<NewPersonBody>(request, ct);
        var added = await sender.Send(new AddUser.Command(body.UserName, body.FullName, body.PreferredLanguage, body.Email, body.Phone), ct);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return Results.Created($"/api/v1/admin/people/{added.UserId}", added);
    }

    private static async Task<EditPerson.Edited> EditPersonAsync(Guid id, HttpRequest request, ISender sender, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<PersonDetailsBody>(request, ct);
        return await sender.Send(new EditPerson.Command(id, body.FullName, body.PreferredLanguage, body.Email, body.Phone), ct);
    }

    private static async Task<ResetPassword.Reset> ResetPasswordAsync(Guid id, HttpContext context, ISender sender, CancellationToken ct)
    {
        var reset = await sender.Send(new ResetPassword.Command(id), ct);
        // The one-time password is in this answer only: no browser or proxy may keep a copy.
        context.Response.Headers.CacheControl = "no-store";
        return reset;
    }

    private static async Task<GrantRole.Membership> MembershipAsync(HttpRequest request, ISender sender, bool grant, CancellationToken ct)
    {
        var body = await JsonBody.ReadAsync<MembershipBody>(request, ct);
        return grant
            ? await sender.Send(new GrantRole.Command(body.UserName, body.CouncilCode, body.Role), ct)
            : await sender.Send(new RevokeRole.Command(body.UserName, body.CouncilCode, body.Role), ct);
    }

    private static async Task<ImportUpload.Outcome> ImportAsync(HttpRequest request, ISender sender, ImportKind kind, bool apply, CancellationToken ct)
    {
        // Refused before the upload is read: a file of someone who may not import is not even looked at.
        await sender.Send(new EnterAdministration.Query(), ct);
        if (!request.HasFormContentType)
        {
            throw new ValidationFailedException([new FieldError("file", "required", Localization.UiText.Get("ImportFileRequired"))]);
        }

        var form = await request.ReadFormAsync(ct);
        var outcome = await ImportUpload.SendAsync(sender, kind, await ImportUpload.ReadAsync(form.Files.GetFile("file"), ct), apply, ct);
        request.HttpContext.Response.Headers.CacheControl = "no-store";
        return outcome;
    }
}

/// <summary>POST /api/v1/admin/councils.</summary>
public sealed record NewCouncilBody(string Code, CouncilLevel Level, string NameKk, string NameRu, string NameEn, string? ParentCode = null, string? TimeZone = null);

/// <summary>PUT /api/v1/admin/councils/{id}/names.</summary>
public sealed record CouncilNamesBody(string NameKk, string NameRu, string NameEn);

/// <summary>PUT /api/v1/admin/councils/{id}/parent: the new parent's code, null for the top of the tree.</summary>
public sealed record CouncilParentBody(string? ParentCode);

/// <summary>POST /api/v1/admin/people.</summary>
public sealed record NewPersonBody(string UserName, string FullName, string PreferredLanguage = "ru", string? Email = null, string? Phone = null);

/// <summary>PUT /api/v1/admin/people/{id}.</summary>
public sealed record PersonDetailsBody(string FullName, string PreferredLanguage, string? Email = null, string? Phone = null);

/// <summary>POST /api/v1/admin/memberships and /revoke.</summary>
public sealed record MembershipBody(string UserName, string CouncilCode, CouncilRole Role);

/// <summary>The multipart form of an import: the .xlsx or .csv file in the field `file`.</summary>
public sealed record ImportFileBody(IFormFile File);
