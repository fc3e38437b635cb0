using System.Globalization;
using System.Net.Sockets;
using IzmirSymbiosis.Infrastructure.Persistence;
using IzmirSymbiosis.TestSupport;
using Npgsql;

namespace IzmirSymbiosis.Web.DeploymentTests;

/// <summary>
/// scripts/backup.sh and scripts/restore.sh: the demo region (plus audit rows and document files)
/// backed up, restored into a new PostgreSQL cluster and an empty folder, and compared table by
/// table, by the audit table's checksum and file by file; a manifest that disagrees with the
/// restored data makes the restore fail.
/// </summary>
public sealed class BackupRestoreTests(BackupRestoreTests.SeededBackup backup) : IClassFixture<BackupRestoreTests.SeededBackup>
{
    [Fact]
    public async Task BackupThenRestoreIntoANewCluster_SameRowsAuditAndDocuments()
    {
        var documents = Path.Combine(backup.Work, "restored-documents-" + Guid.NewGuid().ToString("N"));
        await using (var cluster = await OwnCluster.StartAsync("restore-cluster"))
        {
            var target = (await cluster.CreateDatabaseAsync("izmirsym_restored")).Migrations;

            var restore = await RestoreAsync(backup.Folder, target, documents);

            Assert.True(restore.ExitCode == 0, restore.Output);
            Assert.Contains("Restored and verified", restore.Output, StringComparison.Ordinal);
            var source = await TablesAsync(backup.Database.Migrations);
            Assert.Contains(source, t => t.Key == "public.companies" && t.Value > 100);
            Assert.Contains(source, t => t.Key.StartsWith("hangfire.", StringComparison.Ordinal));
            Assert.Equal(source, await TablesAsync(target));
            var audit = await AuditChecksumAsync(backup.Database.Migrations);
            Assert.True(audit.Count >= 3, $"{audit.Count} audit rows");
            Assert.Equal(audit, await AuditChecksumAsync(target));
            Assert.Equal(Files(backup.Documents, skipStaging: true), Files(documents, skipStaging: false));
            Assert.False(Directory.Exists(Path.Combine(documents, ".staging")));
        }
    }

    [Theory]
    [InlineData("rows\tpublic.companies\t")]
    [InlineData("audit\t")]
    public async Task Restore_ManifestAltered_FailsNamingTheDifference(string line)
    {
        var altered = CopyOf(backup.Folder);
        var manifest = Path.Combine(altered, "manifest");
        var lines = await File.ReadAllLinesAsync(manifest);
        var index = Array.FindIndex(lines, l => l.StartsWith(line, StringComparison.Ordinal));
        Assert.True(index >= 0, string.Join('\n', lines));
        var fields = lines[index].Split('\t');
        fields[^1] = line.StartsWith("rows", StringComparison.Ordinal)
            ? (long.Parse(fields[^1], CultureInfo.InvariantCulture) + 1).ToString(CultureInfo.InvariantCulture)
            : "0123456789abcdef0123456789abcdef";
        lines[index] = string.Join('\t', fields);
        await File.WriteAllLinesAsync(manifest, lines);
        await using var target = await ThrowawayDatabase.CreateAsync("dep_restore_bad");

        var restore = await RestoreAsync(altered, target.Connections.Migrations, Path.Combine(backup.Work, "altered-documents-" + Guid.NewGuid().ToString("N")));

        Assert.True(restore.ExitCode != 0, restore.Output);
        Assert.Contains("RESTORE FAILED", restore.Output, StringComparison.Ordinal);
        Assert.Contains("< " + lines[index], restore.Output, StringComparison.Ordinal);
    }

    [Fact]
    public async Task Restore_DocumentAlteredInTheBackup_RefusedBeforeWritingAnything()
    {
        var altered = CopyOf(backup.Folder);
        var file = Directory.EnumerateFiles(Path.Combine(altered, "documents"), "*", SearchOption.AllDirectories).First();
        await File.AppendAllTextAsync(file, "x");
        await using var target = await ThrowawayDatabase.CreateAsync("dep_restore_doc");

        var restore = await RestoreAsync(altered, target.Connections.Migrations, Path.Combine(backup.Work, "altered-documents-" + Guid.NewGuid().ToString("N")));

        Assert.True(restore.ExitCode != 0, restore.Output);
        Assert.Contains("The backup's documents differ", restore.Output, StringComparison.Ordinal);
        Assert.Equal(0L, await ScalarAsync(target.Connections.Migrations, "SELECT count(*) FROM pg_tables WHERE schemaname = 'public'"));
    }

    private static Task<(int ExitCode, string Output)> RestoreAsync(string folder, string connection, string documents) =>
        ChildProcess.RunAsync("bash", [Repository.File("scripts", "restore.sh"), "--connection", connection, "--documents", documents, folder], Repository.Root,
            new Dictionary<string, string?> { ["ConnectionStrings__Migrations"] = null, ["ConnectionStrings__Default"] = null, ["Documents__Folder"] = null });

    private static Task<(int ExitCode, string Output)> BashAsync(string script) =>
        ChildProcess.RunAsync("bash", ["-c", script], Repository.Root);

    /// <summary>Every table of every non-system schema with its row count.</summary>
    private static async Task<SortedDictionary<string, long>> TablesAsync(string connection)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        var names = new List<string>();
        await using (var cmd = new NpgsqlCommand(
            "SELECT format('%I.%I', schemaname, tablename) FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')", conn))
        await using (var reader = await cmd.ExecuteReaderAsync())
        {
            while (await reader.ReadAsync())
            {
                names.Add(reader.GetString(0));
            }
        }

