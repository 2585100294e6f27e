using MediationFlow.Core.Domain;
using MediationFlow.Core.Features.Administration;
using Mediator;
using Microsoft.AspNetCore.Mvc;

namespace MediationFlow.Web.Pages.Admin.Councils;

/// <summary>
/// One council as the administrator keeps it: rename in three languages, move under another council, close, and its
/// members' roles granted and revoked. Each form re-renders with its errors (400) or redirects with what was done.
/// </summary>
public sealed class CouncilModel(ISender sender) : AdministrationRecordPage(sender)
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public GetCouncilRecord.CouncilRecord Council { get; private set; } = null!;

    public override async Task OnGetAsync(CancellationToken cancellationToken) => Council = await Sender.Send(new GetCouncilRecord.Query(Id), cancellationToken);

    public Task<IActionResult> OnPostRenameAsync(string? nameKk, string? nameRu, string? nameEn, CancellationToken cancellationToken) =>
        ChangeAsync("rename", new RenameCouncil.Command(Id, nameKk ?? string.Empty, nameRu ?? string.Empty, nameEn ?? string.Empty),
            new() { ["nameKk"] = nameKk, ["nameRu"] = nameRu, ["nameEn"] = nameEn }, cancellationToken);

    public Task<IActionResult> OnPostMoveAsync(string? parentCode, CancellationToken cancellationToken) =>
        ChangeAsync("move", new MoveCouncil.Command(Id, parentCode), new() { ["parentCode"] = parentCode }, cancellationToken);

    public Task<IActionResult> OnPostCloseAsync(bool confirmed, CancellationToken cancellationToken) =>
        confirmed ? ChangeAsync("close", new CloseCouncil.Command(Id), [], cancellationToken) : ShowAsync(cancellationToken);

    public async Task<IActionResult> OnPostGrantAsync(string? userName, CouncilRole role, CancellationToken cancellationToken)
    {
        var council = await Sender.Send(new GetCouncilRecord.Query(Id), cancellationToken);
        return await ChangeAsync("grant", new GrantRole.Command(userName ?? string.Empty, council.Code, role), new() { ["userName"] = userName }, cancellationToken);
    }

    public async Task<IActionResult> OnPostRevokeAsync(string? userName, CouncilRole role, CancellationToken cancellationToken)
    {
        var council = await Sender.Send(new GetCouncilRecord.Query(Id), cancellationToken);
        return await ChangeAsync("revoke", new RevokeRole.Command(userName ?? string.Empty, council.Code, role), [], cancellationToken);
    }

    protected override string Address => $"/Admin/Councils/{Id}";
}
