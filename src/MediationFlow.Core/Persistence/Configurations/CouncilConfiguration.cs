using MediationFlow.Core.Domain;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace MediationFlow.Core.Persistence.Configurations;

internal sealed class CouncilConfiguration : IEntityTypeConfiguration<Council>
{
    public void Configure(EntityTypeBuilder<Council> builder)
    {
        builder.Property(c => c.Code).HasMaxLength(20);
        builder.HasIndex(c => c.Code).IsUnique();
        builder.Property(c => c.NameKk).HasMaxLength(200);
        builder.Property(c => c.NameRu).HasMaxLength(200);
        builder.Property(c => c.NameEn).HasMaxLength(200);
        builder.Property(c => c.Path).HasMaxLength(200);
        builder.Property(c => c.TimeZone).HasMaxLength(64).HasDefaultValue(Council.DefaultTimeZone);
        builder.HasIndex(c => c.Path);
        builder.HasOne(c => c.Parent).WithMany().HasForeignKey(c => c.ParentId).OnDelete(DeleteBehavior.Restrict);
    }
}

internal sealed class MembershipConfiguration : IEntityTypeConfiguration<Membership>
{
    public void Configure(EntityTypeBuilder<Membership> builder)
    {
        builder.HasIndex(m => new { m.UserId, m.CouncilId, m.Role }).IsUnique();
        builder.HasIndex(m => new { m.CouncilId, m.Role });
        builder.HasOne(m => m.User).WithMany(u => u.Memberships).HasForeignKey(m => m.UserId);
        builder.HasOne(m => m.Council).WithMany().HasForeignKey(m => m.CouncilId);
    }
}

internal sealed class MediatorRegisterEntryConfiguration : IEntityTypeConfiguration<MediatorRegisterEntry>
{
    public void Configure(EntityTypeBuilder<MediatorRegisterEntry> builder)
    {
        builder.HasIndex(e => e.UserId).IsUnique();
        builder.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId);
        builder.Property(e => e.Languages).HasMaxLength(20);
        builder.Property(e => e.Specialisations).HasMaxLength(300);
        builder.Property(e => e.TrainingCertificate).HasMaxLength(100);
    }
}
