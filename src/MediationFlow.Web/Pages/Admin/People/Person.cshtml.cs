using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Administration;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MediationFlow.Web.Pages.Admin.People;

/// <summary>
/// One person as the administrator keeps them: details, deactivation and back, a one-time password shown once, and
/// their roles per council.
/// </summary>
public sealed class PersonModel(ISender sender) : AdministrationRecordPage(sender)
{
    [BindProperty(SupportsGet = true)]
    public Guid Id { get; set; }

    public GetPersonRecord.PersonRecord Person { get; private set; } = null!;

    /// <summary>A password just reset: in this answer only.</summary>
    public ResetPassword.Reset? Reset { get; private set; }

    public override async Task OnGetAsync(CancellationToken cancellationToken) => Person = await Sender.Send(new GetPersonRecord.Query(Id), cancellationToken);

    public Task<IActionResult> OnPostEditAsync(string? displayName, string? preferredLanguage, string? email, string? phone, CancellationToken cancellationToken) =>
        ChangeAsync("edit", new EditPerson.Command(Id, displayName ?? string.Empty, preferredLanguage ?? string.Empty, email, phone),
            new() { ["displayName"] = displayName, ["preferredLanguage"] = preferredLanguage, ["email"] = email, ["phone"] = phone }, cancellationToken);

    public Task<IActionResult> OnPostDeactivateAsync(bool confirmed, CancellationToken cancellationToken) =>
        confirmed ? ChangeAsync("deactivate", new DeactivatePerson.Command(Id), [], cancellationToken) : ShowAsync(cancellationToken);

    public Task<IActionResult> OnPostReactivateAsync(CancellationToken cancellationToken) =>
        ChangeAsync("reactivate", new ReactivatePerson.Command(Id), [], cancellationToken);

    public async Task<IActionResult> OnPostPasswordAsync(CancellationToken cancellationToken)
    {
        Reset = await Sender.Send(new ResetPassword.Command(Id), cancellationToken);
        // The one-time password is on this page only: no browser or proxy may keep a copy.
        Response.Headers.CacheControl = "no-store";
        return await ShowAsync(cancellationToken);
    }

    public async Task<IActionResult> OnPostGrantAsync(string? councilCode, CouncilRole role, CancellationToken cancellationToken)
    {
        var person = await Sender.Send(new GetPersonRecord.Query(Id), cancellationToken);
        return await ChangeAsync("grant", new GrantRole.Command(person.UserName, councilCode?.Trim() ?? string.Empty, role), new() { ["councilCode"] = councilCode }, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? councilCode, CouncilRole role, CancellationToken cancellationToken)
    {
        var person = await Sender.Send(new GetPersonRecord.Query(Id), cancellationToken);
        return await ChangeAsync("revoke", new RevokeRole.Command(person.UserName, councilCode ?? string.Empty, role), [], cancellationToken);
    }

    protected override string Address => $"/Admin/People/{Id}";
}
