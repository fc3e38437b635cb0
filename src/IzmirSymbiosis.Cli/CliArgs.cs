using System.Globalization;

namespace IzmirSymbiosis.Cli;

/// <summary>Parses <c>--name value</c> and <c>--flag</c> arguments.</summary>
internal sealed class CliArgs
{
    private readonly Dictionary<string, string?> _values = new(StringComparer.Ordinal);

    public CliArgs(string[] args, params string[] flags)
    {
        for (var i = 0; i < args.Length; i++)
        {
            var a = args[i];
            if (!a.StartsWith("--", StringComparison.Ordinal))
            {
                throw new CliUsageException($"unexpected argument '{a}'");
            }

            var name = a[2..];
            if (flags.Contains(name))
            {
                _values[name] = null;
            }
            else if (i + 1 < args.Length)
            {
                _values[name] = args[++i];
            }
            else
            {
                throw new CliUsageException($"--{name} needs a value");
            }
        }
    }

    public bool Has(string name) => _values.ContainsKey(name);

    /// <summary>Refuses any option the verb does not know (a misspelt or unsupported option is never silently ignored).</summary>
    public CliArgs Only(params string[] names)
    {
        foreach (var name in _values.Keys)
        {
            if (!names.Contains(name))
            {
                throw new CliUsageException($"unknown option --{name} (known: {string.Join(", ", names.Select(n => "--" + n))})");
            }
        }

        return this;
    }

    public string? Get(string name) => _values.GetValueOrDefault(name);

    public string Required(string name) => Get(name) ?? throw new CliUsageException($"--{name} is required");

    public int Int(string name, int fallback)
    {
        var v = Get(name);
        if (v is null)
        {
            return fallback;
        }

        return int.TryParse(v, NumberStyles.Integer, CultureInfo.InvariantCulture, out var n) && n >= 0
            ? n
            : throw new CliUsageException($"--{name} must be a non-negative whole number");
    }
}
