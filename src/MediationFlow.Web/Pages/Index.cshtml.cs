using MediationFlow.Core.Features.Cases;
using Mediator;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages;

/// <summary>The inbox: what needs the reader now, overdue first, and their unread notifications.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetInbox.Inbox Inbox { get; private set; } = null!;

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Inbox = await sender.Send(new GetInbox.Query(), cancellationToken);
}
