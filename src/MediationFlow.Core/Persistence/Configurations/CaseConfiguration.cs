using MediationFlow.Core.Domain;
using MediationFlow.Workflows.Engine;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

internal sealed class CaseConfiguration : IEntityTypeConfiguration<Case>
{
    public void Configure(EntityTypeBuilder<Case> builder)
    {
        builder.Property(c => c.Number).HasMaxLength(40);
        builder.HasIndex(c => c.Number).IsUnique();
        builder.Property(c => c.Description).HasMaxLength(4000);
        builder.Property(c => c.DefinitionId).HasMaxLength(100);
        builder.Property(c => c.State).HasMaxLength(100);
        builder.Property(c => c.Stage).HasMaxLength(100);
        builder.Property(c => c.Version).IsConcurrencyToken();
        builder.Property(c => c.Round).HasDefaultValue(1);
        builder.Property(c => c.StateBodyIsParty).HasDefaultValue(false);
        builder.Property(c => c.ReferralNote).HasMaxLength(300);
        builder.Property(c => c.ProceedingReference).HasMaxLength(200);
        builder.Property(c => c.OutcomeReason).HasMaxLength(100);
        builder.HasOne(c => c.Council).WithMany().HasForeignKey(c => c.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne(c => c.AssignedMediator).WithMany().HasForeignKey(c => c.AssignedMediatorId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<User>().WithMany().HasForeignKey(c => c.RegisteredById).OnDelete(DeleteBehavior.Restrict);

        // Few cases wait for another council at any time: the receiving chair's inbox seeks only those.
        builder.HasOne<Council>().WithMany().HasForeignKey(c => c.PendingTransferCouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasIndex(c => c.PendingTransferCouncilId).HasFilter("\"PendingTransferCouncilId\" IS NOT NULL");

        // The indexes behind the inbox (by mediator or council, open first, by deadline) and keyset search.
        builder.HasIndex(c => new { c.AssignedMediatorId, c.IsClosed, c.Deadline });
        // Open cases by council, for the inbox, as a partial index: "!c.IsClosed" reaches SQLite as NOT "IsClosed",
        // which cannot seek the IsClosed column of (CouncilId, IsClosed, State), so the inbox read every case of
        // the reader's councils; this index holds only the open ones (docs/benchmarks.md, inbox and search latency).
        builder.HasIndex(c => c.CouncilId, "IX_Cases_Open_CouncilId").HasFilter("NOT \"IsClosed\"");
        builder.HasIndex(c => new { c.CouncilId, c.Id });
        builder.HasIndex(c => new { c.RegisteredById, c.IsClosed });

        // Council figures count a year's real cases council by council; neither column changes after
        // registration, so the index costs nothing on the transitions (see docs/benchmarks.md).
        builder.HasIndex(c => new { c.CouncilId, c.Year }, "IX_Cases_Real_CouncilId_Year").HasFilter("\"WorkshopId\" IS NULL");
        // Only sandbox cases are looked up by workshop. Real cases (WorkshopId NULL, nearly every row) stay out of
        // the index: otherwise SQLite, without statistics, walks it for "WorkshopId IS NULL … ORDER BY Id" and
        // reads every council's cases to fill one reader's page (docs/benchmarks.md, inbox and search latency).
        builder.HasIndex(c => c.WorkshopId).HasFilter("\"WorkshopId\" IS NOT NULL");

        builder.HasMany(c => c.Parties).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Representatives).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Participants).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Rounds).WithOne().HasForeignKey(r => r.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Consents).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Declarations).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.MediationAgreements).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Sessions).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Settlements).WithOne().HasForeignKey(s => s.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Obligations).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.FollowUpChecks).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.CourtProceedings).WithOne().HasForeignKey(p => p.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasMany(c => c.Transfers).WithOne().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class PartyConfiguration : IEntityTypeConfiguration<Party>
{
    public void Configure(EntityTypeBuilder<Party> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.NameKey).HasMaxLength(200);
        builder.HasIndex(p => p.NameKey);

        // Name search runs inside the reader's councils: per case, "does a party's name start with …" is then
        // answered from this index alone, without reading party rows scattered over the whole table
        // (docs/benchmarks.md, inbox and search latency). It also serves the CaseId foreign key.
        builder.HasIndex(p => new { p.CaseId, p.NameKey });
        builder.Property(p => p.Kind).HasDefaultValue(PartyKind.Person);
        builder.Property(p => p.Iin).HasMaxLength(12);
        builder.Property(p => p.Bin).HasMaxLength(12);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.Email).HasMaxLength(200);
        builder.Property(p => p.Address).HasMaxLength(300);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(2);
    }
}

