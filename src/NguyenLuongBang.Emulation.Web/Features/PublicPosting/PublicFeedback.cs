using System.Threading.RateLimiting;
using FluentValidation;
using FluentValidation.AspNetCore;
using Microsoft.AspNetCore.Mvc.ModelBinding;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.PublicPosting;

/// <summary>
/// What became of a feedback form: received (with its reference), a robot's trap, refused by the address limit, or refused for a reason.
/// Kept beside <see cref="ChangeOutcome"/> because the public page needs more than done or refused: the
/// reference and time to show the sender, the trap answered as if received, and the address limit
/// answered 429 rather than 422.
/// </summary>
public sealed record FeedbackOutcome(string? Reference, DateTimeOffset? ReceivedAt, bool Trap, bool Limited, string? Problem);

/// <summary>
/// Receives feedback from the public posting page as an objection on the nominee. The same form
/// (its token) is received once however often it is sent; each address may send a limited number
/// per hour (Portal:FeedbackPermitsPerHour, default 5); a filled honeypot stores nothing.
/// </summary>
public sealed class PublicFeedback(AppDbContext db, RecordChanges changes, FeedbackLimiter limiter, TimeProvider clock, ILogger<PublicFeedback> logger)
{
    public async Task<FeedbackOutcome> ReceiveAsync(int nominationId, FeedbackForm form, IValidator<FeedbackForm> validator, ModelStateDictionary modelState,
        string? address, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(form);
        ArgumentNullException.ThrowIfNull(validator);
        if (!string.IsNullOrEmpty(form.Website))
        {
            logger.LogWarning("Feedback on nomination {NominationId} from {Address} filled the honeypot; not stored", nominationId, address);
            return new FeedbackOutcome(null, null, true, false, null);
        }

        (await validator.ValidateAsync(form, cancellationToken)).AddToModelState(modelState);
        if (!modelState.IsValid)
        {
            return new FeedbackOutcome(null, null, false, false, null);
        }

        // One form at a time per nomination (feedback is rare): copies of one form sent at once wait here, then
        // find the first one's and answer with it, without using up the sender's permits.
        FeedbackOutcome? earlier = null, received = null;
        var limited = false;
        ChangeOutcome outcome;
        try
        {
            outcome = await changes.RunAsync($"feedback:{nominationId}", async ct =>
            {
                // A form sent again (double click, reload) answers with what was received the first time.
                earlier = await ExistingAsync(form.Token, ct);
                if (earlier is not null)
                {
                    return Change.Already(string.Empty);
                }

                using var lease = limiter.Acquire(address ?? "local");
                if (!lease.IsAcquired)
                {
                    limited = true;
                    throw new DomainException("Địa chỉ của bạn đã gửi nhiều ý kiến trong một giờ qua; vui lòng thử lại sau. Nội dung bạn đã nhập vẫn còn dưới đây.");
                }

                var nomination = await db.Nominations.Include(n => n.Objections).SingleAsync(n => n.Id == nominationId, ct);
                var objection = nomination.ReceiveFeedback(form.SenderName, form.Contact, form.Content, NewReference(), form.Token, clock.GetUtcNow());
                received = new FeedbackOutcome(objection.Reference, objection.RecordedAt, false, false, null);
                return new Change("Nhận ý kiến phản ánh trực tuyến", "Đề nghị khen thưởng", nominationId.ToString(PortalSetup.Vietnamese), $"Số tiếp nhận {objection.Reference}",
                    string.Empty) { UserName = NominationObjection.PublicSender.Name };
            }, cancellationToken);
        }
        catch (DbUpdateException)
        {
            // The same form sent twice at once (another instance without the lock): the other request stored it; this one's work is rolled back.
            var raced = await ExistingAsync(form.Token, CancellationToken.None);
            if (raced is null)
            {
                throw;
            }

            return raced;
        }

        if (outcome.Result == ChangeResult.Refused)
        {
            return new FeedbackOutcome(null, null, false, limited, outcome.Message);
        }

        if (earlier is not null)
        {
            return earlier;
        }

        logger.LogInformation("Feedback {Reference} received on nomination {NominationId}", received!.Reference, nominationId);
        return received;
    }

    private async Task<FeedbackOutcome?> ExistingAsync(Guid token, CancellationToken cancellationToken)
    {
        var earlier = await db.Set<NominationObjection>().AsNoTracking().Where(o => o.FormToken == token)
            .Select(o => new { o.Reference, o.RecordedAt }).SingleOrDefaultAsync(cancellationToken);
        return earlier is null ? null : new FeedbackOutcome(earlier.Reference, earlier.RecordedAt, false, false, null);
    }

    private static string NewReference() => FeedbackReference.Display(Domain.Documents.VerificationCode.New()[..FeedbackReference.Length]);

    /// <summary>What the public may read of the feedback a reference names: its nominee, when, and how it was resolved — never who sent it.</summary>
    public Task<FeedbackStatus?> LookUpAsync(string reference, CancellationToken cancellationToken) =>
        (from o in db.Set<NominationObjection>().AsNoTracking()
         where o.Reference == reference
         join n in db.Nominations on o.NominationId equals n.Id
         select new FeedbackStatus(o.Reference!, n.NomineeName, o.RecordedAt, o.Resolution, o.ResolvedAt))
        .SingleOrDefaultAsync(cancellationToken);
}

/// <summary>
/// "PA-7K3M-9QXD": short enough to read out on the phone, random (40 bits of Crockford's base 32)
/// so it says nothing about other feedback and cannot be counted through behind the look-up's rate limit.
/// </summary>
public static class FeedbackReference
{
    public const int Length = 8;

    public static string Display(string code) => $"PA-{code[..4]}-{code[4..]}";

    /// <summary>A typed reference in its stored form (case, dashes, spaces, the "PA" and look-alike letters forgiven), or null when it cannot be one.</summary>
    public static string? Normalize(string? typed)
    {
        var letters = new string((typed ?? string.Empty).Where(char.IsAsciiLetterOrDigit).Select(char.ToUpperInvariant).ToArray());
        if (letters.StartsWith("PA", StringComparison.Ordinal) && letters.Length == Length + 2)
        {
            letters = letters[2..];
        }

        var code = Domain.Documents.VerificationCode.Normalize(letters + new string('0', Domain.Documents.VerificationCode.Length - Length));
        return letters.Length == Length && code is not null ? Display(code[..Length]) : null;
    }
}

/// <summary>The public answer to a feedback reference.</summary>
public sealed record FeedbackStatus(string Reference, string NomineeName, DateTimeOffset ReceivedAt, string? Resolution, DateTimeOffset? ResolvedAt);

/// <summary>Feedback forms per client address and hour, counted by each instance (behind a balancer of N instances an address gets at most N times the limit: still no flood).</summary>
public sealed class FeedbackLimiter(IConfiguration configuration) : IDisposable
{
    private readonly PartitionedRateLimiter<string> _limiter = PartitionedRateLimiter.Create<string, string>(address =>
        RateLimitPartition.GetFixedWindowLimiter(address, _ => new FixedWindowRateLimiterOptions
        {
            PermitLimit = configuration.GetValue("Portal:FeedbackPermitsPerHour", 5),
            Window = TimeSpan.FromHours(1),
            QueueLimit = 0,
        }));

    public RateLimitLease Acquire(string address) => _limiter.AttemptAcquire(address);

    public void Dispose() => _limiter.Dispose();
}
