using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Notifications;

/// <summary>
/// Dismisses one of my notifications, or all of them. Only my own: another person's
/// notification is reported as not found, like another council's case. Marking a read one again changes nothing.
/// </summary>
public static class MarkNotificationsRead
{
    /// <param name="NotificationId">One notification; null for every unread one.</param>
    public sealed record Command(long? NotificationId) : ICommand<Marked>, ISignedInRequest;

    public sealed record Marked(int Count);

    public sealed class Handler(MediationDbContext db, CurrentActor current, TimeProvider time) : ICommandHandler<Command, Marked>
    {
        public async ValueTask<Marked> Handle(Command command, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(command);
            var me = (await current.GetAsync(cancellationToken)).Id;
            var mine = db.Notifications.Where(n => n.UserId == me);
            if (command.NotificationId is { } id)
            {
                var one = await mine.SingleOrDefaultAsync(n => n.Id == id, cancellationToken)
                    ?? throw new NotFoundException(string.Format(System.Globalization.CultureInfo.CurrentCulture, Messages.NotificationNotFound, id));
                if (one.ReadAt is not null)
                {
                    return new Marked(0);
                }

                one.ReadAt = time.GetUtcNow();
                return new Marked(1);
            }

            var unread = await mine.Where(n => n.ReadAt == null).ToListAsync(cancellationToken);
            var now = time.GetUtcNow();
            foreach (var notification in unread)
            {
                notification.ReadAt = now;
            }

            return new Marked(unread.Count);
        }
    }
}
