using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Features.Administration;
using MediationFlow.Web.Presentation;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Admin.Councils;

/// <summary>
/// One council as the administrator keeps it: rename in three languages, move under another council, close, and its
/// members' roles granted and revoked. Each form re-renders with its errors (400) or redirects with what was done.
/// </summary>
public sealed class CouncilModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    /// <summary>Set after a redirect that followed a change.</summary>
    [BindProperty(SupportsGet = true)]
    public string? Done { get; set; }

    public GetCouncilRecord.CouncilRecord Council { get; private set; } = null!;

    /// <summary>Which form the errors belong to, so that each is shown beside its own form.</summary>
    public string? FailedForm { get; private set; }

    public Dictionary<string, string> Errors { get; private set; } = new(StringComparer.OrdinalIgnoreCase);

    /// <summary>What a refused form held, shown back as typed.</summary>
    public Dictionary<string, string?> Typed { get; } = new(StringComparer.OrdinalIgnoreCase);

    public async Task OnGetAsync(CancellationToken cancellationToken) => Council = await sender.Send(new GetCouncilRecord.Query(Id), cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(string? nameKk, string? nameRu, string? nameEn, CancellationToken cancellationToken) =>
        ChangeAsync("rename", new RenameCouncil.Command(Id, nameKk ?? string.Empty, nameRu ?? string.Empty, nameEn ?? string.Empty),
            new() { ["nameKk"] = nameKk, ["nameRu"] = nameRu, ["nameEn"] = nameEn }, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(string? parentCode, CancellationToken cancellationToken) =>
        ChangeAsync("move", new MoveCouncil.Command(Id, parentCode), new() { ["parentCode"] = parentCode }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(bool confirmed, CancellationToken cancellationToken) =>
        confirmed ? ChangeAsync("close", new CloseCouncil.Command(Id), [], cancellationToken) : ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(string? userName, CouncilRole role, CancellationToken cancellationToken)
    {
        var council = await sender.Send(new GetCouncilRecord.Query(Id), cancellationToken);
        return await ChangeAsync("grant", new GrantRole.Command(userName ?? string.Empty, council.Code, role), new() { ["userName"] = userName }, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? userName, CouncilRole role, CancellationToken cancellationToken)
    {
        var council = await sender.Send(new GetCouncilRecord.Query(Id), cancellationToken);
        return await ChangeAsync("revoke", new RevokeRole.Command(userName ?? string.Empty, council.Code, role), [], cancellationToken);
    }

    private async Task<IActionResult> ChangeAsync<TResult>(string form, ICommand<TResult> command, Dictionary<string, string?> typed, CancellationToken cancellationToken)
    {
        try
        {
            await sender.Send(command, cancellationToken);
            return Redirect($"/Admin/Councils/{Id}?done={form}");
        }
        catch (ValidationFailedException e)
        {
            (FailedForm, Errors) = (form, FormErrors.ByField(e.Errors));
            foreach (var (field, value) in typed)
            {
                Typed[field] = value;
            }

            Response.StatusCode = StatusCodes.Status400BadRequest;
            return await ShowAsync(cancellationToken);
        }
    }

    private async Task<IActionResult> ShowAsync(CancellationToken cancellationToken)
    {
        await OnGetAsync(cancellationToken);
        return Page();
    }

    /// <summary>What a form shows in a field: what was typed if the form was refused, else the council's own value.</summary>
    public string? Value(string field, string? current) => Typed.TryGetValue(field, out var typed) ? typed : current;
}
