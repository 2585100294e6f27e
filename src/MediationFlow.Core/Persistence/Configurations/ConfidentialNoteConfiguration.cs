using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

internal sealed class ConfidentialNoteConfiguration : IEntityTypeConfiguration<ConfidentialNote>
{
    public void Configure(EntityTypeBuilder<ConfidentialNote> builder)
    {
        // One note per field of one history event; the reader finds a case's notes by the case and event.
        builder.HasIndex(n => new { n.CaseId, n.Sequence, n.Field }).IsUnique();
        builder.HasOne<Case>().WithMany().HasForeignKey(n => n.CaseId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(n => n.Field).HasMaxLength(100);
        builder.Property(n => n.Text).HasMaxLength(8000);
        builder.Property(n => n.Round).HasDefaultValue(1);
    }
}
