using System.Globalization;
using MediationFlow.Core.CaseFiles;
using MediationFlow.Core.Errors;
using MediationFlow.Core.Persistence;
using MediationFlow.Core.Resources;
using MediationFlow.Core.Security;
using MediationFlow.Core.Workflow;
using Mediator;
using Microsoft.EntityFrameworkCore;

namespace MediationFlow.Core.Features.CaseFile;

/// <summary>
/// One entry's bytes, to download. A read like any other: the audit trail records who opened which case's file, and
/// the confidentiality rules decide as for the case (a session's record as for the session notes).
/// </summary>
public static class GetCaseFileEntry
{
    public sealed record Query(long CaseId, long EntryId) : IQuery<Download>, ICaseRequest;

    /// <param name="ContentType">The type detected when the file was added.</param>
    public sealed record Download(string FileName, string ContentType, byte[] Content);

    public sealed class Handler(MediationDbContext db, CaseLoader cases, CurrentActor current, ICaseFileStore store) : IQueryHandler<Query, Download>
    {
        public async ValueTask<Download> Handle(Query query, CancellationToken cancellationToken)
        {
            ArgumentNullException.ThrowIfNull(query);
            var actor = await current.GetAsync(cancellationToken);
            var @case = await cases.LoadAsync(query.CaseId, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseNotFound, query.CaseId));
            var entry = await db.CaseFileEntries.AsNoTracking().SingleOrDefaultAsync(e => e.Id == query.EntryId && e.CaseId == @case.Id, cancellationToken)
                ?? throw new NotFoundException(string.Format(CultureInfo.CurrentCulture, Messages.CaseFileEntryNotFound, query.EntryId));
            if (!CaseFileRules.MayOpen(actor, @case, entry))
            {
                throw new ForbiddenException(Messages.CaseFileConfidential);
            }

            var content = await store.ReadAsync(entry.Sha256, cancellationToken)
                ?? throw new InvalidOperationException($"Case file entry {entry.Id} refers to bytes the store does not hold.");
            return new Download(entry.FileName, entry.ContentType, content);
        }
    }
}
