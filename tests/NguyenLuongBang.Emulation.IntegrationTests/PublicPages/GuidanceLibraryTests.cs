using System.Globalization;
using System.Net;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.IntegrationTests.Reports;

namespace NguyenLuongBang.Emulation.IntegrationTests.PublicPages;

/// <summary>The guidance library: published by Phòng VH-XH, public or for units only, new ones rung in the bell, withdrawn but never deleted.</summary>
public sealed class GuidanceLibraryTests(PortalFactory factory) : IClassFixture<PortalFactory>
{
    private static string Id(int id) => id.ToString(CultureInfo.InvariantCulture);

    private static async Task<HttpResponseMessage> PublishAsync(HttpClient reviewer, string title, bool isPublic, byte[] file, string fileName, string category = "Guidance")
    {
        var token = await reviewer.AntiforgeryTokenAsync("/Van-ban");
        using var content = new MultipartFormDataContent
        {
            { new StringContent(token), "__RequestVerificationToken" },
            { new StringContent(title), "Title" },
            { new StringContent("05/HD-VHXH"), "Number" },
            { new StringContent("2026-11-20"), "IssuedOn" },
            { new StringContent("Phòng Văn hóa - Xã hội"), "Issuer" },
            { new StringContent(category), "Category" },
            { new StringContent(isPublic ? "true" : "false"), "IsPublic" },
            { new ByteArrayContent(file), "file", fileName },
        };
        return await reviewer.PostAsync("/Van-ban", content);
    }

    [Fact]
    public async Task Documents_are_shown_by_visibility_new_ones_ring_the_bell_and_withdrawn_ones_stay_listed()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        var demoDocuments = await factory.WithDatabaseAsync(db => db.GuidanceDocuments.CountAsync());
        await unit.GetStringAsync("/Van-ban");   // the unit's last visit, before these are published
        factory.Clock.Advance(TimeSpan.FromMinutes(5));

