using IzmirSymbiosis.Application.Security;

namespace IzmirSymbiosis.Web.Security;

/// <summary>
/// The signed-in user read from the database once per HTTP request: the API token handler, the
/// membership gate, and every component and service of a page's prerender ask for it, and under load
/// each ask was two queries. Kept in the request's items under the user id and security stamp it was
/// read for, so a different principal in the same request reads afresh.
/// </summary>
internal static class RequestUser
{
    /// <summary>The user as loaded earlier in <paramref name="request"/>, or loaded now (every time when there is no request).</summary>
    public static async Task<UserContext> LoadAsync(
        HttpContext? request, IUserDirectory directory, Guid userId, string? securityStamp, CancellationToken cancellationToken)
    {
        if (request?.Items[typeof(RequestUser)] is Loaded loaded && loaded.UserId == userId && loaded.SecurityStamp == securityStamp)
        {
            return loaded.User;
        }

        var user = await directory.LoadAsync(userId, securityStamp, cancellationToken);
        if (request is not null)
        {
            request.Items[typeof(RequestUser)] = new Loaded(userId, securityStamp, user);
        }

        return user;
    }

    private sealed record Loaded(Guid UserId, string? SecurityStamp, UserContext User);
}
