using System.Reflection;
using IzmirSymbiosis.Domain.Common;

namespace IzmirSymbiosis.Infrastructure.Seeding.Demo;

/// <summary>
/// Gives demo entities fixed ids and audit times. <see cref="Entity"/> sets them itself (a fresh
/// random Guid and the clock) with protected setters, which the domain keeps closed on purpose; the
/// demo set must be byte-identical for a seed, so this one helper sets them by reflection.
/// </summary>
internal static class DemoEntityStamp
{
    private static readonly MethodInfo s_setId = SetterOf(nameof(Entity.Id));
    private static readonly MethodInfo s_setCreatedAt = SetterOf(nameof(Entity.CreatedAt));
    private static readonly MethodInfo s_setUpdatedAt = SetterOf(nameof(Entity.UpdatedAt));

    /// <summary>Sets id and audit times; call after the last domain method, which touch <c>UpdatedAt</c>.</summary>
    public static void Apply(Entity entity, Guid id, DateTimeOffset createdAt, DateTimeOffset updatedAt)
    {
        s_setId.Invoke(entity, [id]);
        s_setCreatedAt.Invoke(entity, [createdAt]);
        s_setUpdatedAt.Invoke(entity, [updatedAt]);
    }

    /// <summary>
    /// Gives a company's permits fixed ids derived from the company's id (drawing them from the
    /// random source would shift every firm drawn after).
    /// </summary>
    public static void ApplyPermitIds(IzmirSymbiosis.Domain.Companies.Company company)
    {
        var setId = typeof(IzmirSymbiosis.Domain.Companies.HazardousWastePermit).GetProperty(nameof(IzmirSymbiosis.Domain.Companies.HazardousWastePermit.Id))?.GetSetMethod(nonPublic: true)
            ?? throw new InvalidOperationException("HazardousWastePermit.Id has no setter.");
        for (var i = 0; i < company.Permits.Count; i++)
        {
            var bytes = company.Id.ToByteArray(bigEndian: true);
            bytes[0] ^= 0x5A;
            bytes[15] ^= (byte)(i + 1);
            setId.Invoke(company.Permits[i], [new Guid(bytes, bigEndian: true)]);
        }
    }

    /// <summary>A random (version 4) Guid from the seeded random source, as real ids are.</summary>
    public static Guid NewId(Random random)
    {
        Span<byte> bytes = stackalloc byte[16];
        random.NextBytes(bytes);
        bytes[6] = (byte)(0x40 | (bytes[6] & 0x0F));
        bytes[8] = (byte)(0x80 | (bytes[8] & 0x3F));
        return new Guid(bytes, bigEndian: true);
    }

    private static MethodInfo SetterOf(string property) =>
        typeof(Entity).GetProperty(property)?.GetSetMethod(nonPublic: true)
        ?? throw new InvalidOperationException($"Entity.{property} has no setter.");
}
