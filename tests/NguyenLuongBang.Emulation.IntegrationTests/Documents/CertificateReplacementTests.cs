using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;

namespace NguyenLuongBang.Emulation.IntegrationTests.Documents;

/// <summary>A correcting decision replaces its predecessor's Giấy khen: the public check and the register say by which number, or that it was revoked.</summary>
public sealed class CertificateReplacementTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private sealed record Held(int NominationId, string Number, string Code);

    private sealed record Decision(int Id, string Number);

    private Task<List<Held>> CertificatesOfAsync(Decision decision) => factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.Id == decision.Id)
        .SelectMany(d => d.Lines).OrderBy(l => l.CertificateNumber)
        .Select(l => new Held(l.NominationId, l.CertificateDocument!.Number, l.CertificateDocument.VerificationCode!)).ToListAsync());

    private async Task<string> PublicPageAsync(string code) =>
        WebUtility.HtmlDecode(await factory.CreatePortalClient().GetStringAsync($"/Xac-thuc/{code}"));

    /// <summary>The chairman corrects the round's latest decision through its form, keeping the lines of these nominations.</summary>
    private async Task<Decision> CorrectAsync(HttpClient chairman, string reason, Func<int, bool> keepNomination)
    {
        var latest = await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.RoundYear == 2025 && !db.AwardDecisions.Any(n => n.CorrectsDecisionId == d.Id))
            .Select(d => new { d.Id, Lines = d.Lines.Select(l => new { l.Id, l.NominationId }).ToList() }).SingleAsync());
        var form = HtmlForm.Parse(await chairman.GetStringAsync("/Awards/2025"), $"correct-{latest.Id.ToString(CultureInfo.InvariantCulture)}")
            .Set("reason", reason).Remove("keep");
        foreach (var line in latest.Lines.Where(l => keepNomination(l.NominationId)))
        {
            form.Add("keep", line.Id.ToString(CultureInfo.InvariantCulture));
        }

        var response = await form.PostAsync(chairman);
        Assert.Equal(HttpStatusCode.Redirect, response.StatusCode);
        Assert.DoesNotContain("alert-danger", await chairman.GetStringAsync(response.Headers.Location!.OriginalString), StringComparison.Ordinal);
        return await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.CorrectsDecisionId == latest.Id).Select(d => new Decision(d.Id, d.Number)).SingleAsync());
    }

    [Fact]
    public async Task Corrected_decisions_mark_their_certificates_replaced_by_the_new_number_and_a_dropped_awardee_revoked()
    {
        var firstDecision = await factory.WithDatabaseAsync(db => db.AwardDecisions.Where(d => d.RoundYear == 2025).Select(d => new Decision(d.Id, d.Number)).SingleAsync());
        var first = await CertificatesOfAsync(firstDecision);
        Assert.True(first.Count >= 2, "the demo's decision awards at least two");
        var chairman = factory.CreatePortalClient();
        await chairman.SignInAsync("chutich@nlb.example");

        // First correction keeps everyone: each old Giấy khen names the awardee's new one.
        var secondDecision = await CorrectAsync(chairman, "Sai chức vụ", _ => true);
        var second = await CertificatesOfAsync(secondDecision);
        foreach (var old in first)
        {
            var renewed = second.Single(c => c.NominationId == old.NominationId);
            var page = await PublicPageAsync(old.Code);
            Assert.Contains($"bởi văn bản số {renewed.Number}", page, StringComparison.Ordinal);
            Assert.Contains($"Quyết định số {secondDecision.Number}", page, StringComparison.Ordinal);
            Assert.Contains($"/Xac-thuc/{renewed.Code}", page, StringComparison.Ordinal);
            Assert.DoesNotContain("id=\"in-force\"", page, StringComparison.Ordinal);
        }

        // Second correction leaves one awardee out: that awardee's certificate is revoked, the others replaced again.
        var dropped = first[0].NominationId;
        var thirdDecision = await CorrectAsync(chairman, "Không đủ điều kiện", n => n != dropped);
        var third = await CertificatesOfAsync(thirdDecision);
        Assert.DoesNotContain(third, c => c.NominationId == dropped);
        var revoked = await PublicPageAsync(second.Single(c => c.NominationId == dropped).Code);
        Assert.Contains("id=\"revoked\"", revoked, StringComparison.Ordinal);
        Assert.Contains("đã bị thu hồi", revoked, StringComparison.Ordinal);
        Assert.Contains($"Quyết định số {thirdDecision.Number}", revoked, StringComparison.Ordinal);
        Assert.DoesNotContain("id=\"in-force\"", revoked, StringComparison.Ordinal);

        // One certificate in force per awardee: the latest; none for the one left out.
        foreach (var nomination in first.Select(c => c.NominationId))
        {
            var inForce = 0;
            foreach (var held in first.Concat(second).Concat(third).Where(c => c.NominationId == nomination))
            {
                inForce += (await PublicPageAsync(held.Code)).Contains("id=\"in-force\"", StringComparison.Ordinal) ? 1 : 0;
            }

            Assert.Equal(nomination == dropped ? 0 : 1, inForce);
        }

        // The register shows the same, on the line of each certificate.
        var admin = factory.CreatePortalClient();
        await admin.SignInAsync("quantri@nlb.example");
        var year = await factory.WithDatabaseAsync(db => db.DocumentRegister.Where(r => r.TypeCode == "GK").MaxAsync(r => r.Year));
        var register = WebUtility.HtmlDecode(await admin.GetStringAsync($"/Admin/Register?year={year.ToString(CultureInfo.InvariantCulture)}&type=GK"));
        Assert.Contains($"Đã thu hồi theo {thirdDecision.Number}", register, StringComparison.Ordinal);
        var kept = second.First(c => c.NominationId != dropped);
        Assert.Contains($"Đã được thay thế bởi {third.Single(c => c.NominationId == kept.NominationId).Number} (theo {thirdDecision.Number})", register, StringComparison.Ordinal);
    }
}