        var counts = new SortedDictionary<string, long>(StringComparer.Ordinal);
        foreach (var name in names)
        {
            await using var cmd = new NpgsqlCommand($"SELECT count(*) FROM {name}", conn);
            counts[name.Replace("\"", "", StringComparison.Ordinal)] = (long)(await cmd.ExecuteScalarAsync())!;
        }

        return counts;
    }

    /// <summary>The audit rows' count and the md5 of their text, in id order, in UTC.</summary>
    private static async Task<(long Count, string Md5)> AuditChecksumAsync(string connection)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(
            "SET TimeZone TO 'UTC'; SELECT count(*), md5(coalesce(string_agg(a::text, E'\\n' ORDER BY a.id), '')) FROM audit_events a", conn);
        // SET returns no result set: the reader starts at the SELECT's.
        await using var reader = await cmd.ExecuteReaderAsync();
        Assert.True(await reader.ReadAsync());
        return (reader.GetInt64(0), reader.GetString(1));
    }

    private static async Task<object?> ScalarAsync(string connection, string sql)
    {
        await using var conn = new NpgsqlConnection(connection);
        await conn.OpenAsync();
        await using var cmd = new NpgsqlCommand(sql, conn);
        return await cmd.ExecuteScalarAsync();
    }

    /// <summary>Relative path → bytes (as base64) of every file under <paramref name="folder"/>.</summary>
    private static SortedDictionary<string, string> Files(string folder, bool skipStaging)
    {
        var files = new SortedDictionary<string, string>(StringComparer.Ordinal);
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var relative = Path.GetRelativePath(folder, file);
            if (skipStaging && relative.StartsWith(".staging", StringComparison.Ordinal))
            {
                continue;
            }

            files[relative] = Convert.ToBase64String(File.ReadAllBytes(file));
        }

        return files;
    }

    private string CopyOf(string folder)
    {
        var copy = Path.Combine(backup.Work, "copy-" + Guid.NewGuid().ToString("N"));
        foreach (var file in Directory.EnumerateFiles(folder, "*", SearchOption.AllDirectories))
        {
            var to = Path.Combine(copy, Path.GetRelativePath(folder, file));
            Directory.CreateDirectory(Path.GetDirectoryName(to)!);
            File.Copy(file, to);
        }

        return copy;
    }

    /// <summary>
    /// The demo region seeded with the izmirsym tool, audit rows (an admin created with the tool and
    /// two more, one in Turkish), document files as the store lays them out plus a staged upload
    /// (never backed up), and one backup of it all made with scripts/backup.sh.
    /// </summary>
    public sealed class SeededBackup : IAsyncLifetime
    {
        private ThrowawayDatabase? _database;

        public string Work { get; } = Directory.CreateTempSubdirectory("izmirsym-backup-").FullName;

        public DatabaseConnections Database => _database!.Connections;

        public string Documents => Path.Combine(Work, "documents");

        /// <summary>The backup folder (izmirsym-&lt;time&gt;).</summary>
        public string Folder { get; private set; } = "";

        public async Task InitializeAsync()
        {
            _database = await ThrowawayDatabase.CreateAsync("dep_backup");
            var seeded = await PublishedApp.RunCliAsync(Database, "Development", "seed", "--demo");
            Assert.True(seeded.ExitCode == 0, seeded.Output);
            var admin = await PublishedApp.RunCliAsync(Database, "Production", "create-admin", "--email", "yedek@izka.example");
            Assert.True(admin.ExitCode == 0, admin.Output);
            await using (var conn = new NpgsqlConnection(Database.Migrations))
            {
                await conn.OpenAsync();
                await using var cmd = new NpgsqlCommand(
                    "INSERT INTO audit_events (event_type, details, occurred_at) VALUES ('BackupTest', 'İzmir yedeği: şüphe yok', now()), ('BackupTest', NULL, now() - interval '1 day')", conn);
                await cmd.ExecuteNonQueryAsync();
            }

            var bytes = new byte[64 * 1024];
            Random.Shared.NextBytes(bytes);
            foreach (var key in new[] { "3fa1c0de9b2e4d7f8a6b5c4d3e2f1a0b", "3f00aa11bb22cc33dd44ee55ff667788", "c2d3e4f5a6b7c8d9e0f1a2b3c4d5e6f7" })
            {
                Directory.CreateDirectory(Path.Combine(Documents, key[..2]));
                bytes[0] = (byte)key[1];
                await File.WriteAllBytesAsync(Path.Combine(Documents, key[..2], key), bytes);
            }

            Directory.CreateDirectory(Path.Combine(Documents, ".staging"));
            await File.WriteAllTextAsync(Path.Combine(Documents, ".staging", "half-uploaded.part"), "not yet checked");

            var output = Path.Combine(Work, "backups");
            var (code, log) = await ChildProcess.RunAsync("bash", [Repository.File("scripts", "backup.sh"), "--documents", Documents, "--out", output], Repository.Root,
                new Dictionary<string, string?> { ["ConnectionStrings__Migrations"] = Database.Migrations, ["ConnectionStrings__Default"] = Database.Application });
            Assert.True(code == 0, log);
            Folder = Assert.Single(Directory.GetDirectories(output, "izmirsym-*"));
            Assert.True(File.Exists(Path.Combine(Folder, "database.dump")), log);
        }

        public async Task DisposeAsync()
        {
            if (_database is not null)
            {
                await _database.DisposeAsync();
            }

            Directory.Delete(Work, recursive: true);
        }
    }
}
