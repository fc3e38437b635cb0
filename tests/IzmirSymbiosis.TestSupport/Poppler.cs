using System.Diagnostics;

namespace IzmirSymbiosis.TestSupport;

/// <summary>Runs poppler's command-line tools (pdftotext, pdftoppm; scripts/test.sh installs poppler-utils) to read PDFs as a viewer would.</summary>
public static class Poppler
{
    /// <summary>The standard output of <paramref name="tool"/>; throws with its error output when it fails.</summary>
    public static async Task<string> RunAsync(string tool, params string[] arguments)
    {
        var start = new ProcessStartInfo(tool) { RedirectStandardOutput = true, RedirectStandardError = true };
        foreach (var argument in arguments)
        {
            start.ArgumentList.Add(argument);
        }

        using var process = Process.Start(start) ?? throw new InvalidOperationException($"{tool} did not start.");
        var output = process.StandardOutput.ReadToEndAsync();
        var error = process.StandardError.ReadToEndAsync();
        await process.WaitForExitAsync();
        return process.ExitCode == 0 ? await output : throw new InvalidOperationException($"{tool} failed ({process.ExitCode}): {await error}");
    }
}
