using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

internal sealed class CourtProceedingConfiguration : IEntityTypeConfiguration<CourtProceeding>
{
    public void Configure(EntityTypeBuilder<CourtProceeding> builder)
    {
        builder.Property(p => p.Court).HasMaxLength(200);
        builder.Property(p => p.CourtCaseNumber).HasMaxLength(100);
        builder.Property(p => p.DecisionNote).HasMaxLength(500);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.PartyId).OnDelete(DeleteBehavior.NoAction);
    }
}

internal sealed class CaseTransferConfiguration : IEntityTypeConfiguration<CaseTransfer>
{
    public void Configure(EntityTypeBuilder<CaseTransfer> builder)
    {
        builder.Property(t => t.Reason).HasMaxLength(2000);
        builder.Property(t => t.DeclineReason).HasMaxLength(2000);
        builder.HasOne<Council>().WithMany().HasForeignKey(t => t.FromCouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.HasOne<Council>().WithMany().HasForeignKey(t => t.ToCouncilId).OnDelete(DeleteBehavior.Restrict);
    }
}
