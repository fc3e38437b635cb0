using IzmirSymbiosis.Application.Collaboration;
using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Domain.Common;
using Microsoft.AspNetCore.Http.HttpResults;

namespace IzmirSymbiosis.Web.Api;

/// <summary>
/// The comment thread of a subject (introduction or exchange) under its own path,
/// <c>/{id}/comments</c>: one mapping for every kind, the subject's own access rule deciding.
/// </summary>
internal static class ThreadsApi
{
    /// <summary>Maps the thread endpoints of <paramref name="kind"/> into its group.</summary>
    public static void MapThread(this RouteGroupBuilder subjects, SubjectKind kind, string entity)
    {
        var path = entity.ToLowerInvariant() + "s";
        subjects.MapGet("/{id:guid}/comments", async Task<Ok<ThreadPage>> (Guid id, [AsParameters] PageQuery query, ConversationService threads, CancellationToken cancellationToken) =>
                TypedResults.Ok(await threads.ListAsync(kind, id, query.ToRequest(), cancellationToken) ?? throw new NotFoundException(entity, id)))
            .WithName($"List{entity}Comments")
            .WithSummary($"The {entity.ToLowerInvariant()}'s thread, oldest first (its parties and facilitators only).")
            .ProducesValidationProblem();
        subjects.MapPost("/{id:guid}/comments", async Task<Created<CommentView>> (Guid id, CommentRequest body, ConversationService threads, CancellationToken cancellationToken) =>
                TypedResults.Created($"/api/v1/{path}/{id}/comments", await threads.PostAsync(kind, id, body.Body, cancellationToken)))
            .WithName($"Post{entity}Comment")
            .WithSummary($"Adds a message to the {entity.ToLowerInvariant()}'s thread.")
            .ProducesValidationProblem();
    }
}
