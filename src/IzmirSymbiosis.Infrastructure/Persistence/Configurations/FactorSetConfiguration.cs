using IzmirSymbiosis.Domain.Impact;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

/// <summary>
/// Factor sets and their rows. A set that is in use (<c>in_use_since</c> set) is frozen by the
/// triggers of the migration that adds these tables: an UPDATE or DELETE of the set or of its rows,
/// or a new row in it, is refused by the database itself.
/// </summary>
internal sealed class FactorSetConfiguration : IEntityTypeConfiguration<FactorSet>
{
    public void Configure(EntityTypeBuilder<FactorSet> builder)
    {
        builder.ToTable("impact_factor_sets");
        builder.HasKey(s => s.Id);
        builder.Property(s => s.Id).UseIdentityByDefaultColumn();
        builder.Property(s => s.Name).HasMaxLength(FactorSet.NameMaxLength).IsRequired().UseCollation(AppDbContext.TurkishCollation);
        builder.Property(s => s.CreatedAt).HasColumnType("timestamptz");
        builder.Property(s => s.InUseSince).HasColumnType("timestamptz");
        builder.Ignore(s => s.IsInUse);
        builder.HasIndex(s => new { s.Name, s.Version }).IsUnique();
        builder.HasMany(s => s.Rows).WithOne().HasForeignKey(r => r.FactorSetId).OnDelete(DeleteBehavior.Restrict);
        builder.Navigation(s => s.Rows).HasField("_rows");
    }
}

internal sealed class FactorRowConfiguration : IEntityTypeConfiguration<FactorRow>
{
    public void Configure(EntityTypeBuilder<FactorRow> builder)
    {
        builder.ToTable("impact_factor_rows");
        builder.HasKey(r => r.Id);
        builder.Property(r => r.Id).UseIdentityByDefaultColumn();
        builder.Property(r => r.Key).HasMaxLength(FactorRow.KeyMaxLength).IsRequired();
        builder.Property(r => r.Value).HasPrecision(18, 6);
        builder.Property(r => r.Unit).HasMaxLength(FactorRow.UnitMaxLength).IsRequired();
        builder.Property(r => r.Source).HasMaxLength(FactorRow.TextMaxLength).IsRequired();
        builder.Property(r => r.Note).HasMaxLength(FactorRow.NoteMaxLength);
        builder.Property(r => r.LabelTr).HasMaxLength(FactorRow.TextMaxLength).IsRequired();
        builder.Property(r => r.LabelEn).HasMaxLength(FactorRow.TextMaxLength).IsRequired();
        builder.HasIndex(r => new { r.FactorSetId, r.Key }).IsUnique();
    }
}
