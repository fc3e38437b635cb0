using System.Security.Cryptography;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Auditing;
using IzmirSymbiosis.Infrastructure.Identity;
using IzmirSymbiosis.Infrastructure.Persistence;
using Microsoft.AspNetCore.Identity;
using Microsoft.Extensions.DependencyInjection;
using Npgsql;

namespace IzmirSymbiosis.Cli;

/// <summary>Accounts made from the command line: the first admin of a production installation.</summary>
internal static class AccountCommands
{
    private const string PasswordAlphabet = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    public static async Task<int> CreateAdminAsync(string[] args)
    {
        var a = new CliArgs(args);
        var email = a.Required("email").Trim();
        if (!email.Contains('@', StringComparison.Ordinal))
        {
            throw new CliUsageException($"--email '{email}' is not an e-mail address");
        }

        await using var services = DatabaseCommands.Services();
        await using var scope = services.CreateAsyncScope();
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        try
        {
            await scope.ServiceProvider.GetRequiredService<IdentitySeeder>().EnsureRolesAsync();
            if (await users.FindByEmailAsync(email) is not null)
            {
                await Console.Error.WriteLineAsync($"izmirsym create-admin: an account for {email} already exists; nothing changed.");
                return 1;
            }
        }
        catch (PostgresException e) when (e.SqlState == PostgresErrorCodes.UndefinedTable)
        {
            await Console.Error.WriteLineAsync("izmirsym create-admin: the database has no schema yet; start the app once or run `izmirsym migrate`.");
            return 1;
        }

        var password = NewPassword();
        var user = new AppUser
        {
            UserName = email,
            Email = email,
            EmailConfirmed = true,
            DisplayName = a.Get("name") ?? email,
        };
        Check(await users.CreateAsync(user, password));
        Check(await users.AddToRoleAsync(user, Roles.Admin));
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        db.AuditEvents.Add(new AuditEvent(AuditEventTypes.RoleChanged, null, user.Id, "admin created with izmirsym create-admin", DateTimeOffset.UtcNow));
        await db.SaveChangesAsync();

        // Printed once and stored nowhere else (only its hash is in the database).
        Console.WriteLine($"Admin account created for {email}.");
        Console.WriteLine($"Initial password (shown only now): {password}");
        Console.WriteLine("Sign in with it; the site then asks the admin to set up two-factor authentication before showing any data.");
        return 0;
    }

    // 4 groups of 6 from 57 letters and digits (about 140 bits); the dashes and the mix of cases and
    // digits satisfy any Identity password rule.
    private static string NewPassword()
    {
        while (true)
        {
            var groups = Enumerable.Range(0, 4).Select(_ => RandomNumberGenerator.GetString(PasswordAlphabet, 6));
            var password = string.Join('-', groups);
            if (password.Any(char.IsAsciiLetterUpper) && password.Any(char.IsAsciiLetterLower) && password.Any(char.IsAsciiDigit))
            {
                return password;
            }
        }
    }

    private static void Check(IdentityResult result)
    {
        if (!result.Succeeded)
        {
            throw new InvalidOperationException(string.Join("; ", result.Errors.Select(e => e.Description)));
        }
    }
}
