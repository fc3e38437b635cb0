using IzmirSymbiosis.Application.Common.Interfaces;
using Microsoft.Extensions.Hosting;
using Microsoft.Extensions.Logging;

namespace IzmirSymbiosis.Infrastructure.Documents;

/// <summary>
/// At start: creates the document folder (by creating the store, so a folder the app cannot write
/// stops it at once) and removes staged files a crash left behind.
/// </summary>
internal sealed class DocumentStoreStartup(IDocumentStore store, ILogger<DocumentStoreStartup> logger) : IHostedService
{
    public Task StartAsync(CancellationToken cancellationToken)
    {
        if (store is FileSystemDocumentStore files)
        {
            var removed = files.RemoveStaleStaging(TimeSpan.FromHours(1));
            logger.LogInformation("Documents are stored in {Folder} ({Removed} stale staged files removed)", files.Folder, removed);
        }

        return Task.CompletedTask;
    }

    public Task StopAsync(CancellationToken cancellationToken) => Task.CompletedTask;
}
