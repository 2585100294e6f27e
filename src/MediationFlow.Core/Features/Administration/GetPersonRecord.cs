using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Security;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>A person as the administrator keeps them: contact details, whether the account is active, and their roles per council.</summary>
public static class GetPersonRecord
{
    public sealed record Query(Guid UserId) : IQuery<PersonRecord>, IAdministrationRequest;

    /// <param name="PasswordChangeRequired">A one-time password was given and not yet replaced.</param>
    public sealed record PersonRecord(
        Guid Id, string UserName, string DisplayName, string PreferredLanguage, string? Email, string? Phone,
        bool Deactivated, bool PasswordChangeRequired, IReadOnlyList<Role> Roles);

    public sealed record Role(int CouncilId, string CouncilCode, string CouncilName, bool CouncilClosed, CouncilRole Name);

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, PersonRecord>
    {
        public async ValueTask<PersonRecord> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var person = await PersonRecords.FindAsync(db, query.UserId, cancellationToken);
            var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var roles = await db.Memberships.AsNoTracking().Where(m => m.UserId == person.Id)
                .Select(m => new Role(m.CouncilId, m.Council!.Code, language == "kk" ? m.Council.NameKk : language == "ru" ? m.Council.NameRu : m.Council.NameEn,
                    m.Council.ClosedAt != null, m.Role))
                .ToListAsync(cancellationToken);
            return new PersonRecord(person.Id, person.UserName!, person.DisplayName, person.PreferredLanguage, person.Email, person.PhoneNumber,
                PersonRecords.IsDeactivated(person), person.PasswordChangeRequired, [.. roles.OrderBy(r => r.CouncilCode, StringComparer.Ordinal).ThenBy(r => r.Name)]);
        }
    }
}
