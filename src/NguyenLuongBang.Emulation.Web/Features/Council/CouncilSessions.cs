using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Council;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Features.Awards;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Features.Nominations;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;

namespace NguyenLuongBang.Emulation.Web.Features.Council;

/// <summary>What the reviewer chose when opening a session.</summary>
public sealed record SessionOpening(DateOnly? HeldOn, string? Place, IReadOnlyList<string> Present, IReadOnlyList<int> Nominations, string? ChairUserId, string? SecretaryUserId);

/// <summary>
/// Opening and closing council sessions, one method per user action, each one transaction.
/// Closing decides every nominee, numbers the minutes and stores them as issued — with the chair
/// and secretary recorded when the session opened, whoever closes or downloads.
/// </summary>
public sealed class CouncilSessions(AppDbContext db, UserManager<AppUser> accounts, PortalSettings settings, NominationQueries nominations,
    AwardQueries awards, DocumentNumbers numbers, DocumentIssuer issuer, AuditLog audit, TimeProvider clock)
{
    /// <summary>The council's members, by name: who may be present, chair and take the minutes.</summary>
    public async Task<IReadOnlyList<AppUser>> MembersAsync() =>
        (await accounts.GetUsersInRoleAsync(Roles.CouncilMember)).OrderBy(u => u.FullName, StringComparer.Ordinal).ToList();

    public async Task<CouncilSession> OpenAsync(ReviewRound round, SessionOpening opening, Actor by, CancellationToken cancellationToken)
    {
        ArgumentNullException.ThrowIfNull(opening);
        var members = await MembersAsync();
        var eligibility = (await nominations.LoadAsync(round, cancellationToken)).Rows.ToDictionary(r => r.Nomination.Id, r => r.Eligibility);
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        await db.LockAsync($"council:{round.Code}", cancellationToken);
        var chosen = await db.Nominations.Include(n => n.Objections)
            .Where(n => opening.Nominations.Contains(n.Id) && n.RoundKind == round.Kind && n.RoundYear == round.Year).ToListAsync(cancellationToken);
        var now = clock.GetUtcNow();
        foreach (var nomination in chosen)
        {
            nomination.SendToCouncil(by, now, eligibility.GetValueOrDefault(nomination.Id) ?? []);
        }

        Actor Member(string? id, string role) => members.FirstOrDefault(m => m.Id == id)?.ToActor()
            ?? throw new DomainException($"Chọn {role} trong số thành viên Hội đồng có mặt.");
        var session = new CouncilSession(opening.HeldOn ?? VietnamTime.Today(clock), opening.Place ?? string.Empty, members.Count,
            opening.Present.Where(p => members.Any(m => m.Id == p)), chosen.Select(n => n.Id),
            await settings.FractionAsync(PortalSettings.QuorumKey), await settings.FractionAsync(PortalSettings.PassThresholdKey),
            Member(opening.ChairUserId, "chủ tọa"), Member(opening.SecretaryUserId, "thư ký"), by, now);
        db.CouncilSessions.Add(session);
        audit.Add("Mở phiên họp Hội đồng", "Phiên họp Hội đồng", null,
            $"{chosen.Count} đề nghị, {session.Present.Count}/{session.MemberCount} thành viên; chủ tọa {session.ChairName}, thư ký {session.SecretaryName}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session;
    }

    /// <summary>Corrects who is present, before the first vote (the session keeps its quorum, chair and secretary). Null when there is no such session.</summary>
    public async Task<CouncilSession?> CorrectAttendanceAsync(int id, IReadOnlyList<string> present, Actor by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await LoadAsync(id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var members = await MembersAsync();
        session.CorrectAttendance(present.Where(p => members.Any(m => m.Id == p)), by, clock.GetUtcNow());
        audit.Add("Sửa danh sách có mặt", "Phiên họp Hội đồng", id.ToString(PortalSetup.Vietnamese), $"{session.Present.Count}/{session.MemberCount} thành viên");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session;
    }

    /// <summary>Hoãn: ends a session that cannot decide; its nominees go back to posted for another session. Null when there is no such session.</summary>
    public async Task<CouncilSession?> AdjournAsync(int id, string? reason, Actor by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await LoadAsync(id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var agenda = session.Adjourn(reason ?? string.Empty, by, now);
        foreach (var nomination in await db.Nominations.Where(n => agenda.Contains(n.Id)).ToListAsync(cancellationToken))
        {
            nomination.ReturnFromCouncil(by, now, $"Phiên họp ngày {session.HeldOn:dd/MM/yyyy} hoãn: {reason}");
        }

        audit.Add("Hoãn phiên họp Hội đồng", "Phiên họp Hội đồng", id.ToString(PortalSetup.Vietnamese), reason);
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session;
    }

    private async Task<CouncilSession?> LoadAsync(int id, CancellationToken cancellationToken)
    {
        await db.LockAsync($"session:{id}", cancellationToken);
        return await db.CouncilSessions.Include(s => s.Votes).Include(s => s.Present).Include(s => s.Agenda).Include(s => s.History).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
    }

    /// <summary>Closes voting, records each nominee's result, numbers and stores the minutes. Null when there is no such session.</summary>
    public async Task<CouncilSession?> CloseAsync(int id, Actor by, CancellationToken cancellationToken)
    {
        await using var transaction = await db.Database.BeginTransactionAsync(cancellationToken);
        var session = await db.CouncilSessions.Include(s => s.Votes).Include(s => s.Present).Include(s => s.Agenda).AsSplitQuery()
            .SingleOrDefaultAsync(s => s.Id == id, cancellationToken);
        if (session is null)
        {
            return null;
        }

        var now = clock.GetUtcNow();
        var today = VietnamTime.Today(clock);
        var minutes = await numbers.TakeAsync(DocumentNumbers.Council, "BB", $"Biên bản họp Hội đồng Thi đua - Khen thưởng ngày {session.HeldOn:dd/MM/yyyy}", today, by, cancellationToken);

        // A session that cannot close refuses here; the transaction ends unsaved and the number was never taken.
        var results = session.Close(now, minutes.Number, by);
        var ids = results.Select(r => r.NominationId).ToList();
        var decided = await db.Nominations.Where(n => ids.Contains(n.Id)).ToListAsync(cancellationToken);
        foreach (var result in results)
        {
            decided.Single(n => n.Id == result.NominationId).RecordCouncilResult(result.Passed == true, result.Summary, by, now);
        }

        var document = AwardDocuments.Minutes(await awards.MinutesAsync(session, minutes.Number, today, cancellationToken));
        session.RecordMinutes(issuer.Issue(IssuedDocumentKind.CouncilMinutes, minutes, document, $"bien-ban-hoi-dong-{minutes.Sequence:00}-{today.Year}", by,
            signers: new SignerAccounts(session.ChairUserId, session.SecretaryUserId)));
        audit.Add("Kết thúc phiên họp Hội đồng", "Phiên họp Hội đồng", id.ToString(PortalSetup.Vietnamese),
            $"{results.Count(r => r.Passed == true)}/{results.Count} đề nghị được thông qua; biên bản {minutes.Number}");
        await db.SaveChangesAsync(cancellationToken);
        await transaction.CommitAsync(cancellationToken);
        return session;
    }
}
