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
        builder.Property(e => e.Number).HasMaxLength(30);
        builder.HasIndex(e => e.Number).IsUnique();
        builder.HasIndex(e => e.UserId).IsUnique();
        builder.HasIndex(e => e.CouncilId);
        builder.HasOne(e => e.User).WithMany().HasForeignKey(e => e.UserId);
        builder.HasOne(e => e.Council).WithMany().HasForeignKey(e => e.CouncilId).OnDelete(DeleteBehavior.Restrict);
        builder.Property(e => e.Languages).HasMaxLength(20);
        builder.Property(e => e.Specialisations).HasMaxLength(300);
        builder.HasMany(e => e.StatusChanges).WithOne().HasForeignKey(c => c.EntryId);
        builder.HasMany(e => e.Training).WithOne().HasForeignKey(t => t.EntryId);
    }
}

internal sealed class MediatorStatusChangeConfiguration : IEntityTypeConfiguration<MediatorStatusChange>
{
    public void Configure(EntityTypeBuilder<MediatorStatusChange> builder) => builder.Property(c => c.Reason).HasMaxLength(500);
}

internal sealed class TrainingRecordConfiguration : IEntityTypeConfiguration<TrainingRecord>
{
    public void Configure(EntityTypeBuilder<TrainingRecord> builder)
    {
        builder.Property(t => t.Course).HasMaxLength(200);
        builder.Property(t => t.CertificateNumber).HasMaxLength(100);
    }
}
