using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Web.Data;

namespace NguyenLuongBang.Emulation.Web.Infrastructure;

/// <summary>This running portal among several: who holds a job's lease.</summary>
public sealed class PortalInstance
{
    public string Id { get; } = Cut($"{Environment.MachineName}/{Environment.ProcessId}/{Guid.NewGuid():N}");

    private static string Cut(string id) => id.Length <= 100 ? id : id[^100..];
}

/// <summary>Who runs a background job now, and until when: one row a job.</summary>
public sealed class JobLease
{
    private JobLease()
    {
        Job = Holder = string.Empty;
    }

    public JobLease(string job, string holder, DateTimeOffset until)
    {
        Job = job;
        Holder = holder;
        Until = until;
    }

    public string Job { get; private set; }

    public string Holder { get; private set; }

    public DateTimeOffset Until { get; private set; }

    /// <summary>
    /// Free once released or run out — also for its own holder: two runs of one job never overlap,
    /// not even on one instance (found by running: two overlapping runs both sent a reminder).
    /// </summary>
    public bool IsFree(DateTimeOffset now) => Until <= now;

    public void Take(string holder, DateTimeOffset until)
    {
        Holder = holder;
        Until = until;
    }

    public void Release(DateTimeOffset now) => Until = now;
}

/// <summary>
/// Background work that is safe on several instances without a per-instance switch: each run of a
/// job (the outbox, the deadline reminders) is taken by one instance through a lease in the
/// database, taken under a lock; the others skip that run. A lease outlives a crashed holder by
/// at most its length, then another instance takes over.
/// </summary>
public sealed class BackgroundJobs(AppDbContext db, PortalInstance instance, TimeProvider clock, IServiceScopeFactory scopes, Features.Notifications.MailLimits mailLimits,
    ILogger<BackgroundJobs> logger)
{
    public const string Outbox = "outbox";
    public const string DeadlineReminders = "deadline-reminders";

    public static readonly TimeSpan LeaseLength = TimeSpan.FromMinutes(5);

    /// <summary>
    /// A pass over every commune's outbox, several communes at once (<see cref="Features.Notifications.MailLimits.ParallelCommunes"/>),
    /// each under its own lease: a commune whose mail server hangs holds up its own mail only.
    /// </summary>
    /// <returns>Whether this instance ran the pass of at least one commune.</returns>
    public async Task<bool> RunOutboxAsync(CancellationToken cancellationToken)
    {
        var ran = 0;
        await Parallel.ForEachAsync(await scopes.CommuneIdsAsync(cancellationToken),
            new ParallelOptions { MaxDegreeOfParallelism = mailLimits.ParallelCommunes, CancellationToken = cancellationToken },
            async (communeId, c) =>
            {
                await using var scope = scopes.CreateAsyncScope();
                if (await scope.ServiceProvider.GetRequiredService<BackgroundJobs>().RunOutboxOfCommuneAsync(communeId, c))
                {
                    Interlocked.Increment(ref ran);
                }
            });
        return ran > 0;
    }

    /// <summary>
    /// One pass over one commune's outbox under that commune's lease ("outbox:{id}"), so two instances
    /// never send the same commune's mail at once while different communes go on side by side. The
    /// pass stops taking messages when its time (<see cref="Features.Notifications.MailLimits.Pass"/>)
    /// is up, or if the lease was lost all the same; what it meets is logged, never thrown.
    /// </summary>
    /// <returns>Whether this instance ran the pass this time.</returns>
    public Task<bool> RunOutboxOfCommuneAsync(int communeId, CancellationToken cancellationToken)
    {
        var job = string.Create(System.Globalization.CultureInfo.InvariantCulture, $"{Outbox}:{communeId}");
        return RunAsync(job, async c =>
        {
            var until = clock.GetUtcNow() + mailLimits.Pass;
            await using var scope = scopes.CreateAsyncScope();
            scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
            try
            {
                return await scope.ServiceProvider.GetRequiredService<Features.Notifications.OutboxDelivery>()
                    .SendDueAsync(async g => clock.GetUtcNow() < until && await KeepAsync(job, g), c);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Job {Job} failed for commune {CommuneId}; the other communes go on", job, communeId);
                return 0;
            }
        }, cancellationToken);
    }

    public Task<bool> RunDeadlineRemindersAsync(CancellationToken cancellationToken) =>
        RunForEachCommuneAsync(DeadlineReminders, (s, c) => s.GetRequiredService<Features.Notifications.DeadlineReminders>().RunAsync(c), cancellationToken);

    /// <summary>
    /// Runs <paramref name="work"/> once per commune under one lease, renewed between passes when half
    /// of it has gone (a run over a hundred communes outlasts one lease), so no other instance starts the
    /// same job meanwhile. A lease lost all the same (this instance stalled past it and another took it)
    /// stops the run before the next commune. A commune whose pass fails (its mail server down, a bad
    /// setting) does not stop the others': it is logged and retried next run.
    /// </summary>
    /// <returns>Whether this instance ran the job this time.</returns>
    public Task<bool> RunForEachCommuneAsync(string job, Func<IServiceProvider, CancellationToken, Task<int>> work, CancellationToken cancellationToken) =>
        RunAsync(job, ct => scopes.ForEachCommuneAsync(async (services, c) =>
        {
            if (!await KeepAsync(job, c))
            {
                logger.LogWarning("Job {Job} lost its lease; commune {CommuneId} and the rest wait for the next run", job, services.GetRequiredService<CommuneScope>().CommuneId);
                return 0;
            }

            try
            {
                return await work(services, c);
            }
            catch (Exception e) when (e is not OperationCanceledException)
            {
                logger.LogError(e, "Job {Job} failed for commune {CommuneId}; the other communes go on", job, services.GetRequiredService<CommuneScope>().CommuneId);
                return 0;
            }
        }, ct), cancellationToken);

    private DateTimeOffset _leaseUntil;

    private bool _leaseLost;

    /// <summary>Whether the lease is still this instance's, renewing it once half of it has gone.</summary>
    private async Task<bool> KeepAsync(string job, CancellationToken cancellationToken)
    {
        var now = clock.GetUtcNow();
        if (_leaseLost || now < _leaseUntil - (LeaseLength / 2))
        {
            return !_leaseLost;
        }

        db.ChangeTracker.Clear();
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("job:" + job, cancellationToken);
        var lease = await db.JobLeases.SingleOrDefaultAsync(l => l.Job == job, cancellationToken);
        if (lease is null || lease.Holder != instance.Id)
        {
            _leaseLost = true;
            return false;
        }

        _leaseUntil = now + LeaseLength;
        lease.Take(instance.Id, _leaseUntil);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task<bool> RunAsync(string job, Func<CancellationToken, Task<int>> work, CancellationToken cancellationToken)
    {
        if (!await TryTakeAsync(job, cancellationToken))
        {
            logger.LogDebug("Job {Job} is run by another instance this time", job);
            return false;
        }

        try
        {
            await work(cancellationToken);
            return true;
        }
        finally
        {
            await ReleaseAsync(job, CancellationToken.None);
        }
    }

    private async Task<bool> TryTakeAsync(string job, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync("job:" + job, cancellationToken);
        var now = clock.GetUtcNow();
        var lease = await db.JobLeases.SingleOrDefaultAsync(l => l.Job == job, cancellationToken);
        if (lease is null)
        {
            db.JobLeases.Add(new JobLease(job, instance.Id, now + LeaseLength));
        }
        else if (lease.IsFree(now))
        {
            lease.Take(instance.Id, now + LeaseLength);
        }
        else
        {
            return false;
        }

        (_leaseUntil, _leaseLost) = (now + LeaseLength, false);

        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return true;
    }

    private async Task ReleaseAsync(string job, CancellationToken cancellationToken)
    {
        db.ChangeTracker.Clear();
        var lease = await db.JobLeases.SingleOrDefaultAsync(l => l.Job == job && l.Holder == instance.Id, cancellationToken);
        lease?.Release(clock.GetUtcNow());
        await db.SaveChangesAsync(cancellationToken);
    }
}
