using System.Globalization;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Notifications;

/// <summary>
/// How long the outbox waits for a commune's mail server, from configuration (section <c>Smtp</c>):
/// <c>ConnectTimeoutSeconds</c> (10) for the server to take the connection and greet,
/// <c>SendTimeoutSeconds</c> (30) for one message, <c>PassSeconds</c> (120) for one commune's pass
/// before its remaining mail waits for the next round, and <c>ParallelCommunes</c> (4) passes at once
/// on one instance. A pass must end inside its lease, so the three times together stay under it.
/// </summary>
public sealed class MailLimits
{
    public TimeSpan Connect { get; private init; } = TimeSpan.FromSeconds(10);

    public TimeSpan Send { get; private init; } = TimeSpan.FromSeconds(30);

    public TimeSpan Pass { get; private init; } = TimeSpan.FromMinutes(2);

    public int ParallelCommunes { get; private init; } = 4;

    public static MailLimits From(IConfiguration configuration)
    {
        ArgumentNullException.ThrowIfNull(configuration);
        var defaults = new MailLimits();
        var limits = new MailLimits
        {
            Connect = Seconds(configuration, "Smtp:ConnectTimeoutSeconds", defaults.Connect),
            Send = Seconds(configuration, "Smtp:SendTimeoutSeconds", defaults.Send),
            Pass = Seconds(configuration, "Smtp:PassSeconds", defaults.Pass),
            ParallelCommunes = configuration.GetValue("Smtp:ParallelCommunes", defaults.ParallelCommunes),
        };
        if (limits.ParallelCommunes is < 1 or > 64)
        {
            throw new InvalidOperationException("Smtp:ParallelCommunes must be from 1 to 64.");
        }

        // The last message may start just before the pass ends and then take its whole send limit.
        if (limits.Connect + limits.Pass + limits.Send > BackgroundJobs.LeaseLength - TimeSpan.FromMinutes(1))
        {
            throw new InvalidOperationException(
                $"Smtp:ConnectTimeoutSeconds + Smtp:PassSeconds + Smtp:SendTimeoutSeconds must stay a minute under the job lease ({BackgroundJobs.LeaseLength.TotalMinutes} minutes), so that no other instance takes a commune's outbox while a pass still sends.");
        }

        return limits;
    }

    /// <summary>"2" or "0,5": a limit as the administrator reads it.</summary>
    public static string InSeconds(TimeSpan limit) => limit.TotalSeconds.ToString("0.#", CultureInfo.GetCultureInfo("vi-VN"));

    private static TimeSpan Seconds(IConfiguration configuration, string key, TimeSpan fallback)
    {
        var seconds = configuration.GetValue(key, fallback.TotalSeconds);
        return seconds is > 0 and <= 600 && double.IsFinite(seconds)
            ? TimeSpan.FromSeconds(seconds)
            : throw new InvalidOperationException($"{key} must be a number of seconds above 0 and at most 600.");
    }
}
