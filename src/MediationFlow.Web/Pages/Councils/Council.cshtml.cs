using MediationFlow.Core.Features.Councils;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages.Councils;

/// <summary>A council for its members: where it sits, who is in it, and its mediators' register entries.</summary>
public sealed class CouncilModel(ISender sender) : PageModel
{
    [BindProperty(SupportsGet = true)]
    public int Id { get; set; }

    public GetCouncil.CouncilView Council { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Council = await sender.Send(new GetCouncil.Query(Id), cancellationToken);
}
