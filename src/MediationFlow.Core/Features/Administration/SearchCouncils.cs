using FluentValidation;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Validation;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.Administration;

/// <summary>
/// The council tree a page at a time: the councils directly under a parent (the top of the tree without one), or, with
/// a search text, the councils anywhere whose code or name in any language contains it. Never the whole tree at once:
/// 2,786 councils are browsed by opening one level after another.
/// </summary>
public static class SearchCouncils
{
    public const int PageSize = 50;

    /// <param name="ParentId">Whose children to list; null for the top of the tree. Ignored when <paramref name="Text"/> is given.</param>
    public sealed record Query(int? ParentId = null, string? Text = null, CouncilLevel? Level = null, int Page = 1) : IQuery<Found>, IAdministrationRequest;

    public sealed record Found(IReadOnlyList<Item> Councils, int Total, int Page, int PageSize, IReadOnlyList<Item> Ancestors);

    /// <param name="Children">How many councils sit directly under it, to open the next level.</param>
    public sealed record Item(int Id, string Code, CouncilLevel Level, string Name, int? ParentId, int Children, bool Closed);

    public sealed class Validator : AbstractValidator<Query>
    {
        public Validator()
        {
            RuleFor(q => q.Page).GreaterThan(0).WithErrorCode("outOfRange").WithMessage(_ => Messages.PageNumberInvalid);
            RuleFor(q => q.Level).IsInEnum().WithErrorCode("unknownValue").WithMessage(_ => Messages.UnknownLevel);
            RuleFor(q => q.Text).OptionalText(200);
        }
    }

    public sealed class Handler(MediationDbContext db) : IQueryHandler<Query, Found>
    {
        public async ValueTask<Found> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var language = System.Globalization.CultureInfo.CurrentUICulture.TwoLetterISOLanguageName;
            var councils = db.Councils.AsNoTracking();
            var text = query.Text?.Trim();
            if (!string.IsNullOrEmpty(text))
            {
                // Names are matched as typed, in any of the three languages; codes are upper case.
                var code = text.ToUpperInvariant();
                councils = councils.Where(c => c.Code.Contains(code) || c.NameKk.Contains(text) || c.NameRu.Contains(text) || c.NameEn.Contains(text));
            }
            else
            {
                councils = councils.Where(c => c.ParentId == query.ParentId);
            }

            if (query.Level is { } level)
            {
                councils = councils.Where(c => c.Level == level);
            }

            var total = await councils.CountAsync(cancellationToken);
            var page = await councils.OrderBy(c => c.Code)
                .Skip((query.Page - 1) * PageSize).Take(PageSize)
                .Select(c => new Item(c.Id, c.Code, c.Level, language == "kk" ? c.NameKk : language == "ru" ? c.NameRu : c.NameEn, c.ParentId,
                    db.Councils.Count(child => child.ParentId == c.Id), c.ClosedAt != null))
                .ToListAsync(cancellationToken);
            return new Found(page, total, query.Page, PageSize, await AncestorsAsync(string.IsNullOrEmpty(text) ? query.ParentId : null, language, cancellationToken));
        }

        /// <summary>The way down from the top of the tree to the parent listed, for the page's breadcrumbs.</summary>
        private async Task<IReadOnlyList<Item>> AncestorsAsync(int? parentId, string language, CancellationToken cancellationToken)
        {
            if (parentId is not { } id || await db.Councils.Where(c => c.Id == id).Select(c => c.Path).SingleOrDefaultAsync(cancellationToken) is not { } path)
            {
                return [];
            }

            var ids = path.Split('/', StringSplitOptions.RemoveEmptyEntries).Select(p => int.Parse(p, System.Globalization.CultureInfo.InvariantCulture)).ToList();
            var found = await db.Councils.AsNoTracking().Where(c => ids.Contains(c.Id))
                .Select(c => new Item(c.Id, c.Code, c.Level, language == "kk" ? c.NameKk : language == "ru" ? c.NameRu : c.NameEn, c.ParentId, 0, c.ClosedAt != null))
                .ToListAsync(cancellationToken);
            return [.. ids.Select(i => found.Single(c => c.Id == i))];
        }
    }
}
