using IzmirSymbiosis.Domain.Reference;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class WasteCodeConfiguration : IEntityTypeConfiguration<WasteCode>
{
    public void Configure(EntityTypeBuilder<WasteCode> builder)
    {
        builder.HasKey(w => w.Code);
        builder.Property(w => w.Code).HasMaxLength(6).IsFixedLength();
        builder.Property(w => w.ChapterCode).HasMaxLength(2).IsFixedLength();
        builder.Property(w => w.SubChapterCode).HasMaxLength(4).IsFixedLength();
        builder.Property(w => w.EntryType).HasMaxLength(40);
        builder.HasIndex(w => w.SubChapterCode);
        builder.HasIndex(w => w.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

internal sealed class WasteCategoryConfiguration : IEntityTypeConfiguration<WasteCategory>
{
    public void Configure(EntityTypeBuilder<WasteCategory> builder)
    {
        builder.HasKey(w => w.Code);
        builder.Property(w => w.Code).HasMaxLength(4);
        builder.Property(w => w.ParentCode).HasMaxLength(2);
        builder.Ignore(w => w.IsChapter);
    }
}

internal sealed class NaceActivityConfiguration : IEntityTypeConfiguration<NaceActivity>
{
    public void Configure(EntityTypeBuilder<NaceActivity> builder)
    {
        builder.ToTable("nace_activities");
        builder.HasKey(n => n.Code);
        builder.Property(n => n.Code).HasMaxLength(5);
        builder.Property(n => n.ParentCode).HasMaxLength(5);
        builder.Property(n => n.Section).HasMaxLength(1);
        builder.HasIndex(n => n.ParentCode);
        builder.HasIndex(n => n.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}

internal sealed class RecoveryOperationConfiguration : IEntityTypeConfiguration<RecoveryOperation>
{
    public void Configure(EntityTypeBuilder<RecoveryOperation> builder)
    {
        builder.HasKey(r => r.Code);
        builder.Property(r => r.Code).HasMaxLength(4);
    }
}

internal sealed class EmissionFactorConfiguration : IEntityTypeConfiguration<EmissionFactor>
{
    public void Configure(EntityTypeBuilder<EmissionFactor> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.Dataset).HasMaxLength(40);
        builder.HasIndex(e => new { e.Dataset, e.Material, e.Route }).IsUnique();
    }
}

internal sealed class MaterialEmissionProfileConfiguration : IEntityTypeConfiguration<MaterialEmissionProfile>
{
    public void Configure(EntityTypeBuilder<MaterialEmissionProfile> builder)
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
    }
}

internal sealed class KnownExchangeConfiguration : IEntityTypeConfiguration<KnownExchange>
{
    public void Configure(EntityTypeBuilder<KnownExchange> builder)
    {
        builder.HasKey(e => e.ExchangeId);
        builder.HasIndex(e => e.ReceiverNace);
    }
}
