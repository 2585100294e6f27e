using MediationFlow.Core.Features.Cases;
using MediationFlow.Core.Features.Notifications;
using Mediator;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace MediationFlow.Web.Pages;

/// <summary>The inbox: what needs the reader now, overdue first, and their unread notifications.</summary>
public sealed class IndexModel(ISender sender) : PageModel
{
    public GetInbox.Inbox Inbox { get; private set; } = null!;

    /// <summary>The reader's last action took a case out of their hands (a recusal): said here, where they land.</summary>
    [BindProperty(SupportsGet = true)]
    public bool CaseLeft { get; set; }

    public async Task OnGetAsync(CancellationToken cancellationToken) =>
        Inbox = await sender.Send(new GetInbox.Query(), cancellationToken);

    /// <summary>Dismisses one notification, or all of them when no id is posted.</summary>
    public async Task<IActionResult> OnPostReadAsync(long? id, CancellationToken cancellationToken)
    {
        await sender.Send(new MarkNotificationsRead.Command(id), cancellationToken);
        return Redirect("/#notifications-title");
    }
}
