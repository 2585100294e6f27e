using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>People who sign in, a page at a time, found by user name, full name, e-mail or phone; optionally only one council's members.</summary>
public static class SearchPeople
{
    public const int PageSize = 50;

    public sealed record Query(string? Text = null, int? CouncilId = null, int Page = 1) : IQuery<Found>, IAdministrationRequest;

    public sealed record Found(IReadOnlyList<Item> People, int Total, int Page, int PageSize);

    public sealed record Item(Guid Id, string UserName, string DisplayName, string PreferredLanguage, string? Email, bool Deactivated, int Memberships);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThan(0).WithErrorCode("outOfRange").WithMessage(_ => Messages.PageNumberInvalid);
            RuleFor(q => q.Text).OptionalText(200);
        }
    }

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, Found>
    {
        public async ValueTask<Found> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var people = db.Users.AsNoTracking();
            if (query.Text?.Trim() is { Length: > 0 } text)
            {
                var upper = text.ToUpperInvariant();
                people = people.Where(u => u.NormalizedUserName!.Contains(upper) || u.DisplayName.Contains(text)
                    || (u.NormalizedEmail != null && u.NormalizedEmail.Contains(upper)) || (u.PhoneNumber != null && u.PhoneNumber.Contains(text)));
            }

            if (query.CouncilId is { } council)
            {
                people = people.Where(u => u.Memberships.Any(m => m.CouncilId == council));
            }

            var total = await people.CountAsync(cancellationToken);
            var page = await people.OrderBy(u => u.NormalizedUserName)
                .Skip((query.Page - 1) * PageSize).Take(PageSize)
                .Select(u => new Item(u.Id, u.UserName!, u.DisplayName, u.PreferredLanguage, u.Email, u.LockoutEnd == User.DeactivatedUntil, u.Memberships.Count))
                .ToListAsync(cancellationToken);
            return new Found(page, total, query.Page, PageSize);
        }
    }
}
