using IzmirSymbiosis.Domain.Companies;
using IzmirSymbiosis.Domain.Reference;
using IzmirSymbiosis.Domain.Streams;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal sealed class ResourceStreamConfiguration : IEntityTypeConfiguration<ResourceStream>
{
    public void Configure(EntityTypeBuilder<ResourceStream> builder)
    {
        builder.ToTable("resource_streams");
        builder.ConfigureEntity();
        builder.HasOne<Company>().WithMany().HasForeignKey(s => s.CompanyId).OnDelete(DeleteBehavior.Cascade);
        builder.Property(s => s.EwcCode).HasMaxLength(6).IsFixedLength();
        builder.HasOne<WasteCode>().WithMany().HasForeignKey(s => s.EwcCode).OnDelete(DeleteBehavior.Restrict);

        // A need's accepted sub-chapter or chapter; the application checks it names one.
        builder.Property(s => s.EwcPrefix).HasMaxLength(4);
        builder.Ignore(s => s.EwcScope);
        builder.Property(s => s.Description).HasMaxLength(ResourceStream.DescriptionMaxLength).IsRequired();
        builder.Property(s => s.QualityNotes).HasMaxLength(ResourceStream.QualityNotesMaxLength);
        builder.Property(s => s.PricePerUnit).HasPrecision(ResourceStream.PricePrecision, ResourceStream.PriceScale);
        builder.Property(s => s.SearchKey).IsRequired();

        // A retried create finds the first stream by its key; two racing creates with one key cannot both insert.
        builder.Property(s => s.CreationKey).HasMaxLength(ResourceStream.CreationKeyMaxLength);
        builder.HasIndex(s => new { s.CompanyId, s.CreationKey }).IsUnique().HasFilter("creation_key IS NOT NULL");
        builder.ComplexProperty(s => s.Quantity, q =>
        {
            q.Property(x => x.Amount).HasColumnName("quantity_amount").HasPrecision(Quantity.AmountPrecision, Quantity.AmountScale);
            q.Property(x => x.Unit).HasColumnName("quantity_unit");
            q.Property(x => x.Period).HasColumnName("quantity_period");
        });

        // The searches of the matching engine and the lists: by company, by code, by status.
        builder.HasIndex(s => s.CompanyId);
        builder.HasIndex(s => new { s.Direction, s.Status, s.EwcCode });
        builder.HasIndex(s => s.SearchKey).HasMethod("gin").HasOperators("gin_trgm_ops");
    }
}
