using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Nominations;

/// <summary>From nomination to printed certificate through HTTP, with every role's forbidden paths.</summary>
public class AwardDossierTests(BlankRoundPortalFactory factory) : IClassFixture<BlankRoundPortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    [Fact]
    public async Task Nomination_to_decision_certificates_and_correction()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");

        // 1. One nominee taken over from a unit's report, one created here (the form keeps what was typed when refused).
        var proposal = await factory.WithDatabaseAsync(db => db.Set<Domain.Reports.ProposedCommendation>().Where(p => p.NomineeName == "Nguyễn Thị Hằng")
            .Join(db.AnnualReports, p => p.AnnualReportId, r => r.Id, (p, r) => new { p.Id, r.UnitId }).FirstAsync());
        await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/FromProposal/{Id(proposal.Id)}", new Dictionary<string, string>());
        var refused = await HtmlForm.Parse(await reviewer.GetStringAsync("/Nominations/2025/New"), "nomination-form")
            .Set("Kind", "Collective").Set("NomineeName", "").Set("UnitId", Id(proposal.UnitId)).Set("Achievement", "Tổ chức 12 lớp “Bình dân học vụ số” <b>cho người dân</b>.")
            .PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var refusedHtml = await refused.Content.ReadAsStringAsync();
        Assert.True(refusedHtml.Contains("Vui lòng nhập tên tập thể", StringComparison.Ordinal), refusedHtml[refusedHtml.IndexOf("<main", StringComparison.Ordinal)..]);
        Assert.Contains("Tổ chức 12 lớp “Bình dân học vụ số” &lt;b&gt;cho người dân&lt;/b&gt;.", refusedHtml);
        var created = await HtmlForm.Parse(refusedHtml, "nomination-form").Set("NomineeName", "Tổ Số hóa thôn Đông").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var ids = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.RoundYear == 2025).OrderBy(n => n.Id).Select(n => n.Id).ToListAsync());
        Assert.Equal(2, ids.Count);
        foreach (var id in ids)
        {
            await reviewer.PostFormAsync("/Nominations/2025", $"/Nominations/2025/{Id(id)}/Post", new Dictionary<string, string>());
        }

        // A week later the posting has ended (a new working day, a new sign-in).
        factory.Clock.Advance(TimeSpan.FromDays(8));
        await reviewer.SignInAsync("chuyenvien@nlb.example");

        // 2. An objection during posting keeps the nominee from the council until it is resolved.
        var list = await reviewer.GetStringAsync("/Nominations/2025");
        await HtmlForm.Parse(list, $"object-{Id(ids[1])}").Set("fromWhom", "Ông Trần Văn Bình, thôn Đông").Set("content", "Số lớp kê khai chưa đúng.").PostAsync(reviewer);
        var blocked = await HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2025"), "session-form").Set("heldOn", "2026-11-26").PostAsync(reviewer);
        Assert.Contains("phản ánh", await blocked.Content.ReadAsStringAsync());
        var objectionId = await factory.WithDatabaseAsync(db => db.Set<NominationObjection>().Select(o => o.Id).SingleAsync());
        await HtmlForm.Parse(await reviewer.GetStringAsync("/Nominations/2025"), $"resolve-{Id(objectionId)}").Set("resolution", "Đã xác minh: 12 lớp là đúng.").PostAsync(reviewer);

        // 3. Council: four members agree; closing gives the minutes a register number.
        var opened = await HtmlForm.Parse(await reviewer.GetStringAsync("/Council/New?round=2025"), "session-form").Set("heldOn", "2026-11-26").Set("place", "Hội trường UBND xã").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, opened.StatusCode);
        var session = opened.Headers.Location!.OriginalString;
        foreach (var email in new[] { "hoidong1@nlb.example", "hoidong2@nlb.example", "hoidong3@nlb.example", "chutich@nlb.example" })
        {
            var member = factory.CreatePortalClient();
            await member.SignInAsync(email);
            foreach (var id in ids)
            {
                await HtmlForm.Parse(await member.GetStringAsync(session), $"vote-{Id(id)}").PostAsync(member, "choice", "Agree");
            }
        }

        await HtmlForm.Parse(await reviewer.GetStringAsync(session), "close-form").PostAsync(reviewer);
        var minutes = await (await reviewer.GetAsync($"{session}/Minutes.pdf")).PdfTextAsync();
        Assert.Contains("BIÊN BẢN", minutes);
        Assert.Contains("01/BB-HĐTĐKT", minutes);
        Assert.Contains("Tổ Số hóa thôn Đông", minutes);
        Assert.Contains("Thông qua", minutes);

        // 4. The culture office's tờ trình gets its number and lists the council's results.
        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await reviewer.GetStringAsync("/Awards/2025"), "proposal-form").PostAsync(reviewer)).StatusCode);
        var proposalPdf = await (await reviewer.GetAsync("/Awards/2025/Proposal.pdf?target=Chairman")).PdfTextAsync();
        Assert.Contains("TỜ TRÌNH", proposalPdf);
        Assert.Contains("01/TTr-VHXH", proposalPdf);
        Assert.Contains("Nguyễn Thị Hằng", proposalPdf);

        // 5. Forbidden paths: a council member and a unit user see no dossier; the reviewer cannot sign.
        var councillor = factory.CreatePortalClient();
        await councillor.SignInAsync("hoidong1@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync("/Awards/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await councillor.GetAsync("/Awards/History?q=hang")).StatusCode);
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/Awards/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.GetAsync("/Nominations/2025")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await reviewer.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string> { ["signer"] = "Chairman" })).StatusCode);

        // 6. The chairman approves both and signs, as vice-chairman for the chairman.
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        Assert.Contains("/Awards/2025/Proposal.pdf?target=Chairman", await chairman.GetStringAsync("/Approvals")); // the tờ trình beside the decisions
        foreach (var id in ids)
        {
            await HtmlForm.Parse(await chairman.GetStringAsync("/Approvals"), $"decide-{Id(id)}").PostAsync(chairman, "approve", "true");
        }

        var signed = await HtmlForm.Parse(await chairman.GetStringAsync("/Awards/2025"), "decision-form").Set("signer", "ViceChairman").PostAsync(chairman);
        Assert.Equal(HttpStatusCode.Redirect, signed.StatusCode);
        var decision = await factory.WithDatabaseAsync(db => db.AwardDecisions.Include(d => d.Lines).SingleAsync());
        Assert.Equal("01/QĐ-UBND", decision.Number);
        Assert.Equal("01/TTr-VHXH", decision.ProposalNumber);
        Assert.Equal(2_106_000m, decision.TotalAmount);
        Assert.Equal([1, 2], decision.Lines.Select(l => l.CertificateNumber).Order());

        var told = await factory.WithDatabaseAsync(db => db.Notifications
            .Where(n => db.Users.Any(u => u.Id == n.UserId && u.UnitId == proposal.UnitId)).Select(n => n.Text).ToListAsync());
        Assert.Contains(told, t => t.Contains("Quyết định số 01/QĐ-UBND", StringComparison.Ordinal) && t.Contains("Nguyễn Thị Hằng", StringComparison.Ordinal));
        var decisionPdf = await (await chairman.GetAsync($"/Awards/2025/Decision/{Id(decision.Id)}.pdf")).PdfTextAsync();
        foreach (var expected in new[] { "QUYẾT ĐỊNH", "01/QĐ-UBND", "KT. CHỦ TỊCH", "PHÓ CHỦ TỊCH", "Đoàn Văn Cát", "Điều 1.", "1.404.000", "702.000", "2.106.000", "01/TTr-VHXH", "Nguyễn Thị Hằng" })
        {
            Assert.Contains(expected, decisionPdf);
        }

        var word = await chairman.GetAsync($"/Awards/2025/Decision/{Id(decision.Id)}.docx");
        Assert.Equal(HttpStatusCode.OK, word.StatusCode);
        Assert.Equal((byte)'P', (await word.Content.ReadAsByteArrayAsync())[0]);

        var certificates = await chairman.GetAsync($"/Awards/2025/Decision/{Id(decision.Id)}/Certificates.pdf");
        using (var pdf = PdfDocument.Open(await certificates.Content.ReadAsByteArrayAsync()))
        {
            Assert.Equal(2, pdf.NumberOfPages);
            Assert.True(pdf.GetPage(1).Width > pdf.GetPage(1).Height);
        }

        var hang = decision.Lines.Single(l => l.NomineeName == "Nguyễn Thị Hằng");
        var one = await (await reviewer.GetAsync($"/Awards/2025/Decision/{Id(decision.Id)}/Certificates.pdf?line={Id(hang.Id)}")).PdfTextAsync();
        Assert.Contains("GIẤY KHEN", one);
        Assert.Contains("Nguyễn Thị Hằng", one);
        Assert.Contains($"Số vào sổ: {hang.CertificateNumber:00}/GK-UBND", one);
        Assert.DoesNotContain("Tổ Số hóa thôn Đông", one);

        // Signing again finds nobody left; the register shows the decision and both certificates.
        var twice = await chairman.PostFormAsync("/Awards/2025", "/Awards/2025/Decision", new Dictionary<string, string> { ["signer"] = "Chairman" });
        Assert.Contains("Không có tập thể, cá nhân nào", await chairman.GetStringAsync(twice.Headers.Location!.OriginalString));
        Assert.Equal(3, await factory.WithDatabaseAsync(db => db.DocumentRegister.CountAsync(d => d.TypeCode == "QĐ" || d.TypeCode == "GK")));

        // 7. A correction is a new decision naming the old one, which stays as issued.
        var correct = HtmlForm.Parse(await chairman.GetStringAsync("/Awards/2025"), $"correct-{Id(decision.Id)}")
            .Set("reason", "Ghi sai tên tổ").Set($"names[{Id(decision.Lines.Single(l => l.NomineeKind == NomineeKind.Collective).Id)}]", "Tổ Số hóa cộng đồng");
        var corrected = await correct.PostAsync(chairman);
        Assert.True(corrected.StatusCode == HttpStatusCode.Redirect, await corrected.Content.ReadAsStringAsync());
        var decisions = await factory.WithDatabaseAsync(db => db.AwardDecisions.Include(d => d.Lines).OrderBy(d => d.Id).ToListAsync());
        Assert.Equal(2, decisions.Count);
        Assert.Equal("Tổ Số hóa thôn Đông", decisions[0].Lines.Single(l => l.NomineeKind == NomineeKind.Collective).NomineeName);
        Assert.Equal("02/QĐ-UBND", decisions[1].Number);
        Assert.Equal("01/QĐ-UBND", decisions[1].CorrectsNumber);
        Assert.Contains(decisions[1].Lines, l => l.NomineeName == "Tổ Số hóa cộng đồng");
        var correctionPdf = await (await chairman.GetAsync($"/Awards/2025/Decision/{Id(decisions[1].Id)}.pdf")).PdfTextAsync();
        Assert.Contains("thay thế Quyết định số 01/QĐ-UBND", correctionPdf);
        var stale = await chairman.PostFormAsync("/Awards/2025", $"/Awards/2025/Decision/{Id(decision.Id)}/Correct",
            new Dictionary<string, string> { ["reason"] = "Lần nữa", ["signer"] = "Chairman", ["keep"] = Id(decision.Lines.First().Id) });
        Assert.Contains("đã được thay thế", await chairman.GetStringAsync(stale.Headers.Location!.OriginalString));

        // 8. History search ignores marks and case and shows the latest decision; every step left an audit row.
        var history = await reviewer.GetStringAsync("/Awards/History?q=nguyen%20thi%20HANG");
        Assert.Contains("Nguyễn Thị Hằng", history);
        Assert.Contains("02/QĐ-UBND", history);
        Assert.DoesNotContain("Tổ Số hóa", history);
        var audited = await factory.WithDatabaseAsync(db => db.AuditEntries.Select(a => a.Action).ToListAsync());
        foreach (var action in new[] { "Lập đề nghị khen thưởng", "Ghi nhận ý kiến phản ánh", "Giải quyết ý kiến phản ánh", "Ban hành tờ trình", "Ban hành quyết định khen thưởng", "Ban hành quyết định thay thế" })
        {
            Assert.Contains(action, audited);
        }
    }

    [Fact]
    public async Task Approved_city_proposal_goes_up_with_a_numbered_tờ_trình()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var unitId = await factory.WithDatabaseAsync(db => db.AnnualReports.Where(r => r.Year == 2026 && r.Status == Domain.Reports.ReportStatus.Accepted).Select(r => r.UnitId).FirstAsync());
        var created = await HtmlForm.Parse(await reviewer.GetStringAsync("/Nominations/2026/New"), "nomination-form")
            .Set("Kind", "Collective").Set("NomineeName", "Tổ Số hóa").Set("UnitId", Id(unitId))
            .Set("AwardForm", "CityCertificate").Set("Achievement", "Dẫn đầu chuyển đổi số của xã.").PostAsync(reviewer);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var id = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.NomineeName == "Tổ Số hóa").Select(n => n.Id).SingleAsync());

        // Move it through posting, council and approval in the database: the HTTP path is the test above.
        await factory.WithDatabaseAsync(async db =>
        {
            var n = await db.Nominations.Include(x => x.Objections).SingleAsync(x => x.Id == id);
            var by = new Domain.Common.Actor("test", "Kiểm thử");
            var now = DateTimeOffset.UtcNow;
            n.Post(7, by, now.AddDays(-8));
            n.SendToCouncil(by, now, []);
            n.RecordCouncilResult(true, "5 đồng ý", by, now);
            n.Approve(by, now, null);
            await db.SaveChangesAsync();
            return 0;
        });

        // Without its achievement report the tờ trình is refused, and no number is taken.
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");
        var awards = await chairman.GetStringAsync("/Awards/2026");
        Assert.Contains("Hồ sơ: 3/6 phần — còn thiếu", awards);
        var refused = await HtmlForm.Parse(awards, "city-form").PostAsync(chairman);
        Assert.Equal(HttpStatusCode.Redirect, refused.StatusCode);
        Assert.Contains("hồ sơ đề nghị của Tổ Số hóa chưa đầy đủ", await chairman.GetStringAsync(refused.Headers.Location!.OriginalString));
        Assert.Null(await factory.WithDatabaseAsync(db => db.Nominations.AsNoTracking().Where(n => n.Id == id).Select(n => n.City).SingleAsync()));
        // (That no number was taken shows below: the tờ trình that goes up is number 01.)

        // The reviewer writes the report from the draft, completes it; the checklist is full.
        var dossierUrl = $"/Awards/2026/Dossier/{Id(id)}";
        var draft = await reviewer.GetStringAsync(dossierUrl);
        Assert.Contains("Dẫn đầu chuyển đổi số của xã.", draft);
        await HtmlForm.Parse(draft, "dossier-form").Set("overview", "Tổ có 7 thành viên, thành lập năm 2025.").Set("honours", "Chưa có.")
            .Set("certifierName", "Nguyễn Văn Trưởng").Set("certifierTitle", "Trưởng thôn").PostAsync(reviewer);
        await HtmlForm.Parse(await reviewer.GetStringAsync(dossierUrl), "complete-form").PostAsync(reviewer);
        Assert.Contains("Danh mục hồ sơ (6/6)", await reviewer.GetStringAsync(dossierUrl));

        Assert.Equal(HttpStatusCode.Redirect, (await HtmlForm.Parse(await chairman.GetStringAsync("/Awards/2026"), "city-form").PostAsync(chairman)).StatusCode);
        var number = await factory.WithDatabaseAsync(db => db.Nominations.Where(n => n.Id == id).Select(n => n.City!.SubmissionNumber).SingleAsync());
        Assert.Equal("01/TTr-UBND", number);
        var text = await (await chairman.GetAsync("/Awards/2026/Proposal.pdf?target=City")).PdfTextAsync();
        Assert.Contains("Bằng khen", text);
        Assert.Contains("01/TTr-UBND", text);
        Assert.Contains("Tổ Số hóa", text);
        Assert.True(text.Contains("Ủy ban nhân dân thành phố Hải Phòng", StringComparison.Ordinal), text);
        Assert.DoesNotContain("city-form", await chairman.GetStringAsync("/Awards/2026"));
    }
}
