using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

// Rows recorded per round of mediation. Round columns default to 1 in the database too, so rows written
// before rounds were counted, and rows written by hand, belong to the first round.

internal sealed class MediationRoundConfiguration : IEntityTypeConfiguration<MediationRound>
{
    public void Configure(EntityTypeBuilder<MediationRound> builder)
    {
        builder.HasIndex(r => new { r.CaseId, r.Number }).IsUnique();
        builder.Property(r => r.Outcome).HasMaxLength(100);
        builder.Property(r => r.OutcomeReason).HasMaxLength(100);
        builder.HasOne<Party>().WithMany().HasForeignKey(r => r.RequestedByPartyId).OnDelete(DeleteBehavior.SetNull);
    }
}

internal sealed class ConsentConfiguration : IEntityTypeConfiguration<Consent>
{
    public void Configure(EntityTypeBuilder<Consent> builder) => builder.Property(c => c.Round).HasDefaultValue(1);
}

internal sealed class ConflictDeclarationConfiguration : IEntityTypeConfiguration<ConflictDeclaration>
{
    public void Configure(EntityTypeBuilder<ConflictDeclaration> builder) => builder.Property(d => d.Round).HasDefaultValue(1);
}

internal sealed class MediationAgreementConfiguration : IEntityTypeConfiguration<MediationAgreement>
{
    public void Configure(EntityTypeBuilder<MediationAgreement> builder) => builder.Property(a => a.Round).HasDefaultValue(1);
}

internal sealed class FollowUpCheckConfiguration : IEntityTypeConfiguration<FollowUpCheck>
{
    public void Configure(EntityTypeBuilder<FollowUpCheck> builder) => builder.Property(f => f.Round).HasDefaultValue(1);
}

internal sealed class SettlementAgreementConfiguration : IEntityTypeConfiguration<SettlementAgreement>
{
    public void Configure(EntityTypeBuilder<SettlementAgreement> builder)
    {
        builder.Property(s => s.Round).HasDefaultValue(1);
        builder.HasIndex(s => new { s.CaseId, s.Round }).IsUnique();
        builder.Property(s => s.Terms).HasMaxLength(8000);
        builder.Property(s => s.Scope).HasDefaultValue(SettlementScope.Full);
        builder.HasMany(s => s.Signatures).WithOne().HasForeignKey(g => g.SettlementId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class SettlementSignatureConfiguration : IEntityTypeConfiguration<SettlementSignature>
{
    public void Configure(EntityTypeBuilder<SettlementSignature> builder)
    {
        builder.Property(s => s.Superseded).HasDefaultValue(false);
        builder.HasOne<Party>().WithMany().HasForeignKey(s => s.PartyId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Representative>().WithMany().HasForeignKey(s => s.RepresentativeId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class SessionAttendanceConfiguration : IEntityTypeConfiguration<SessionAttendance>
{
    public void Configure(EntityTypeBuilder<SessionAttendance> builder)
    {
        builder.ToTable("SessionAttendances");
        builder.HasKey(a => new { a.SessionId, a.AttendeeKind, a.AttendeeId });
    }
}
