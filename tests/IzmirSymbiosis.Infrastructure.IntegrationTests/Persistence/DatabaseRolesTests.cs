using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.EntityFrameworkCore;
using Npgsql;

namespace IzmirSymbiosis.Infrastructure.IntegrationTests.Persistence;

/// <summary>
/// The application role (what the app connects as) against a migrated database: it cannot rewrite
/// the audit trail, switch its trigger off, change the schema or raise its own rights.
/// </summary>
public sealed class DatabaseRolesTests : IAsyncLifetime
{
    private TestDatabase _db = null!;

    public async Task InitializeAsync()
    {
        _db = await TestDatabase.CreateAsync("it_roles");
        await _db.Initializer.MigrateAsync();
        await using var ctx = _db.CreateContext();
        ctx.AuditEvents.Add(new AuditEvent(AuditEventTypes.LoginSucceeded, null, null, "original", DateTimeOffset.UtcNow));
        await ctx.SaveChangesAsync();
    }

    public async Task DisposeAsync() => await _db.DisposeAsync();

    [Theory]
    [InlineData("UPDATE audit_events SET details = 'rewritten'")]
    [InlineData("DELETE FROM audit_events")]
    [InlineData("TRUNCATE audit_events")]
    [InlineData("ALTER TABLE audit_events DISABLE TRIGGER ALL")]
    [InlineData("ALTER TABLE audit_events DISABLE TRIGGER audit_events_no_update_delete")]
    [InlineData("DROP FUNCTION audit_events_append_only() CASCADE")]
    [InlineData("SET session_replication_role = replica")]
    [InlineData("CREATE TABLE intruder (id int)")]
    [InlineData("CREATE TEMP TABLE intruder (id int)")]
    [InlineData("DROP TABLE companies")]
    [InlineData("ALTER TABLE companies ADD COLUMN intruder int")]
    [InlineData("TRUNCATE companies")]
    [InlineData("DELETE FROM \"__EFMigrationsHistory\"")]
    [InlineData("CREATE TABLE hangfire.intruder (id int)")]
    [InlineData("DROP TABLE hangfire.job CASCADE")]
    [InlineData("ALTER TABLE hangfire.job ADD COLUMN intruder int")]
    [InlineData("UPDATE hangfire.schema SET version = 1")]
    [InlineData("SET ROLE izmirsym_owner")]
    [InlineData("ALTER ROLE izmirsym_owner SET statement_timeout = 0")]
    [InlineData("ALTER ROLE izmirsym_app SUPERUSER")]
    [InlineData("ALTER ROLE izmirsym_app BYPASSRLS")]
    [InlineData("ALTER ROLE izmirsym_app CREATEDB")]
    [InlineData("ALTER ROLE izmirsym_app CREATEROLE")]
    public async Task AppRole_PrivilegedStatement_Refused(string sql)
    {
        await using var conn = new NpgsqlConnection(_db.ConnectionString);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);

        var error = await Assert.ThrowsAsync<PostgresException>(() => cmd.ExecuteNonQueryAsync());

        Assert.Equal(PostgresErrorCodes.InsufficientPrivilege, error.SqlState);
        await using var ctx = _db.CreateContext();
        Assert.Equal(["original"], await ctx.AuditEvents.Select(e => e.Details).ToListAsync());
    }

    [Fact]
    public async Task AppRole_AuditEvents_InsertAndSelectAllowed()
    {
        await using (var ctx = _db.CreateContext())
        {
            ctx.AuditEvents.Add(new AuditEvent(AuditEventTypes.Logout, null, null, "appended", DateTimeOffset.UtcNow));
            await ctx.SaveChangesAsync();
        }

        await using var check = _db.CreateContext();
        Assert.Equal(["original", "appended"], await check.AuditEvents.OrderBy(e => e.Id).Select(e => e.Details).ToListAsync());
    }

    [Fact]
    public async Task AppRole_Session_HasTheRoleTimeouts()
    {
        await using var conn = new NpgsqlConnection(_db.ConnectionString);
        await conn.OpenAsync();

        Assert.Equal(DatabaseRoles.Application, await ScalarAsync(conn, "SELECT current_user"));
        Assert.Equal("30s", await ScalarAsync(conn, "SHOW statement_timeout"));
        Assert.Equal("10s", await ScalarAsync(conn, "SHOW lock_timeout"));
        Assert.Equal("1min", await ScalarAsync(conn, "SHOW idle_in_transaction_session_timeout"));
    }

    [Fact]
    public async Task Roles_AfterMigration_OwnerOwnsEverythingAppOwnsNothingAndHasNoPowers()
    {
        await using var conn = new NpgsqlConnection(_db.OwnerConnectionString);
        await conn.OpenAsync();

        Assert.Equal("0", await ScalarAsync(conn, "SELECT count(*)::text FROM pg_class WHERE relnamespace = 'public'::regnamespace AND relkind IN ('r', 'S') AND relowner <> 'izmirsym_owner'::regrole"));
        Assert.Equal("0", await ScalarAsync(conn, "SELECT count(*)::text FROM pg_class WHERE relowner = 'izmirsym_app'::regrole"));

        // The job store's schema is made at migration time by the owner; the app only uses its rows.
        Assert.Equal("izmirsym_owner", await ScalarAsync(conn, "SELECT nspowner::regrole::text FROM pg_namespace WHERE nspname = 'hangfire'"));
        Assert.Equal("0", await ScalarAsync(conn, "SELECT count(*)::text FROM pg_class WHERE relnamespace = 'hangfire'::regnamespace AND relkind IN ('r', 'S') AND relowner <> 'izmirsym_owner'::regrole"));
        Assert.Equal(
            "DELETE,INSERT,SELECT,UPDATE",
            await ScalarAsync(conn, "SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) FROM information_schema.role_table_grants WHERE grantee = 'izmirsym_app' AND table_schema = 'hangfire' AND table_name = 'job'"));
        Assert.Equal("0", await ScalarAsync(conn, "SELECT count(*)::text FROM pg_auth_members WHERE member = 'izmirsym_app'::regrole"));
        Assert.Equal(
            "f f f f f",
            await ScalarAsync(conn, "SELECT concat_ws(' ', rolsuper, rolcreatedb, rolcreaterole, rolreplication, rolbypassrls) FROM pg_roles WHERE rolname = 'izmirsym_app'"));
        Assert.Equal(
            "INSERT,SELECT",
            await ScalarAsync(conn, "SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) FROM information_schema.role_table_grants WHERE grantee = 'izmirsym_app' AND table_name = 'audit_events'"));
        Assert.Equal(
            "DELETE,INSERT,SELECT,UPDATE",
            await ScalarAsync(conn, "SELECT string_agg(privilege_type, ',' ORDER BY privilege_type) FROM information_schema.role_table_grants WHERE grantee = 'izmirsym_app' AND table_name = 'companies'"));
    }

    private static async Task<string?> ScalarAsync(NpgsqlConnection conn, string sql)
    {
        await using var cmd = new NpgsqlCommand(sql, conn);
        return (await cmd.ExecuteScalarAsync())?.ToString();
    }
}
