using IzmirSymbiosis.Domain.Common;
using Microsoft.EntityFrameworkCore;
using Microsoft.EntityFrameworkCore.Metadata.Builders;

namespace IzmirSymbiosis.Infrastructure.Persistence.Configurations;

internal static class ConfigurationExtensions
{
    /// <summary>Key, audit times and the <c>xmin</c> concurrency token shared by editable entities.</summary>
    public static void ConfigureEntity<T>(this EntityTypeBuilder<T> builder)
        where T : Entity
    {
        builder.HasKey(e => e.Id);
        builder.Property(e => e.Id).ValueGeneratedNever();
        builder.Property(e => e.CreatedAt).HasColumnType("timestamptz");
        builder.Property(e => e.UpdatedAt).HasColumnType("timestamptz");
        builder.Property(e => e.Version).IsRowVersion();
    }
}
