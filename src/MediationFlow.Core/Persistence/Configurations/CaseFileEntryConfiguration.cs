using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

internal sealed class CaseFileEntryConfiguration : IEntityTypeConfiguration<CaseFileEntry>
{
    public void Configure(EntityTypeBuilder<CaseFileEntry> builder)
    {
        builder.HasOne<Case>().WithMany().HasForeignKey(e => e.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.HasIndex(e => new { e.CaseId, e.AddedAt });

        // Two generations at once cannot both become the same version.
        builder.HasIndex(e => new { e.CaseId, e.Document, e.Language, e.DocumentVersion }).IsUnique();
        builder.Property(e => e.Kind).HasConversion<string>().HasMaxLength(20);
        builder.Property(e => e.Proves).HasConversion<string>().HasMaxLength(30);
        builder.Property(e => e.Document).HasMaxLength(50);
        builder.Property(e => e.Language).HasMaxLength(2);
        builder.Property(e => e.FileName).HasMaxLength(200);
        builder.Property(e => e.ContentType).HasMaxLength(100);
        builder.Property(e => e.Sha256).HasMaxLength(64);
        builder.Property(e => e.Round).HasDefaultValue(1);
        builder.HasOne<Party>().WithMany().HasForeignKey(e => e.PartyId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Obligation>().WithMany().HasForeignKey(e => e.ObligationId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<Session>().WithMany().HasForeignKey(e => e.SessionId).OnDelete(DeleteBehavior.NoAction);
        builder.HasOne<CaseFileEntry>().WithMany().HasForeignKey(e => e.SignedVersionId).OnDelete(DeleteBehavior.NoAction);
    }
}
