using System.Net;
using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using Microsoft.Extensions.DependencyInjection;
using NguyenLuongBang.Emulation.Domain.Communes;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.IntegrationTests.Infrastructure;
using NguyenLuongBang.Emulation.Web.Data.Seeding;
using NguyenLuongBang.Emulation.Web.Data;
using NguyenLuongBang.Emulation.Web.Documents;
using NguyenLuongBang.Emulation.Web.Features.DocumentRegister;
using NguyenLuongBang.Emulation.Web.Identity;
using NguyenLuongBang.Emulation.Web.Infrastructure;
using UglyToad.PdfPig;

namespace NguyenLuongBang.Emulation.IntegrationTests.Communes;

/// <summary>
/// A second commune in the same database (the demo's is the first): each signs in to its own data
/// only, through the one filter of the data layer; natural keys, numbers and the audit chain are
/// each commune's own. Runs on SQLite and on PostgreSQL.
/// </summary>
public class CommuneIsolationTests : IClassFixture<CommuneIsolationTests.TwoCommunes>
{
    internal const string AdminB = "quantri@anhai.example";
    internal const string StaffB = "vanphong@anhai.example";
    internal const string ReviewerB = "vhxh@anhai.example";
    internal const string CouncilB = "hoidong@anhai.example";
    internal const string ChairmanB = "chutich@anhai.example";
    private const string SharedUnitName = "Văn phòng HĐND và UBND xã";
    private const string OnlyInA = "Trường Trung học cơ sở Nguyễn Lương Bằng";

    private readonly TwoCommunes _portal;

    public CommuneIsolationTests(TwoCommunes portal) => _portal = portal;

    /// <summary>The demo portal plus phường An Hải, with its reference data (seeded by start-up for every commune), an administrator and one unit with its staff.</summary>
    public sealed class TwoCommunes : PortalFactory
    {
        protected override string SeedKind => SeedsAs<PortalFactory>();

        private readonly SemaphoreSlim _once = new(1, 1);

        public int CommuneB { get; private set; }

        public int UnitB { get; private set; }

        public string AdminBId { get; private set; } = string.Empty;

