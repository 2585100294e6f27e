using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

internal sealed class RepresentativeConfiguration : IEntityTypeConfiguration<Representative>
{
    public void Configure(EntityTypeBuilder<Representative> builder)
    {
        builder.Property(r => r.FullName).HasMaxLength(200);
        builder.Property(r => r.Iin).HasMaxLength(12);
        builder.Property(r => r.Phone).HasMaxLength(40);
        builder.Property(r => r.AuthorityDocument).HasMaxLength(300);
        builder.HasOne<Party>().WithMany().HasForeignKey(r => r.PartyId).OnDelete(DeleteBehavior.Cascade);
    }
}

internal sealed class ParticipantConfiguration : IEntityTypeConfiguration<Participant>
{
    public void Configure(EntityTypeBuilder<Participant> builder)
    {
        builder.Property(p => p.FullName).HasMaxLength(200);
        builder.Property(p => p.NameKey).HasMaxLength(200);
        builder.Property(p => p.Iin).HasMaxLength(12);
        builder.Property(p => p.Phone).HasMaxLength(40);
        builder.Property(p => p.PreferredLanguage).HasMaxLength(2);
        builder.HasOne<Party>().WithMany().HasForeignKey(p => p.AccompaniesPartyId).OnDelete(DeleteBehavior.SetNull);
    }
}
