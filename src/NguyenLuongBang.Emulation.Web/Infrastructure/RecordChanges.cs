using Microsoft.AspNetCore.Mvc;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>What one action on a record did: done (with its message), nothing to do (already so), refused (why), or no such record.</summary>
public sealed record ChangeOutcome(ChangeResult Result, string? Message)
{
    public static ChangeOutcome NotFound { get; } = new(ChangeResult.NotFound, null);
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
            audit.Add(change.Action, change.EntityType, change.EntityId, change.Details);
        }

        await db.SaveChangesAsync(cancellationToken);
        return new ChangeOutcome(ChangeResult.Done, change.Message);
    }

    public Task<ChangeOutcome> ApplyAsync<T>(string lockKey, Func<CancellationToken, Task<T?>> load, Func<T, Change> apply, CancellationToken cancellationToken)
        where T : class =>
        ApplyAsync(lockKey, load, record => Task.FromResult(apply(record)), cancellationToken);
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
}