        public async Task EnsureAsync()
        {
            await _once.WaitAsync();
            try
            {
                if (CommuneB != 0)
                {
                    return;
                }

                using (var scope = Services.CreateScope())
                {
                    var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
                    var commune = new Commune("an-hai", "An Hải", CommuneKind.Phuong);
                    db.Communes.Add(commune);
                    await db.SaveChangesAsync();
                    CommuneB = commune.Id;
                    scope.ServiceProvider.GetRequiredService<CommuneDirectory>().Refresh();
                    await scope.ServiceProvider.GetRequiredService<DatabaseInitializer>().InitializeAsync();
                }

                using var inB = Services.CreateScope();
                inB.ServiceProvider.GetRequiredService<CommuneScope>().Use(CommuneB);
                var dbB = inB.ServiceProvider.GetRequiredService<AppDbContext>();
                var type = await dbB.UnitTypes.OrderBy(t => t.SortOrder).FirstAsync();
                var unit = new Unit(SharedUnitName, type.Id, "Lê Văn An", "Chánh Văn phòng", null, null);
                dbB.Units.Add(unit);
                await dbB.SaveChangesAsync();
                UnitB = unit.Id;

                var users = inB.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
                foreach (var (email, name, role, unitId) in new[] { (AdminB, "Phạm Quản Trị", Roles.Admin, (int?)null), (StaffB, "Đỗ Văn Phòng", Roles.UnitStaff, unit.Id), (ReviewerB, "Hoàng Thị Xã Hội", Roles.Reviewer, null),
                             (CouncilB, "Ngô Văn Hội Đồng", Roles.CouncilMember, null), (ChairmanB, "Đinh Văn Chủ Tịch", Roles.Chairman, null) })
                {
                    var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = name, UnitId = unitId };
                    Assert.True((await users.CreateAsync(user, PortalClient.DemoPassword)).Succeeded);
                    Assert.True((await users.AddToRoleAsync(user, role)).Succeeded);
                    if (role == Roles.Admin)
                    {
                        AdminBId = user.Id;
                    }
                }
            }
            finally
            {
                _once.Release();
            }
        }
    }

    /// <summary>Every cell of every sheet of a downloaded spreadsheet, as text.</summary>
    private static List<string> Cells(byte[] xlsx)
    {
        using var workbook = new MemoryStream(xlsx);
        return MiniExcelLibs.MiniExcel.GetSheetNames(workbook)
            .SelectMany(sheet => MiniExcelLibs.MiniExcel.Query(workbook, sheetName: sheet).Cast<IDictionary<string, object>>())
            .SelectMany(row => row.Values).Select(v => v?.ToString() ?? string.Empty).ToList();
    }

    /// <summary>A unit of work of the app's own services that sees <paramref name="communeId"/> only.</summary>
    private IServiceScope InCommune(int communeId)
    {
        var scope = _portal.Services.CreateScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(communeId);
        return scope;
    }

    private async Task<HttpClient> SignedInAsync(string email)
    {
        await _portal.EnsureAsync();
        var client = _portal.CreatePortalClient();
        var signIn = await client.SignInAsync(email);
        Assert.Equal(HttpStatusCode.Redirect, signIn.StatusCode);
        return client;
    }

    /// <summary>Search (without diacritics), exports and the bell read one commune: another's awardees, audit rows and units never show.</summary>
    [Fact]
    public async Task Search_exports_and_the_bell_never_cross_communes()
    {
        var reviewerB = await SignedInAsync(ReviewerB);
        var reviewerA = _portal.CreatePortalClient();
        await reviewerA.SignInAsync("chuyenvien@nlb.example");

        // Award history searched without diacritics: commune A's awardee of 2025 is found in A only.
        Assert.Contains("Lê Thị Mai", await reviewerA.GetStringAsync("/Awards/History?q=le%20thi%20mai"), StringComparison.Ordinal);
        Assert.DoesNotContain("Lê Thị Mai", await reviewerB.GetStringAsync("/Awards/History?q=le%20thi%20mai"), StringComparison.Ordinal);

        // The audit export of B's administrator holds B's rows only.
        var adminB = await SignedInAsync(AdminB);
        var audit = Cells(await adminB.GetByteArrayAsync("/Admin/Audit/Export"));
        Assert.Contains(audit, c => c.Contains("Phạm Quản Trị", StringComparison.Ordinal));
        Assert.DoesNotContain(audit, c => c.Contains("Vũ Thị Lan", StringComparison.Ordinal) || c.Contains("Đoàn Văn Cát", StringComparison.Ordinal));

        // The consolidation's spreadsheet of B lists B's unit, none of A's.
        var cells = Cells(await reviewerB.GetByteArrayAsync("/Consolidation/2026/Excel"));
        Assert.Contains(cells, c => c.Contains(SharedUnitName, StringComparison.Ordinal));
        Assert.DoesNotContain(cells, c => c.Contains("Lương Bằng", StringComparison.Ordinal));

        // The bell of B's reviewer counts B's notifications only (none yet), while A's reviewer has some.
        var bellB = await reviewerB.GetStringAsync("/Notifications/Index");
        Assert.DoesNotContain("Lương Bằng", bellB, StringComparison.Ordinal);
    }

    [Fact]
    public async Task A_communes_documents_name_that_commune_from_its_row_never_another()
    {
        var reviewerB = await SignedInAsync(ReviewerB);

        using var pdf = PdfDocument.Open(await reviewerB.GetByteArrayAsync("/Consolidation/2026/Pdf"));
        var text = string.Join(" ", pdf.GetPages().SelectMany(p => p.GetWords()).Select(w => w.Text));

        Assert.Contains("PHƯỜNG AN HẢI", text);
        Assert.Contains("Phường An Hải, ngày", text);
        Assert.Contains("Ủy ban nhân dân phường An Hải", text);
        Assert.DoesNotContain("LƯƠNG BẰNG", text);
        Assert.DoesNotContain("Lương Bằng", text);

        // Commune A's own report still names commune A.
        var reviewerA = _portal.CreatePortalClient();
        await reviewerA.SignInAsync("chuyenvien@nlb.example");
        using var pdfA = PdfDocument.Open(await reviewerA.GetByteArrayAsync("/Consolidation/2026/Pdf"));
        var textA = string.Join(" ", pdfA.GetPage(1).GetWords().Select(w => w.Text));
        Assert.Contains("NGUYỄN LƯƠNG BẰNG", textA);
        Assert.DoesNotContain("AN HẢI", textA);
    }

    [Fact]
    public async Task An_account_cannot_be_bound_to_another_communes_unit()
    {
        var adminB = await SignedInAsync(AdminB);
        int unitA;
        using (var scope = InCommune(Commune.FirstId))
        {
            unitA = await scope.ServiceProvider.GetRequiredService<AppDbContext>().Units.Where(u => u.Name == OnlyInA).Select(u => u.Id).SingleAsync();
        }

        var fields = new List<KeyValuePair<string, string>>
        {
            new("Email", "moi@anhai.example"), new("FullName", "Người Mới"), new("Roles", Roles.UnitStaff),
            new("UnitId", unitA.ToString(System.Globalization.CultureInfo.InvariantCulture)),
        };
        var refused = await adminB.PostFormAsync("/Admin/Users/Create", "/Admin/Users/Create", fields);

        Assert.Equal(HttpStatusCode.UnprocessableEntity, refused.StatusCode);
        var page = await refused.Content.ReadAsStringAsync();
        Assert.Contains("không có trong danh sách đơn vị", page);
        Assert.Contains("moi@anhai.example", page);
        using var check = InCommune(_portal.CommuneB);
        Assert.False(await check.ServiceProvider.GetRequiredService<AppDbContext>().Users.IgnoreQueryFilters().AnyAsync(u => u.Email == "moi@anhai.example"));
    }

    [Fact]
    public async Task Each_commune_has_its_public_pages_at_its_short_path_and_the_root_lists_them()
    {
        await _portal.EnsureAsync();
        var nominee = await PublicPages.PublicPostingTests.PostedNomineeAsync(_portal, "Nguyễn Thị Đường Dẫn");
        var id = nominee.ToString(System.Globalization.CultureInfo.InvariantCulture);
        var visitor = _portal.CreatePortalClient();

        // Commune A keeps its unprefixed paths and gains its short path; its links stay under it.
        Assert.Contains("Nguyễn Thị Đường Dẫn", await visitor.GetStringAsync("/Cong-khai"));
        var posted = await visitor.GetStringAsync("/nguyen-luong-bang/Cong-khai");
        Assert.Contains("Nguyễn Thị Đường Dẫn", posted);
        Assert.Contains($"href=\"/nguyen-luong-bang/Cong-khai/{id}/Y-kien\"", posted);
        Assert.Contains("href=\"/nguyen-luong-bang/lib/bootstrap/css/bootstrap.min.css\"", posted);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/nguyen-luong-bang/lib/bootstrap/css/bootstrap.min.css")).StatusCode);

        // Commune B's pages show nothing of A's, and A's nominee is not found under B.
        Assert.DoesNotContain("Nguyễn Thị Đường Dẫn", await visitor.GetStringAsync("/an-hai/Cong-khai"));
        Assert.Equal(HttpStatusCode.NotFound, (await visitor.GetAsync($"/an-hai/Cong-khai/{id}/Y-kien")).StatusCode);
        Assert.Equal(HttpStatusCode.OK, (await visitor.GetAsync("/an-hai/Vinh-danh")).StatusCode);

        // Each names itself.
        var movementB = await visitor.GetStringAsync("/an-hai/Phong-trao");
        Assert.Contains("phường An Hải", movementB);
        Assert.DoesNotContain("Nguyễn Lương Bằng", movementB);
        Assert.Contains("xã Nguyễn Lương Bằng", await visitor.GetStringAsync("/nguyen-luong-bang/Phong-trao"));
        var bare = await visitor.GetAsync("/an-hai");
        Assert.Equal("/an-hai/Phong-trao", bare.Headers.Location?.OriginalString);

        // With two communes the root lists them for visitors.
        var root = await visitor.GetStringAsync("/");
        Assert.Contains("href=\"/nguyen-luong-bang/Phong-trao\"", root);
        Assert.Contains("href=\"/an-hai/Phong-trao\"", root);
    }

    [Fact]
    public async Task On_another_communes_path_a_signed_in_account_is_a_visitor()
    {
        var reviewerA = await SignedInAsync("chuyenvien@nlb.example");
        Assert.Equal(HttpStatusCode.OK, (await reviewerA.GetAsync("/nguyen-luong-bang/Review/Index")).StatusCode);
        var elsewhere = await reviewerA.GetAsync("/an-hai/Review/Index");
        Assert.Equal(HttpStatusCode.Redirect, elsewhere.StatusCode);
        Assert.Contains("/Account/Login", elsewhere.Headers.Location?.OriginalString, StringComparison.Ordinal);

        // Its own session is untouched: the unprefixed pages still open.
        Assert.Equal(HttpStatusCode.OK, (await reviewerA.GetAsync("/Review/Index")).StatusCode);
    }

    /// <summary>Paths that only look like a commune's: a page of the right commune, or the answer any unknown path gets (not found, or sign in first), never a fault.</summary>
    [Theory]
    [InlineData("/AN-HAI/Phong-trao", "phường An Hải")]
    [InlineData("/an-hai/../Phong-trao", "xã Nguyễn Lương Bằng")]
    [InlineData("/an-hai//Phong-trao", null)]
    [InlineData("/an-hai%2FPhong-trao", null)]
    [InlineData("/an-hai/an-hai/Phong-trao", null)]
    [InlineData("/khong-co-xa-nay/Phong-trao", null)]
    [InlineData("/an-hai/Xac-thuc/ABCD-EFGH-JKMN", null)]
    public async Task Odd_commune_paths_answer_plainly(string path, string? opensPageOf)
    {
        await _portal.EnsureAsync();
        using var response = await _portal.CreatePortalClient().GetAsync(new Uri(path, UriKind.Relative));
        if (opensPageOf is not null)
        {
            Assert.Equal(HttpStatusCode.OK, response.StatusCode);
            Assert.Contains(opensPageOf, await response.Content.ReadAsStringAsync());
        }
        else
        {
            Assert.True(response.StatusCode == HttpStatusCode.NotFound
                || (response.StatusCode == HttpStatusCode.Redirect && response.Headers.Location!.OriginalString.Contains("/Account/Login", StringComparison.Ordinal)),
                $"{path}: {(int)response.StatusCode}");
        }
    }

    [Fact]
    public async Task A_very_long_first_segment_is_not_a_commune()
    {
        await _portal.EnsureAsync();
        using var response = await _portal.CreatePortalClient().GetAsync("/" + new string('a', 4000) + "/Phong-trao");
        Assert.True((int)response.StatusCode < 500 && response.StatusCode != HttpStatusCode.OK, $"{(int)response.StatusCode}");
    }

    [Fact]
    public async Task An_address_names_one_account_in_the_whole_deployment()
    {
        await _portal.EnsureAsync();
        using var scope = InCommune(_portal.CommuneB);
        var users = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        var copy = new AppUser { UserName = "quantri@nlb.example", Email = "quantri@nlb.example", FullName = "Trùng địa chỉ" };

        var refused = await users.CreateAsync(copy, PortalClient.DemoPassword);

        Assert.False(refused.Succeeded);
        Assert.Contains(refused.Errors, e => e.Code == "DuplicateEmail");
    }

    [Fact]
    public async Task Each_commune_starts_with_its_own_reference_data_and_accounts_stamped_with_it()
    {
        await _portal.EnsureAsync();
        using var scope = _portal.Services.CreateScope();
        var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        var scopeA = scope.ServiceProvider.GetRequiredService<CommuneScope>();
        var areasA = await db.ContentAreas.CountAsync();
        var unitsA = await db.Units.Select(u => u.Name).ToListAsync();
        scopeA.Use(_portal.CommuneB);
        Assert.Equal(areasA, await db.ContentAreas.CountAsync());
        var unitsB = await db.Units.Select(u => u.Name).ToListAsync();
        Assert.Contains(SharedUnitName, unitsB);
        Assert.Contains(SharedUnitName, unitsA);
        Assert.Contains(OnlyInA, unitsA);
        Assert.DoesNotContain(OnlyInA, unitsB);
        var usersB = await db.Users.ToListAsync();
        Assert.Contains(usersB, u => u.Email == AdminB);
        Assert.DoesNotContain(usersB, u => u.Email == "quantri@nlb.example");
        Assert.All(usersB, u => Assert.Equal(_portal.CommuneB, u.CommuneId));

        using (scopeA.AcrossCommunes())
        {
            Assert.Equal(unitsA.Count + unitsB.Count, await db.Units.CountAsync());
        }
    }

    [Fact]
    public async Task An_administrator_sees_and_edits_only_their_communes_units_and_accounts()
    {
        var adminB = await SignedInAsync(AdminB);
        var listB = await adminB.GetStringAsync("/Admin/Units");
        Assert.Contains(SharedUnitName, listB);
        Assert.DoesNotContain(OnlyInA, listB);

        var adminA = await SignedInAsync("quantri@nlb.example");
        Assert.Contains(OnlyInA, await adminA.GetStringAsync("/Admin/Units"));

        // Commune B's unit and account, asked for by commune A's administrator, do not exist for them.
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.GetAsync($"/Admin/Units/Edit/{_portal.UnitB}")).StatusCode);
        Assert.Equal(HttpStatusCode.NotFound, (await adminA.GetAsync($"/Admin/Users/Edit/{_portal.AdminBId}")).StatusCode);
        Assert.DoesNotContain(AdminB, await adminA.GetStringAsync("/Admin/Users"));
        Assert.Contains(AdminB, await adminB.GetStringAsync("/Admin/Users"));
    }

    [Fact]
    public async Task A_unit_name_is_unique_within_its_commune_only()
    {
        await _portal.EnsureAsync();
        var adminB = await SignedInAsync(AdminB);
        int typeB;
        using (var scope = InCommune(_portal.CommuneB))
        {
            typeB = await scope.ServiceProvider.GetRequiredService<AppDbContext>().UnitTypes.OrderBy(t => t.SortOrder).Select(t => t.Id).FirstAsync();
        }

        // A name commune A has is free in commune B; the same name twice in B is refused with a message.
        var fields = new Dictionary<string, string> { ["Name"] = "Trạm Y tế xã", ["UnitTypeId"] = typeB.ToString(System.Globalization.CultureInfo.InvariantCulture) };
        var created = await adminB.PostFormAsync("/Admin/Units/Create", "/Admin/Units/Create", fields);
        Assert.Equal(HttpStatusCode.Redirect, created.StatusCode);
        var again = await adminB.PostFormAsync("/Admin/Units/Create", "/Admin/Units/Create", fields);
        Assert.Equal(HttpStatusCode.OK, again.StatusCode);
        Assert.Contains("đã có", (await again.Content.ReadAsStringAsync()).ToLowerInvariant());
    }

    [Fact]
    public async Task Numbers_restart_per_commune_and_each_commune_has_its_own_audit_chain()
    {
        await SignedInAsync(AdminB);
        await SignedInAsync("quantri@nlb.example");
        var by = new Domain.Common.Actor("test", "Người thử");
        var day = new DateOnly(2031, 3, 2);

        async Task<int> IssueAsync(int communeId)
        {
            using var scope = InCommune(communeId);
            var numbers = scope.ServiceProvider.GetRequiredService<DocumentNumbers>();
            return (await numbers.IssueAsync(DocumentNumbers.CommuneCommittee, "KH", "Kế hoạch thử", day, by)).Sequence;
        }

        Assert.Equal(1, await IssueAsync(Commune.FirstId));
        Assert.Equal(2, await IssueAsync(Commune.FirstId));
        Assert.Equal(1, await IssueAsync(_portal.CommuneB));
        Assert.Equal(3, await IssueAsync(Commune.FirstId));
        Assert.Equal(2, await IssueAsync(_portal.CommuneB));

        foreach (var communeId in new[] { Commune.FirstId, _portal.CommuneB })
        {
            using var scope = InCommune(communeId);
            var db = scope.ServiceProvider.GetRequiredService<AppDbContext>();
            var chain = await db.AuditEntries.AsNoTracking().OrderBy(a => a.Id).ToListAsync();
            Assert.NotEmpty(chain);
            Assert.Null(chain[0].PreviousHash);
            var report = Domain.Auditing.AuditChain.Verify(chain);
            Assert.True(report.Intact, $"commune {communeId}: {report.Reason}");
        }
    }

    [Fact]
    public async Task The_audit_check_command_verifies_every_communes_chain()
    {
        await SignedInAsync(AdminB);
        var check = await _portal.Process().RunInProcessAsync("verify-audit");
        Assert.True(check.ExitCode == 0, check.Output);
        Assert.Contains("(xã Nguyễn Lương Bằng)", check.Output);
        Assert.Contains("(phường An Hải)", check.Output);
    }
}
