using MediationFlow.Core.Security;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.Filters;

namespace MediationFlow.Web.Security;

/// <summary>
/// A person signed in with a one-time password an administrator gave them goes to the profile page, where they choose
/// their own, before any other page: the one-time password has been seen by someone else. The account's flag is read
/// with the rights each request reads anyway (<see cref="CurrentActor.Account"/>). API clients are not sent anywhere.
/// </summary>
public sealed class PasswordChangeFirst(CurrentActor actor) : IAsyncPageFilter
{
    public Task OnPageHandlerSelectionAsync(PageHandlerSelectedContext context) => Task.CompletedTask;

    public Task OnPageHandlerExecutionAsync(PageHandlerExecutingContext context, PageHandlerExecutionDelegate next)
    {
        ArgumentNullException.ThrowIfNull(context);
        ArgumentNullException.ThrowIfNull(next);
        var page = context.ActionDescriptor.ViewEnginePath;
        if (actor.Account is { PasswordChangeRequired: true } && context.HttpContext.User.Identity?.IsAuthenticated == true
            && !page.StartsWith("/Profile/", StringComparison.Ordinal) && !page.StartsWith("/Account/", StringComparison.Ordinal))
        {
            context.Result = new RedirectResult("/Profile#password-title");
            return Task.CompletedTask;
        }

        return next();
    }
}
