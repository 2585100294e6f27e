using System.Globalization;
using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Cases;

/// <summary>
/// Finds cases the reader may see by number, party name (prefix), category, state or council,
/// newest first, a page at a time. Keyset pagination: the next page starts after the last id shown,
/// so deep pages cost the same as the first.
/// </summary>
public static class SearchCases
{
    public const int MaxPageSize = 100;

    public sealed record Query(
        string? Number = null, string? PartyName = null, DisputeCategory? Category = null, string? State = null,
        int? CouncilId = null, long? After = null, int PageSize = 20) : IQuery<Page>, ISignedInRequest;

    public sealed record Page(IReadOnlyList<Hit> Items, long? Next);

    public sealed record Hit(long CaseId, string Number, int CouncilId, DisputeCategory Category, string State, string StateName, string Stage, bool IsClosed, DateTimeOffset RegisteredAt, DateTimeOffset? Deadline, string Applicant);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.PageSize).InclusiveBetween(1, MaxPageSize).WithErrorCode("outOfRange")
                .WithMessage(_ => string.Format(CultureInfo.CurrentCulture, Messages.PageSizeRange, MaxPageSize));
            RuleFor(q => q.Number).OptionalText(40);
            RuleFor(q => q.PartyName).OptionalText(200);
            RuleFor(q => q.State).OptionalText(100);
            RuleFor(q => q.Category).IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => Messages.UnknownCategory);
            RuleFor(q => q.After).GreaterThan(0).WithErrorCode("invalidCursor").WithMessage(_ => Messages.CursorInvalid);
        }
    }

    public sealed class Handler(MediationDbContext db, WorkflowCatalog catalog, CurrentActor current) : IQueryHandler<Query, Page>
    {
        public async ValueTask<Page> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actor = await current.GetAsync(cancellationToken);
            var cases = db.Cases.AsNoTracking().VisibleTo(actor);
            if (!string.IsNullOrWhiteSpace(query.Number))
            {
                var number = query.Number.Trim().ToUpperInvariant();
                cases = cases.Where(c => c.Number.StartsWith(number));
            }

            if (!string.IsNullOrWhiteSpace(query.PartyName))
            {
                // A range on the lower-cased name uses its index; LIKE would not for non-ASCII names.
                var from = query.PartyName.Trim().ToLowerInvariant();
                var to = from + '\uffff';
                cases = cases.Where(c => db.Parties.Any(p => p.CaseId == c.Id && p.NameKey.CompareTo(from) >= 0 && p.NameKey.CompareTo(to) < 0));
            }

            if (query.Category is { } category)
            {
                cases = cases.Where(c => c.Category == category);
            }

            if (!string.IsNullOrWhiteSpace(query.State))
            {
                cases = cases.Where(c => c.State == query.State);
            }

            if (query.CouncilId is { } council)
            {
                cases = cases.Where(c => c.CouncilId == council);
            }

            if (query.After is { } after)
            {
                cases = cases.Where(c => c.Id < after);
            }

            var rows = await cases.OrderByDescending(c => c.Id).Take(query.PageSize + 1)
                .Select(c => new
                {
                    c.Id,
                    c.Number,
                    c.CouncilId,
                    c.Category,
                    c.State,
                    c.Stage,
                    c.IsClosed,
                    c.RegisteredAt,
                    c.Deadline,
                    c.DefinitionId,
                    c.DefinitionVersion,
                    Applicant = c.Parties.Where(p => p.Role == PartyRole.Applicant).Select(p => p.FullName).FirstOrDefault(),
                })
                .ToListAsync(cancellationToken);
            var language = ActionView.Language;
            var items = rows.Take(query.PageSize).Select(r => new Hit(
                r.Id, r.Number, r.CouncilId, r.Category, r.State, catalog.Get(r.DefinitionId, r.DefinitionVersion).State(r.State).Name.For(language),
                r.Stage, r.IsClosed, r.RegisteredAt, r.Deadline, r.Applicant ?? string.Empty)).ToList();
            return new Page(items, rows.Count > query.PageSize ? items[^1].CaseId : null);
        }
    }
}