internal sealed class SessionConfiguration : IEntityTypeConfiguration<Session>
{
    public void Configure(EntityTypeBuilder<Session> builder)
    {
        builder.Property(s => s.Place).HasMaxLength(500);
        builder.Property(s => s.Round).HasDefaultValue(1);
        builder.Property(s => s.Kind).HasDefaultValue(SessionKind.Joint);
        builder.HasMany(s => s.Attendance).WithOne().HasForeignKey(a => a.SessionId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ObligationConfiguration : IEntityTypeConfiguration<Obligation>
{
    public void Configure(EntityTypeBuilder<Obligation> builder)
    {
        builder.Property(o => o.Description).HasMaxLength(500);
        builder.Property(o => o.StatusNote).HasMaxLength(8000);
        builder.Property(o => o.Round).HasDefaultValue(1);
        builder.HasOne<Party>().WithMany().HasForeignKey(o => o.PartyId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class CaseEventConfiguration : IEntityTypeConfiguration<CaseEvent>
{
    public void Configure(EntityTypeBuilder<CaseEvent> builder)
    {
        builder.HasIndex(e => new { e.CaseId, e.Sequence }).IsUnique();
        builder.HasOne(e => e.Case).WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(e => e.Trigger).HasMaxLength(100);
        builder.Property(e => e.FromState).HasMaxLength(100);
        builder.Property(e => e.ToState).HasMaxLength(100);
        builder.Property(e => e.DefinitionId).HasMaxLength(100);
        builder.Property(e => e.Round).HasDefaultValue(1);
    }
}

internal sealed class DueTimerConfiguration : IEntityTypeConfiguration<DueTimer>
{
    public void Configure(EntityTypeBuilder<DueTimer> builder)
    {
        builder.Property(t => t.Version).IsConcurrencyToken();
        builder.Property(t => t.TimerId).HasMaxLength(100);
        builder.Property(t => t.Trigger).HasMaxLength(100);
        builder.Property(t => t.Outcome).HasMaxLength(500);
        builder.HasIndex(t => new { t.Status, t.DueAt });
        builder.HasIndex(t => new { t.CaseId, t.Status });
        builder.HasOne(t => t.Case).WithMany().HasForeignKey(t => t.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class NotificationConfiguration : IEntityTypeConfiguration<Notification>
{
    public void Configure(EntityTypeBuilder<Notification> builder)
    {
        builder.Property(n => n.Template).HasMaxLength(100);
        builder.HasIndex(n => new { n.UserId, n.ReadAt });
        builder.HasOne(n => n.Case).WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class AuditEntryConfiguration : IEntityTypeConfiguration<AuditEntry>
{
    public void Configure(EntityTypeBuilder<AuditEntry> builder)
    {
        builder.Property(a => a.Action).HasMaxLength(100);
        builder.HasIndex(a => a.CaseId);
    }
}

internal sealed class CaseNumberCounterConfiguration : IEntityTypeConfiguration<CaseNumberCounter>
{
    public void Configure(EntityTypeBuilder<CaseNumberCounter> builder) => builder.HasKey(c => new { c.CouncilId, c.Year });
}
