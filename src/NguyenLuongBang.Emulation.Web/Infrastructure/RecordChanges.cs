using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>What one action on a record did: done (with its message), nothing to do (already so), refused (why), or no such record.</summary>
public sealed record ChangeOutcome(ChangeResult Result, string? Message)
{
    public static ChangeOutcome NotFound { get; } = new(ChangeResult.NotFound, null);

    public static ChangeOutcome Refused(string message) => new(ChangeResult.Refused, message);

    /// <summary>The key of the record the change created (its <see cref="Change.Subject"/>), for the page that shows it next.</summary>
    public int? RecordId { get; init; }

    public bool Succeeded => Result is ChangeResult.Done or ChangeResult.AlreadyDone;
}

public enum ChangeResult
{
    Done,
    AlreadyDone,
    Refused,
    NotFound,
}

/// <summary>What a change records: its audit row and the message the user sees.</summary>
public sealed record Change(string Action, string EntityType, string? EntityId, string? Details, string Message)
{
    /// <summary>The record is already as asked: nothing changes, nothing is audited, the user is told so.</summary>
    public static Change Already(string message) => new(string.Empty, string.Empty, null, null, message) { IsNoOp = true };

    public bool IsNoOp { get; private init; }

    /// <summary>A record new in this unit of work: the audit row names it by the key its save gives it.</summary>
    public object? Subject { get; init; }

    /// <summary>Who the audit row names when it is not the signed-in user (feedback sent from the public posting page).</summary>
    public string? UserName { get; init; }
}

/// <summary>
/// One user action on one record, as one unit of work: in one transaction, under a lock on the
/// record (so that a double click or twenty simultaneous posts apply one after the other, each
/// seeing what the one before did), it loads the record, lets the entity apply the change (or
/// refuse it), records the audit row and saves once. Replaces the copies of "load, apply, show
/// the refusal, audit, save" the controllers used to carry.
/// </summary>
public sealed class RecordChanges(AppDbContext db, AuditLog audit)
{
    /// <param name="lockKey">What the lock is on, e.g. "nomination:12": actions on one record wait for each other.</param>
    /// <param name="apply">The change on the loaded record; a <see cref="DomainException"/> is the refusal.</param>
    public async Task<ChangeOutcome> ApplyAsync<T>(string lockKey, Func<CancellationToken, Task<T?>> load, Func<T, Task<Change>> apply, CancellationToken cancellationToken)
        where T : class
    {
        ArgumentNullException.ThrowIfNull(load);
        ArgumentNullException.ThrowIfNull(apply);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(lockKey, cancellationToken);
        var record = await load(cancellationToken);
        if (record is null)
        {
            return ChangeOutcome.NotFound;
        }

        Change change;
        try
        {
            change = await apply(record);
        }
        catch (DomainException refused)
        {
            return new ChangeOutcome(ChangeResult.Refused, refused.Message);
        }

        if (change.IsNoOp)
        {
            return new ChangeOutcome(ChangeResult.AlreadyDone, change.Message);
        }

        var outcome = await SaveAsync(change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }

    /// <summary>
    /// Saves what the action changed (a record added or edited after its form was checked) together
    /// with its audit row, in one save.
    /// </summary>
    public async Task<ChangeOutcome> SaveAsync(Change change, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(change);
        if (change.Subject is { } subject)
        {
            audit.Add(change.Action, change.EntityType, subject, change.Details);
        }
        else
        {
            audit.Add(change.Action, change.EntityType, change.EntityId, change.Details, change.UserName);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ChangeOutcome(ChangeResult.Done, change.Message) { RecordId = KeyOf(change.Subject) };
    }

    private int? KeyOf(object? subject) =>
        subject is null ? null : db.Entry(subject).Metadata.FindPrimaryKey()?.Properties is [var key] && key.ClrType == typeof(int)
            ? (int?)db.Entry(subject).Property(key.Name).CurrentValue
            : null;

    public Task<ChangeOutcome> ApplyAsync<T>(string lockKey, Func<CancellationToken, Task<T?>> load, Func<T, Change> apply, CancellationToken cancellationToken)
        where T : class =>
        ApplyAsync(lockKey, load, record => Task.FromResult(apply(record)), cancellationToken);

    /// <summary>
    /// A step whose work spans several records (a session closed with its minutes issued, a
    /// decision signed with its number taken): in one transaction, under the lock on
    /// <paramref name="lockKey"/>, <paramref name="step"/> loads and changes what it needs and says
    /// what it did; its audit row is added and everything is saved and committed together. The step
    /// may save in between (a number taken, a file stored): all of it is undone when it refuses.
    /// </summary>
    /// <param name="step">The work; null when its record does not exist (404), a <see cref="DomainException"/> is the refusal.</param>
    public async Task<ChangeOutcome> RunAsync(string lockKey, Func<CancellationToken, Task<Change?>> step, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(step);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync(lockKey, cancellationToken);
        Change? change;
        try
        {
            change = await step(cancellationToken);
        }
        catch (DomainException refused)
        {
            db.ChangeTracker.Clear();
            return ChangeOutcome.Refused(refused.Message);
        }

        if (change is null)
        {
            return ChangeOutcome.NotFound;
        }

        if (change.IsNoOp)
        {
            return new ChangeOutcome(ChangeResult.AlreadyDone, change.Message);
        }

        var outcome = await SaveAsync(change, cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return outcome;
    }
}

public static class ChangeOutcomeResults
{
    /// <summary>The answer to a change: 404, or back to <paramref name="redirect"/> with the message or the refusal.</summary>
    public static IActionResult Answer(this Controller controller, ChangeOutcome outcome, IActionResult redirect)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(outcome);
        switch (outcome.Result)
        {
            case ChangeResult.NotFound:
                return controller.NotFound();
            case ChangeResult.Refused:
                controller.TempData["Error"] = outcome.Message;
                break;
            default:
                controller.TempData["Message"] = outcome.Message;
                break;
        }

        return redirect;
    }

    /// <summary>
    /// The answer to a change posted from a form: 404; refused, the same form again with the
    /// refusal and what was typed, answered 422 (<paramref name="formAgain"/> builds it); otherwise
    /// back to <paramref name="redirect"/> with the message.
    /// </summary>
    public static async Task<IActionResult> AnswerForm(this Controller controller, ChangeOutcome outcome, Func<IActionResult> redirect, Func<string, Task<IActionResult>> formAgain)
    {
        ArgumentNullException.ThrowIfNull(controller);
        ArgumentNullException.ThrowIfNull(outcome);
        ArgumentNullException.ThrowIfNull(redirect);
        ArgumentNullException.ThrowIfNull(formAgain);
        switch (outcome.Result)
        {
            case ChangeResult.NotFound:
                return controller.NotFound();
            case ChangeResult.Refused:
                controller.Response.StatusCode = StatusCodes.Status422UnprocessableEntity;
                return await formAgain(outcome.Message ?? string.Empty);
            default:
                controller.TempData["Message"] = outcome.Message;
                return redirect();
        }
    }
}
