using System.Globalization;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// Puts a council under another parent (or at the top of the tree), with every council under it: their paths change
/// together, so figures roll up along the new tree at once. A council cannot go under itself or its own descendant.
/// </summary>
public static class MoveCouncil
{
    /// <param name="ParentCode">The new parent's code; null for the top of the tree.</param>
    public sealed record Command(int CouncilId, string? ParentCode) : ICommand<Moved>, IAdministrationRequest;

    public sealed record Moved(int CouncilId, string? ParentCode, string Path, int CouncilsMoved);

    public sealed class Handler(MediationDbContext db) : ICommandHandler<Command, Moved>
    {
        public async ValueTask<Moved> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var council = await CouncilRecords.FindAsync(db, command.CouncilId, cancellationToken);
            Council? parent = null;
            if (!string.IsNullOrWhiteSpace(command.ParentCode))
            {
                var code = command.ParentCode.Trim();
                parent = await db.Councils.SingleOrDefaultAsync(c => c.Code == code, cancellationToken)
                    ?? throw new ValidationFailedException([new FieldError("parentCode", "unknownValue", string.Format(CultureInfo.CurrentCulture, Messages.UnknownCouncilCode, code))]);
                if (parent.Path.StartsWith(council.Path, StringComparison.Ordinal))
                {
                    throw new ValidationFailedException([new FieldError("parentCode", "cycle", Messages.CouncilMovedUnderItself)]);
                }

                CouncilRecords.RequireWorking(parent, "parentCode");
            }

            var oldPath = council.Path;
            var newPath = $"{parent?.Path ?? "/"}{council.Id.ToString(CultureInfo.InvariantCulture)}/";
            // The subtree is one prefix of the path index; each path keeps what follows the council's own part.
            var subtree = await db.Councils.Where(c => c.Path.StartsWith(oldPath)).ToListAsync(cancellationToken);
            foreach (var moved in subtree)
            {
                moved.Path = newPath + moved.Path[oldPath.Length..];
            }

            council.ParentId = parent?.Id;
            return new Moved(council.Id, parent?.Code, newPath, subtree.Count);
        }
    }
}
