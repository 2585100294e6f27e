using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>Takes a role away; like a grant, it takes effect on the person's next request (grants are read every time).</summary>
public static class RevokeRole
{
    public sealed record Command(string UserName, string CouncilCode, CouncilRole Role) : ICommand<GrantRole.Membership>, IAdministrationRequest;

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, GrantRole.Membership>
    {
        public async ValueTask<GrantRole.Membership> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var (userId, councilId) = await RoleTarget.FindAsync(db, command.UserName, command.CouncilCode, cancellationToken);
            var membership = await db.Memberships.SingleOrDefaultAsync(m => m.UserId == userId && m.CouncilId == councilId && m.Role == command.Role, cancellationToken)
                ?? throw new ValidationFailedException([new FieldError("role", "notGranted",
                    string.Format(CultureInfo.CurrentCulture, Messages.RoleNotGranted, command.UserName, command.CouncilCode))]);
            db.Memberships.Remove(membership);
            return new GrantRole.Membership(command.UserName, command.CouncilCode, command.Role);
        }
    }
}

/// <summary>The person and the council a grant or revocation names, or field errors for whichever is unknown.</summary>
internal static class RoleTarget
{
    public static async Task<(Guid UserId, int CouncilId)> FindAsync(MediationDbContext db, string userName, string councilCode, CancellationToken cancellationToken)
    {
        var normalized = (userName ?? string.Empty).ToUpperInvariant();
        var user = await db.Users.Where(u => u.NormalizedUserName == normalized).Select(u => (Guid?)u.Id).SingleOrDefaultAsync(cancellationToken);
        var council = await db.Councils.Where(c => c.Code == councilCode).Select(c => (int?)c.Id).SingleOrDefaultAsync(cancellationToken);
        var errors = new List<FieldError>();
        if (user is null)
        {
            errors.Add(new FieldError("userName", "unknownValue", Messages.UnknownUser));
        }

        if (council is null)
        {
            errors.Add(new FieldError("councilCode", "unknownValue", string.Format(CultureInfo.CurrentCulture, Messages.UnknownCouncilCode, councilCode)));
        }

        return errors.Count > 0 ? throw new ValidationFailedException(errors) : (user!.Value, council!.Value);
    }
}
