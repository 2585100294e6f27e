using System.Globalization;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Domain;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using MediationFlow.Workflows.Engine;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.CaseFile;

/// <summary>
/// A case's file: every generated document version and every attachment, newest first, with who added it and when, and
/// which version the parties signed. Everyone who may read the case sees every entry; <see cref="Entry.MayOpen"/> says
/// whether they may open it (a session's record only for those who read the session notes).
/// </summary>
public static class GetCaseFile
{
    public sealed record Query(long CaseId) : IQuery<CaseFileView>, ICaseRequest;

    public sealed record CaseFileView(long CaseId, string CaseNumber, bool MayAttach, IReadOnlyList<Entry> Entries, IReadOnlyList<Choice> Parties,
        IReadOnlyList<Choice> Obligations, IReadOnlyList<Choice> Sessions);

    /// <param name="Proves">An attachment's act, as definitions name it ("signedSettlement").</param>
    /// <param name="SignedVersionId">An attachment: the generated version it is a signed copy of.</param>
    /// <param name="SignedCopyIds">A generated version: the attachments that are signed copies of it.</param>
    public sealed record Entry(
        long Id, CaseFileEntryKind Kind, int Round, string? Proves, long? PartyId, string? PartyName, long? ObligationId, long? SessionId,
        string? Document, string? Language, int? Version, long? SignedVersionId, IReadOnlyList<long> SignedCopyIds,
        string FileName, string ContentType, long Length, string Sha256, Guid AddedById, string? AddedByName, DateTimeOffset AddedAt, bool MayOpen);

    public sealed record Choice(long Id, string Name);

    public sealed class Handler(MediationDbContext db, CaseLoader cases, CurrentActor current) : IQueryHandler<Query, CaseFileView>
    {
        public async ValueTask<CaseFileView> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await cases.LoadAsync(query.CaseId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, query.CaseId));
            var entries = await db.CaseFileEntries.AsNoTracking().Where(e => e.CaseId == @case.Id)
                .OrderByDescending(e => e.AddedAt).ThenByDescending(e => e.Id).ToListAsync(cancellationToken);
            var people = entries.Select(e => e.AddedById).Distinct().ToList();
            var names = await db.Users.Where(u => people.Contains(u.Id)).ToDictionaryAsync(u => u.Id, u => u.DisplayName, cancellationToken);
            var parties = @case.Parties.ToDictionary(p => p.Id, p => p.FullName);
            var roles = CaseAccess.RolesOn(@case, actor);
            return new CaseFileView(
                @case.Id, @case.Number, roles.Contains(RoleNames.Mediator) || roles.Contains(RoleNames.Chair),
                [.. entries.Select(e => new Entry(
                    e.Id, e.Kind, e.Round, e.Proves is { } kind ? CaseFileNames.Of(kind) : null,
                    e.PartyId, e.PartyId is { } party ? parties.GetValueOrDefault(party) : null, e.ObligationId, e.SessionId,
                    e.Document, e.Language, e.DocumentVersion, e.SignedVersionId,
                    [.. entries.Where(c => c.SignedVersionId == e.Id).Select(c => c.Id)],
                    e.FileName, e.ContentType, e.Length, e.Sha256, e.AddedById, names.GetValueOrDefault(e.AddedById), e.AddedAt,
                    CaseFileRules.MayOpen(actor, @case, e)))],
                [.. @case.Parties.Select(p => new Choice(p.Id, p.FullName))],
                [.. @case.Obligations.Where(o => o.Round == @case.Round && !o.Superseded).Select(o => new Choice(o.Id, o.Description))],
                [.. @case.Sessions.Where(s => s.Round == @case.Round && !s.Superseded).OrderBy(s => s.PlannedAt)
                    .Select(s => new Choice(s.Id, s.PlannedAt.ToString("d", CultureInfo.CurrentCulture)))]);
        }
    }
}
