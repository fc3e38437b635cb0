using IzmirSymbiosis.Application.Common;
using IzmirSymbiosis.Application.Common.Interfaces;
using IzmirSymbiosis.Application.Common.Models;
using IzmirSymbiosis.Application.Notifications;
using IzmirSymbiosis.Application.Security;
using IzmirSymbiosis.Domain.Collaboration;
using IzmirSymbiosis.Domain.Common;
using Microsoft.EntityFrameworkCore;

namespace IzmirSymbiosis.Application.Collaboration;

/// <summary>One message as a reader sees it.</summary>
/// <param name="Id">Order of writing.</param>
/// <param name="AuthorName">The author's name; null when the author's firm is anonymous to the reader.</param>
/// <param name="AuthorRole">The author's role when writing (FirmUser, OizStaff, Expert, Admin).</param>
/// <param name="Mine">Written by the reader.</param>
/// <param name="CreatedAt">When it was written.</param>
/// <param name="Body">The message.</param>
public sealed record CommentView(long Id, string? AuthorName, string AuthorRole, bool Mine, DateTimeOffset CreatedAt, string Body);

/// <summary>A page of a thread, oldest first, and whether the reader may write.</summary>
public sealed record ThreadPage(IReadOnlyList<CommentView> Items, int TotalCount, bool CanPost);

/// <summary>
/// The comment thread of an introduction or an exchange. Every read and write asks the subject
/// kind's access rule (<see cref="ISubjectAccess"/>): Read lists, Contribute posts, None is "not
/// found". Messages are data of the parties: no other service reads this table.
/// </summary>
public sealed class ConversationService(
    IAppDbContextFactory contexts,
    ICurrentUser currentUser,
    IEnumerable<ISubjectAccess> rules,
    IEnumerable<ISubjectParticipants> circles,
    INotifier notifier,
    IAccountDirectory accounts,
    TimeProvider clock)
{
    /// <summary>One page of the thread, oldest first; null when the subject does not exist for the user.</summary>
    /// <exception cref="ValidationFailedException">The page or its size is out of bounds.</exception>
    public async Task<ThreadPage?> ListAsync(SubjectKind kind, Guid subjectId, PageRequest request, CancellationToken cancellationToken = default)
    {
        ArgumentNullException.ThrowIfNull(request);
        request.ThrowIfInvalid();
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rights = await RuleFor(kind).RightsAsync(db, user, subjectId, cancellationToken);
        if (rights == SubjectRights.None)
        {
            return null;
        }

        var named = await NamedAsync(db, user, kind, subjectId, cancellationToken);
        var thread = db.Comments.AsNoTracking().Where(c => c.Subject == kind && c.SubjectId == subjectId);
        var total = await thread.CountAsync(cancellationToken);
        var page = await thread.OrderBy(c => c.Id).Skip(request.Skip).Take(request.Take).ToListAsync(cancellationToken);
        return new ThreadPage([.. page.Select(c => View(c, user, named))], total, rights == SubjectRights.Contribute);
    }

    /// <summary>Adds a message and tells the subject's other participants.</summary>
    /// <exception cref="NotFoundException">The subject does not exist for the user.</exception>
    /// <exception cref="ValidationFailedException">The body is empty, too long or not plain text, or the user may only read.</exception>
    public async Task<CommentView> PostAsync(SubjectKind kind, Guid subjectId, string? body, CancellationToken cancellationToken = default)
    {
        var user = await currentUser.GetAsync(cancellationToken);
        await using var db = await contexts.CreateAsync(cancellationToken);
        var rights = await RuleFor(kind).RightsAsync(db, user, subjectId, cancellationToken);
        if (rights == SubjectRights.None || user.UserId is not { } author)
        {
            throw new NotFoundException(kind.ToString(), subjectId);
        }

        if (rights != SubjectRights.Contribute)
        {
            throw new ValidationFailedException([new FieldError(nameof(Comment.Body), "Comment.ReadOnly", [])]);
        }

        var role = Roles.All.FirstOrDefault(user.IsIn) ?? string.Empty;
        var name = await accounts.DisplayNameAsync(author, cancellationToken) ?? string.Empty;
        Comment comment;
        try
        {
            comment = new Comment(kind, subjectId, author, name, role, role == Roles.FirmUser ? user.CompanyId : null, body, clock.GetUtcNow());
        }
        catch (DomainException e)
        {
            throw new ValidationFailedException([FieldError.From(e, nameof(Comment.Body))]);
        }

        db.Comments.Add(comment);
        var circle = await CircleAsync(db, user, kind, subjectId, cancellationToken);
        if (circle is not null)
        {
            // The text names nobody: some of the audience may not see the author's firm.
            await notifier.AddAsync(
                db,
                new Notice($"{kind.ToString().ToLowerInvariant()}.comment", kind, subjectId, circle.Link, "Yeni bir mesaj var", "There is a new message", circle.Audience),
                author,
                cancellationToken);
        }

        await db.SaveChangesAsync(cancellationToken);
        return View(comment, user, circle?.NamedCompanies ?? new HashSet<Guid>());
    }

    private ISubjectAccess RuleFor(SubjectKind kind) =>
        rules.FirstOrDefault(r => r.Kind == kind) ?? throw new InvalidOperationException($"No access rule is registered for {kind}.");

    private Task<SubjectCircle?> CircleAsync(IAppDbContext db, UserContext user, SubjectKind kind, Guid subjectId, CancellationToken cancellationToken) =>
        circles.FirstOrDefault(c => c.Kind == kind) is { } circle ? circle.CircleAsync(db, user, subjectId, cancellationToken) : Task.FromResult<SubjectCircle?>(null);

    private async Task<IReadOnlySet<Guid>> NamedAsync(IAppDbContext db, UserContext user, SubjectKind kind, Guid subjectId, CancellationToken cancellationToken)
    {
        if (await CircleAsync(db, user, kind, subjectId, cancellationToken) is { } circle)
        {
            return circle.NamedCompanies;
        }

        return user.CompanyId is { } own ? new HashSet<Guid> { own } : new HashSet<Guid>();
    }

    private static CommentView View(Comment c, UserContext reader, IReadOnlySet<Guid> named)
    {
        var mine = c.AuthorUserId == reader.UserId;
        var hidden = !mine && !reader.SeesEverything && c.AuthorCompanyId is { } firm && !named.Contains(firm);
        return new CommentView(c.Id, hidden ? null : c.AuthorName, c.AuthorRole, mine, c.CreatedAt, c.Body);
    }
}