        var publicTitle = "Hướng dẫn báo cáo năm 2026 <svg onload=alert(1)>";
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(reviewer, publicTitle, true, EvidenceSamples.Pdf, "huong-dan.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Redirect, (await PublishAsync(reviewer, "Mẫu báo cáo nội bộ", false, EvidenceSamples.Docx, "mau.docx", "ReportTemplate")).StatusCode);
        var ids = await factory.WithDatabaseAsync(db => db.GuidanceDocuments.OrderBy(d => d.Id).Skip(demoDocuments).Select(d => new { d.Id, d.Title, d.IsPublic }).ToListAsync());
        Assert.Equal(publicTitle, ids[0].Title);
        var publicId = Id(ids[0].Id);
        var internalId = Id(ids[1].Id);

        // The public sees the public one only, and cannot fetch the other's file.
        var anonymous = factory.CreatePortalClient();
        var publicList = await anonymous.GetStringAsync("/Van-ban");
        Assert.Contains("Hướng dẫn báo cáo năm 2026 &lt;svg onload=alert(1)&gt;", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain("<svg onload", publicList, StringComparison.Ordinal);
        Assert.DoesNotContain("Mẫu báo cáo nội bộ", publicList, StringComparison.Ordinal);
        var download = await anonymous.GetAsync($"/Van-ban/{publicId}/Tep");
        Assert.Equal(HttpStatusCode.OK, download.StatusCode);
        Assert.Equal(EvidenceSamples.Pdf, await download.Content.ReadAsByteArrayAsync());
        Assert.Equal(HttpStatusCode.NotFound, (await anonymous.GetAsync($"/Van-ban/{internalId}/Tep")).StatusCode);
        Assert.DoesNotContain("Đăng văn bản mới", publicList, StringComparison.Ordinal);

        // The unit sees both, both new since its last visit, and its bell rang.
        var unitList = await unit.GetStringAsync("/Van-ban");
        Assert.Contains("Mẫu báo cáo nội bộ", unitList, StringComparison.Ordinal);
        Assert.Contains("Có 2 văn bản mới", unitList, StringComparison.Ordinal);
        Assert.Equal(HttpStatusCode.OK, (await unit.GetAsync($"/Van-ban/{internalId}/Tep")).StatusCode);
        Assert.DoesNotContain("Có 2 văn bản mới", await unit.GetStringAsync("/Van-ban"), StringComparison.Ordinal);
        Assert.Contains("văn bản mới: Mẫu báo cáo nội bộ", await unit.GetStringAsync("/Notifications"), StringComparison.Ordinal);
        Assert.DoesNotContain("Đăng văn bản mới", unitList, StringComparison.Ordinal);

        // Withdrawn with a reason (none: refused), still listed as withdrawn, still one row.
        var noReason = await reviewer.PostFormAsync("/Van-ban", $"/Van-ban/{publicId}/Thu-hoi", new Dictionary<string, string> { ["reason"] = " " });
        Assert.Equal(HttpStatusCode.Redirect, noReason.StatusCode);
        Assert.Contains("Lý do thu hồi không được để trống", await reviewer.GetStringAsync("/Van-ban"), StringComparison.Ordinal);
        var twice = await Task.WhenAll(Enumerable.Range(0, 2).Select(_ =>
            reviewer.PostFormAsync("/Van-ban", $"/Van-ban/{publicId}/Thu-hoi", new Dictionary<string, string> { ["reason"] = "Thay bằng hướng dẫn số 06." })));
        Assert.All(twice, r => Assert.Equal(HttpStatusCode.Redirect, r.StatusCode));
        var after = await anonymous.GetStringAsync("/Van-ban");
        Assert.Contains("Đã thu hồi", after, StringComparison.Ordinal);
        Assert.Contains("Thay bằng hướng dẫn số 06.", after, StringComparison.Ordinal);
        Assert.Equal(demoDocuments + 2, await factory.WithDatabaseAsync(db => db.GuidanceDocuments.CountAsync()));
        Assert.Equal(1, await factory.WithDatabaseAsync(db => db.AuditEntries.CountAsync(a => a.Action == "Thu hồi văn bản hướng dẫn")));
    }

    [Fact]
    public async Task A_file_that_is_not_what_its_name_says_is_refused_with_the_typed_fields_back()
    {
        var reviewer = factory.CreatePortalClient();
        await reviewer.SignInAsync("chuyenvien@nlb.example");
        var before = await factory.WithDatabaseAsync(db => db.GuidanceDocuments.CountAsync());
        var refused = await PublishAsync(reviewer, "Kế hoạch giả mạo “ngoặc kép”", true, EvidenceSamples.Exe, "ke-hoach.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var html = await refused.Content.ReadAsStringAsync();
        Assert.Contains("value=\"Kế hoạch giả mạo “ngoặc kép”\"", html, StringComparison.Ordinal);
        Assert.Contains("value=\"05/HD-VHXH\"", html, StringComparison.Ordinal);
        Assert.Equal(before, await factory.WithDatabaseAsync(db => db.GuidanceDocuments.CountAsync()));

        var missing = await PublishAsync(reviewer, "", true, EvidenceSamples.Pdf, "a.pdf");
        Assert.Equal(HttpStatusCode.UnprocessableEntity, missing.StatusCode);
        Assert.Contains("Vui lòng nhập tên văn bản.", await missing.Content.ReadAsStringAsync(), StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_unit_can_neither_publish_nor_withdraw()
    {
        var unit = factory.CreatePortalClient();
        await unit.SignInAsync("tieuhoc@nlb.example");
        Assert.Equal(HttpStatusCode.Forbidden, (await PublishAsync(unit, "Văn bản của đơn vị", true, EvidenceSamples.Pdf, "a.pdf")).StatusCode);
        Assert.Equal(HttpStatusCode.Forbidden, (await unit.PostFormAsync("/Van-ban", "/Van-ban/1/Thu-hoi", new Dictionary<string, string> { ["reason"] = "x" })).StatusCode);
        Assert.False(await factory.WithDatabaseAsync(db => db.GuidanceDocuments.AnyAsync(d => d.Title == "Văn bản của đơn vị")));
    }
}
