using Microsoft.AspNetCore.Identity;
using Microsoft.EntityFrameworkCore;
using NguyenLuongBang.Emulation.Domain.Campaigns;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Nominations;
using NguyenLuongBang.Emulation.Domain.Registrations;
using NguyenLuongBang.Emulation.Domain.Reports;
using NguyenLuongBang.Emulation.Domain.Units;
using NguyenLuongBang.Emulation.Web.Identity;

namespace NguyenLuongBang.Emulation.Web.Data.Seeding;

/// <summary>
/// Demo data for trying the portal: the commune's units, one account per role and reports of
/// 2025 and 2026 in mixed states. Official bodies are real; businesses, villages and people are
/// invented. Runs in Development and by the <c>seed-demo</c> command; does nothing twice.
/// </summary>
public sealed class DemoData(AppDbContext db, UserManager<AppUser> users, TimeProvider clock, IServiceProvider services, IConfiguration configuration, ILogger<DemoData> logger)
{
    /// <summary>
    /// One hash of the shared demo password for every demo account, made on first use: hashing it per
    /// account at the production setting (~140 ms of a core each) took most of a seeding's time.
    /// </summary>
    private string DemoPasswordHash => _demoPasswordHash ??= users.PasswordHasher.HashPassword(new AppUser(), Password);

    private string? _demoPasswordHash;

    /// <summary>The development password of every demo account (see README).</summary>
    public const string Password = "ThiDua-NLB-2026";

    public static IReadOnlyList<(string Email, string FullName, string Role, string? UnitName)> Accounts { get; } =
    [
        ("quantri@nlb.example", "Nguyễn Văn Quản", Roles.Admin, null),
        ("vanphong@nlb.example", "Trần Thị Hoa", Roles.UnitStaff, "Văn phòng HĐND và UBND xã"),
        ("tieuhoc@nlb.example", "Lê Thị Mai", Roles.UnitStaff, "Trường Tiểu học Nguyễn Lương Bằng"),
        ("htx@nlb.example", "Phạm Văn Nam", Roles.UnitStaff, "Hợp tác xã Dịch vụ nông nghiệp Nguyễn Lương Bằng"),
        ("chuyenvien@nlb.example", "Vũ Thị Lan", Roles.Reviewer, "Phòng Văn hóa - Xã hội"),
        ("hoidong1@nlb.example", "Đặng Văn Hùng", Roles.CouncilMember, "Phòng Kinh tế"),
        ("hoidong2@nlb.example", "Bùi Thị Thu", Roles.CouncilMember, "Trạm Y tế xã"),
        ("hoidong3@nlb.example", "Hoàng Văn Tuấn", Roles.CouncilMember, "Ủy ban Mặt trận Tổ quốc Việt Nam xã"),
        ("chutich@nlb.example", "Đoàn Văn Cát", Roles.Chairman, null),
    ];

    /// <summary>
    /// The positions kept with the demo's accounts (Chức vụ), as the council's minutes name the
    /// members: their office and their place in the Hội đồng Thi đua - Khen thưởng.
    /// </summary>
    public static IReadOnlyDictionary<string, string> Positions { get; } = new Dictionary<string, string>(StringComparer.Ordinal)
    {
        ["chuyenvien@nlb.example"] = "Trưởng phòng Văn hóa - Xã hội, Ủy viên thường trực Hội đồng",
        ["hoidong1@nlb.example"] = "Trưởng phòng Kinh tế, Ủy viên Hội đồng",
        ["hoidong2@nlb.example"] = "Trạm trưởng Trạm Y tế xã, Ủy viên Hội đồng",
        ["hoidong3@nlb.example"] = "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam xã, Phó Chủ tịch Hội đồng",
        ["chutich@nlb.example"] = "Phó Chủ tịch Ủy ban nhân dân xã, Phó Chủ tịch Thường trực Hội đồng",
        ["chuyenvien@hongbang.example"] = "Trưởng phòng Văn hóa - Xã hội, Ủy viên thường trực Hội đồng",
        ["hoidong1@hongbang.example"] = "Trưởng phòng Kinh tế, Hạ tầng và Đô thị, Ủy viên Hội đồng",
        ["hoidong2@hongbang.example"] = "Trạm trưởng Trạm Y tế phường, Ủy viên Hội đồng",
        ["hoidong3@hongbang.example"] = "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam phường, Phó Chủ tịch Hội đồng",
        ["chutich@hongbang.example"] = "Chủ tịch Ủy ban nhân dân phường, Chủ tịch Hội đồng",
    };

    /// <summary>The demo's account of the city's Ban Thi đua - Khen thưởng (see README).</summary>
    public static (string Email, string FullName) CityAccount { get; } = ("bantdkt@haiphong.example", "Trần Thị Thi Đua");

    /// <summary>The demo's account of the head of the city's Ban, who signs the city's own report that <see cref="CityAccount"/> drafts (see README).</summary>
    public static (string Email, string FullName) CityHeadAccount { get; } = ("truongban@haiphong.example", "Phạm Quang Khải");

    /// <summary>The demo's account of the city's administrator, who adds communes (see README).</summary>
    public static (string Email, string FullName) CityAdminAccount { get; } = ("quantri@haiphong.example", "Lê Văn Thành");

    private static readonly (string Name, string Type, string Head, string Position)[] UnitList =
    [
        ("Văn phòng HĐND và UBND xã", "CO-QUAN", "Nguyễn Thị Hằng", "Chánh Văn phòng"),
        ("Phòng Kinh tế", "CO-QUAN", "Đặng Văn Hùng", "Trưởng phòng"),
        ("Phòng Văn hóa - Xã hội", "CO-QUAN", "Vũ Thị Lan", "Trưởng phòng"),
        ("Trung tâm Phục vụ hành chính công xã", "TT-HCC", "Phạm Minh Đức", "Giám đốc"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "MTTQ", "Hoàng Văn Tuấn", "Chủ tịch"),
        ("Trường Mầm non Nguyễn Lương Bằng", "TRUONG", "Ngô Thị Hạnh", "Hiệu trưởng"),
        ("Trường Tiểu học Nguyễn Lương Bằng", "TRUONG", "Lê Thị Mai", "Hiệu trưởng"),
        ("Trường Trung học cơ sở Nguyễn Lương Bằng", "TRUONG", "Trịnh Văn Long", "Hiệu trưởng"),
        ("Trạm Y tế xã", "Y-TE", "Bùi Thị Thu", "Trạm trưởng"),
        ("Công ty TNHH Cơ khí Minh Phát", "DOANH-NGHIEP", "Đỗ Minh Phát", "Giám đốc"),
        ("Công ty Cổ phần Nông sản sạch Hải Phòng Xanh", "DOANH-NGHIEP", "Lý Thị Xuân", "Giám đốc"),
        ("Hợp tác xã Dịch vụ nông nghiệp Nguyễn Lương Bằng", "HTX", "Phạm Văn Nam", "Giám đốc"),
        ("Thôn Đông", "THON", "Nguyễn Văn Bình", "Trưởng thôn"),
        ("Thôn Tây", "THON", "Trần Văn Khải", "Trưởng thôn"),
        ("Thôn Nam", "THON", "Lương Thị Duyên", "Trưởng thôn"),
    ];

    /// <summary>The second commune of the demo (a ward): its own units, a full set of accounts and its reports, so the city has two to follow.</summary>
    public static (string Slug, string Name, Domain.Communes.CommuneKind Kind) SecondCommune { get; } = ("hong-bang", "Hồng Bàng", Domain.Communes.CommuneKind.Phuong);

    public static IReadOnlyList<(string Email, string FullName, string Role, string? UnitName)> SecondCommuneAccounts { get; } =
    [
        ("quantri@hongbang.example", "Phạm Thị Quyên", Roles.Admin, null),
        ("vanphong@hongbang.example", "Ngô Văn Phúc", Roles.UnitStaff, "Văn phòng HĐND và UBND phường"),
        ("tieuhoc@hongbang.example", "Đinh Thị Ngọc", Roles.UnitStaff, "Trường Tiểu học Hồng Bàng"),
        ("chuyenvien@hongbang.example", "Mai Thị Thanh", Roles.Reviewer, "Phòng Văn hóa - Xã hội"),
        ("hoidong1@hongbang.example", "Trịnh Văn Dũng", Roles.CouncilMember, "Phòng Kinh tế, Hạ tầng và Đô thị"),
        ("hoidong2@hongbang.example", "Tạ Thị Hương", Roles.CouncilMember, "Trạm Y tế phường"),
        ("hoidong3@hongbang.example", "Lương Văn Sơn", Roles.CouncilMember, "Ủy ban Mặt trận Tổ quốc Việt Nam phường"),
        ("chutich@hongbang.example", "Vương Đình Khang", Roles.Chairman, null),
    ];

    private static readonly (string Name, string Type, string Head, string Position)[] SecondUnitList =
    [
        ("Văn phòng HĐND và UBND phường", "CO-QUAN", "Ngô Văn Phúc", "Chánh Văn phòng"),
        ("Phòng Kinh tế, Hạ tầng và Đô thị", "CO-QUAN", "Trịnh Văn Dũng", "Trưởng phòng"),
        ("Phòng Văn hóa - Xã hội", "CO-QUAN", "Mai Thị Thanh", "Trưởng phòng"),
        ("Trung tâm Phục vụ hành chính công phường", "TT-HCC", "Hà Minh Tâm", "Giám đốc"),
        ("Ủy ban Mặt trận Tổ quốc Việt Nam phường", "MTTQ", "Lương Văn Sơn", "Chủ tịch"),
        ("Trường Tiểu học Hồng Bàng", "TRUONG", "Đinh Thị Ngọc", "Hiệu trưởng"),
        ("Trạm Y tế phường", "Y-TE", "Tạ Thị Hương", "Trạm trưởng"),
        ("Công ty TNHH Thương mại Cảng Xanh", "DOANH-NGHIEP", "Kiều Văn Hải", "Giám đốc"),
        ("Tổ dân phố số 1", "THON", "Đào Thị Lý", "Tổ trưởng"),
        ("Tổ dân phố số 2", "THON", "Văn Đức Long", "Tổ trưởng"),
    ];

    public async Task SeedAsync(CancellationToken cancellationToken = default)
    {
        if (await db.Units.AnyAsync(cancellationToken))
        {
            // A demo database from before the city had accounts gains the city's demo accounts.
            await SeedCityAsync(cancellationToken);
            logger.LogInformation("Demo data already present; nothing else seeded");
            return;
        }

        var units = await SeedUnitsAndAccountsAsync(UnitList, Accounts, cancellationToken);
        var unitIds = units.ToDictionary(u => u.Name, u => u.Id);
        await SeedReportsAsync(units, "chuyenvien@nlb.example", cancellationToken);
        await SeedSettingsAsync(("45/KH-UBND", "25/08/2025"), cancellationToken);

        // One model the commune already spreads, so the public honour board is not empty.
        var model = new Domain.Practices.GoodPractice(Domain.Practices.PracticeKind.Model, "Tổ công nghệ số cộng đồng thôn Đông",
            "Mỗi xóm có một thành viên Đoàn Thanh niên hướng dẫn người dân cài đặt VNeID, nộp hồ sơ trực tuyến và thanh toán không dùng tiền mặt; 86% hộ gia đình của thôn đã dùng dịch vụ công trực tuyến trong năm 2025.",
            unitIds["Thôn Đông"], 2025, Actor.System, clock.GetUtcNow());
        model.Publish(Actor.System, clock.GetUtcNow());
        db.GoodPractices.Add(model);
        await db.SaveChangesAsync(cancellationToken);
        await DemoLibrary.SeedAsync(db, clock.GetUtcNow(), cancellationToken);

        // Seven units registered their 2025 launch plan (by number and date; the signed copies were handed in on paper).
        foreach (var (unit, number, month, day) in new[]
                 {
                     ("Phòng Kinh tế", "03/KH-PKT", 7, 2), ("Phòng Văn hóa - Xã hội", "05/KH-VHXH", 6, 27), ("Trung tâm Phục vụ hành chính công xã", "02/KH-TTPVHCC", 7, 4),
                     ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "07/KH-MTTQ", 7, 15), ("Trường Mầm non Nguyễn Lương Bằng", "21/KH-MN", 8, 20),
                     ("Trường Trung học cơ sở Nguyễn Lương Bằng", "34/KH-THCS", 8, 25), ("Trạm Y tế xã", "11/KH-TYT", 7, 30),
                 })
        {
            db.UnitLaunchPlans.Add(new UnitLaunchPlan(unitIds[unit], number, new DateOnly(2025, month, day), null, Actor.System, clock.GetUtcNow()));
        }

        await db.SaveChangesAsync(cancellationToken);

        // The whole year at once: a finished 2025 round with every document issued, this year's mid-way.
        if (configuration.GetValue("Portal:DemoAwardRound", true))
        {
            await ActivatorUtilities.CreateInstance<DemoAwardRound>(services).SeedAsync(cancellationToken);
        }

        if (configuration.GetValue("Portal:DemoSecondCommune", true))
        {
            await SeedSecondCommuneAsync(cancellationToken);
        }

        await SeedCityAsync(cancellationToken);
        logger.LogInformation("Demo data seeded: {UnitCount} units, {AccountCount} accounts", units.Count, Accounts.Count);
    }

    /// <summary>Phường Hồng Bàng, in its own unit of work: its reference data, units, accounts, settings and 2025–2026 reports.</summary>
    private Task<bool> SeedSecondCommuneAsync(CancellationToken cancellationToken) =>
        SeedOtherCommuneAsync(new Domain.Communes.Commune(SecondCommune.Slug, SecondCommune.Name, SecondCommune.Kind), SecondUnitList, SecondCommuneAccounts,
            ("27/KH-UBND", "05/09/2025"), cancellationToken);

    /// <summary>
    /// The city at scale (<c>seed-demo --communes N</c>): N generated communes "xã Thử nghiệm 001" …
    /// (path <c>xa-thu-nghiem-001</c>), each with 20 units, an account per unit
    /// (<c>donvi01@tn001.example</c> …), an administrator, a reviewer and a chairman
    /// (<c>quantri@</c>, <c>chuyenvien@</c>, <c>chutich@tn001.example</c>), all with the demo password,
    /// and reports of 2025 (accepted) and 2026 (in every state). Communes already there are skipped.
    /// </summary>
    /// <param name="currentYear">False: no report of the current year at all, as on the evening a burst of submissions begins (<c>--no-current-year</c>).</param>
    /// <returns>How many communes were added.</returns>
    public async Task<int> SeedCommunesAsync(int count, bool currentYear = true, CancellationToken cancellationToken = default)
    {
        var added = 0;
        for (var n = 1; n <= count; n++)
        {
            var tag = n.ToString("000", System.Globalization.CultureInfo.InvariantCulture);
            var units = GeneratedUnits.Select((u, i) => (u.Name, u.Type, $"Trưởng đơn vị {i + 1:00}", "Thủ trưởng")).ToArray();
            var accounts = new List<(string Email, string FullName, string Role, string? UnitName)>
            {
                ($"quantri@tn{tag}.example", $"Quản trị xã {tag}", Roles.Admin, null),
                ($"chuyenvien@tn{tag}.example", $"Chuyên viên xã {tag}", Roles.Reviewer, null),
                ($"chutich@tn{tag}.example", $"Chủ tịch xã {tag}", Roles.Chairman, null),
            };
            accounts.AddRange(units.Select((u, i) => ($"donvi{i + 1:00}@tn{tag}.example", $"Cán bộ đơn vị {i + 1:00} xã {tag}", Roles.UnitStaff, (string?)u.Name)));
            if (await SeedOtherCommuneAsync(new Domain.Communes.Commune($"xa-thu-nghiem-{tag}", $"Thử nghiệm {tag}", Domain.Communes.CommuneKind.Xa), units, accounts,
                    ($"{n}/KH-UBND", "01/09/2025"), cancellationToken, currentYear))
            {
                added++;
            }
        }

        return added;
    }

    private static readonly (string Name, string Type)[] GeneratedUnits =
    [
        ("Văn phòng HĐND và UBND xã", "CO-QUAN"), ("Phòng Kinh tế", "CO-QUAN"), ("Phòng Văn hóa - Xã hội", "CO-QUAN"),
        ("Trung tâm Phục vụ hành chính công xã", "TT-HCC"), ("Ủy ban Mặt trận Tổ quốc Việt Nam xã", "MTTQ"),
        ("Trường Mầm non", "TRUONG"), ("Trường Tiểu học", "TRUONG"), ("Trường Trung học cơ sở", "TRUONG"), ("Trạm Y tế xã", "Y-TE"),
        ("Doanh nghiệp số 1", "DOANH-NGHIEP"), ("Doanh nghiệp số 2", "DOANH-NGHIEP"), ("Doanh nghiệp số 3", "DOANH-NGHIEP"),
        ("Hợp tác xã số 1", "HTX"), ("Hợp tác xã số 2", "HTX"),
        ("Thôn 1", "THON"), ("Thôn 2", "THON"), ("Thôn 3", "THON"), ("Thôn 4", "THON"), ("Thôn 5", "THON"), ("Thôn 6", "THON"),
    ];

    /// <summary>A commune besides the first, in its own unit of work: its reference data, units, accounts (its reviewer second), settings and reports; false when it is already there.</summary>
    private async Task<bool> SeedOtherCommuneAsync(Domain.Communes.Commune commune, (string Name, string Type, string Head, string Position)[] unitList,
        IReadOnlyList<(string Email, string FullName, string Role, string? UnitName)> accounts,
        (string PlanNumber, string PlanDate) plan, CancellationToken cancellationToken, bool currentYear = true)
    {
        if (await db.Communes.AnyAsync(c => c.Slug == commune.Slug, cancellationToken))
        {
            return false;
        }

        db.Communes.Add(commune);
        await db.SaveChangesAsync(cancellationToken);
        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(commune.Id);
        var other = ActivatorUtilities.CreateInstance<DemoData>(scope.ServiceProvider);
        await DatabaseInitializer.SeedReferenceAsync(scope.ServiceProvider.GetRequiredService<AppDbContext>(), cancellationToken);
        var units = await other.SeedUnitsAndAccountsAsync(unitList, accounts, cancellationToken);
        await other.SeedReportsAsync(units, accounts.First(a => a.Role == Roles.Reviewer).Email, cancellationToken, currentYear);
        await other.SeedSettingsAsync(plan, cancellationToken);
        scope.ServiceProvider.GetRequiredService<Infrastructure.CommuneDirectory>().Refresh();
        return true;
    }

    private async Task<List<Unit>> SeedUnitsAndAccountsAsync((string Name, string Type, string Head, string Position)[] unitList,
        IReadOnlyList<(string Email, string FullName, string Role, string? UnitName)> accounts, CancellationToken cancellationToken)
    {
        var types = await db.UnitTypes.ToDictionaryAsync(t => t.Code, t => t.Id, cancellationToken);
        var units = unitList.Select((u, i) => new Unit(u.Name, types[u.Type], u.Head, u.Position,
            $"0225.38{i:00}.{100 + i}", null)).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);
        var unitIds = units.ToDictionary(u => u.Name, u => u.Id);

        foreach (var (email, fullName, role, unitName) in accounts)
        {
            var user = new AppUser
            {
                UserName = email,
                Email = email,
                EmailConfirmed = true,
                FullName = fullName,
                Position = Positions.GetValueOrDefault(email),
                UnitId = role == Roles.UnitStaff && unitName is not null ? unitIds[unitName] : null,
                SigningOffice = OfficeOf(email, role),
                PasswordHash = DemoPasswordHash,
            };
            var created = await users.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await users.AddToRoleAsync(user, role);
            if (role == Roles.Chairman)
            {
                // The chairman chairs the council and votes in it too.
                await users.AddToRoleAsync(user, Roles.CouncilMember);
            }
        }

        return units;
    }

    /// <summary>The city's row (its accounts, audit chain and register) and the Ban Thi đua - Khen thưởng's demo account, once.</summary>
    private async Task SeedCityAsync(CancellationToken cancellationToken)
    {
        var city = await db.Communes.FirstOrDefaultAsync(c => c.Kind == Domain.Communes.CommuneKind.City, cancellationToken);
        if (city is null)
        {
            city = Domain.Communes.Commune.City("Hải Phòng");
            db.Communes.Add(city);
            await db.SaveChangesAsync(cancellationToken);
            await services.GetRequiredService<DatabaseInitializer>().InitializeAsync(cancellationToken);
        }

        await using var scope = services.GetRequiredService<IServiceScopeFactory>().CreateAsyncScope();
        scope.ServiceProvider.GetRequiredService<CommuneScope>().Use(city.Id);
        var cityUsers = scope.ServiceProvider.GetRequiredService<UserManager<AppUser>>();
        foreach (var ((email, fullName), roles) in new[] { (CityAccount, new[] { Roles.City }), (CityHeadAccount, [Roles.City, Roles.CityLeader]), (CityAdminAccount, [Roles.CityAdmin]) })
        {
            if (await cityUsers.FindByEmailAsync(email) is not null)
            {
                continue;
            }

            var user = new AppUser { UserName = email, Email = email, EmailConfirmed = true, FullName = fullName, PasswordHash = DemoPasswordHash };
            var created = await cityUsers.CreateAsync(user);
            if (!created.Succeeded)
            {
                throw new InvalidOperationException(string.Join("; ", created.Errors.Select(e => e.Description)));
            }

            await cityUsers.AddToRolesAsync(user, roles);
        }

        // The head of the Ban signs the city's own report in his office (a demo database from before gains it).
        if (await cityUsers.FindByEmailAsync(CityHeadAccount.Email) is { SigningOffice: null } head)
        {
            head.SigningOffice = Domain.Documents.SigningOffice.BoardHead;
            await cityUsers.UpdateAsync(head);
        }

        // The Sở Nội vụ's key and the head's own sign the city's report in the demo.
        var cityDb = scope.ServiceProvider.GetRequiredService<AppDbContext>();
        if (!await cityDb.SigningCertificates.AnyAsync(cancellationToken) && await cityUsers.FindByEmailAsync(CityHeadAccount.Email) is { } leader)
        {
            var demo = new Domain.Common.Actor("demo", "Dữ liệu trình diễn");
            var now = clock.GetUtcNow();
            cityDb.SigningCertificates.Add(DemoCertificate.Create(demo, now, DemoCertificate.CityName));
            cityDb.SigningCertificates.Add(DemoCertificate.ForPerson(leader.Id, leader.FullName, demo, now));
            await cityDb.SaveChangesAsync(cancellationToken);
        }
    }

    /// <summary>
    /// The office each demo signer holds: Đoàn Văn Cát is the vice-chairman of xã Nguyễn Lương Bằng
    /// assigned to sign for the chairman on emulation (KT. CHỦ TỊCH), as its finished round shows;
    /// the other communes' chairmen sign as chairmen; each reviewer of the demo heads Phòng VH-XH.
    /// </summary>
    private static Domain.Documents.SigningOffice? OfficeOf(string email, string role) =>
        email == "chutich@nlb.example" ? Domain.Documents.SigningOffice.ViceChairman
        : role == Roles.Chairman ? Domain.Documents.SigningOffice.Chairman
        : role == Roles.Reviewer ? Domain.Documents.SigningOffice.HeadOfCultureOffice
        : null;

    /// <summary>The plan the documents cite: its number and date are the demo's own.</summary>
    private async Task SeedSettingsAsync((string PlanNumber, string PlanDate) plan, CancellationToken cancellationToken)
    {
        var settings = services.GetRequiredService<Infrastructure.PortalSettings>();
        foreach (var (key, value) in new[]
                 {
                     (Infrastructure.PortalSettings.CommunePlanNumberKey, plan.PlanNumber),
                     (Infrastructure.PortalSettings.CommunePlanDateKey, plan.PlanDate),
                 })
        {
            await settings.SetAsync(key, value, Actor.System);
        }

        await db.SaveChangesAsync(cancellationToken);
        settings.Refresh();
    }

    /// <summary>
    /// Demo data at scale: <paramref name="count"/> more generated units (Thôn thử nghiệm 001 …), each
    /// with a staff account donvi001@nlb.example … (the demo password). With
    /// <paramref name="history"/>, each has an accepted report for every year of 2025–2030 so far
    /// as the demo calendar allows; without, they have none (a load run then writes this year's).
    /// </summary>
    public async Task SeedScaleAsync(int count, bool history, CancellationToken cancellationToken = default)
    {
        var existing = await db.Units.CountAsync(u => u.Name.StartsWith("Thôn thử nghiệm "), cancellationToken);
        var typeId = await db.UnitTypes.Where(t => t.Code == "THON").Select(t => t.Id).SingleAsync(cancellationToken);
        var units = Enumerable.Range(existing + 1, Math.Max(0, count - existing))
            .Select(i => new Unit($"Thôn thử nghiệm {i:000}", typeId, $"Trưởng thôn {i:000}", "Trưởng thôn", null, null)).ToList();
        db.Units.AddRange(units);
        await db.SaveChangesAsync(cancellationToken);

        // Added as rows in one save: through the user manager each account cost two saves and its
        // checks, most of a scale seeding's time; the generated addresses are unique by construction.
        var staffRole = await db.Roles.Where(r => r.Name == Roles.UnitStaff).Select(r => r.Id).SingleAsync(cancellationToken);
        foreach (var (unit, i) in units.Select((u, i) => (u, existing + i + 1)))
        {
            var email = $"donvi{i:000}@nlb.example";
            var user = new AppUser
            {
                UserName = email,
                NormalizedUserName = users.NormalizeName(email),
                Email = email,
                NormalizedEmail = users.NormalizeEmail(email),
                EmailConfirmed = true,
                FullName = unit.HeadName!,
                UnitId = unit.Id,
                PasswordHash = DemoPasswordHash,
                SecurityStamp = Guid.NewGuid().ToString("N"),
            };
            db.Users.Add(user);
            db.UserRoles.Add(new IdentityUserRole<string> { UserId = user.Id, RoleId = staffRole });
        }

        await db.SaveChangesAsync(cancellationToken);

        if (history)
        {
            var rules = services.GetRequiredService<Features.Reports.ReportingRules>();
            var areas = await db.ContentAreas.OrderBy(a => a.Number).ToListAsync(cancellationToken);
            var indicators = await db.Indicators.Where(i => !i.IsRetired).ToListAsync(cancellationToken);
            var typeCodes = await db.UnitTypes.ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
            var reviewer = (await users.FindByEmailAsync("chuyenvien@nlb.example") ?? throw new InvalidOperationException("No reviewer")).ToActor();
            var areaKeys = areas.Select(a => (a.Id, a.Number)).ToArray();
            foreach (var (unit, i) in units.Select((u, i) => (u, i)))
            {
                var staff = new Actor($"demo-unit-{unit.Id}", unit.HeadName ?? unit.Name);
                for (var year = ReviewRound.FirstYear; year <= ReviewRound.FinalYear; year++)
                {
                    var deadline = await rules.DeadlineAsync(year);
                    var report = NewFilledReport(unit, year, areaKeys, areas, indicators, typeCodes, staff, i);
                    report.Submit(staff, deadline.AddDays(-5), Window(deadline));
                    report.Accept(reviewer, deadline.AddDays(5));
                    db.AnnualReports.Add(report);
                }

                if (i % 20 == 19)
                {
                    // Saved reports are let go: a tracker holding thousands of rows makes each later save slower.
                    await db.SaveChangesAsync(cancellationToken);
                    db.ChangeTracker.Clear();
                }
            }

            await db.SaveChangesAsync(cancellationToken);
        }

        logger.LogInformation("Scale demo data: {Count} generated units, history {History}", units.Count, history);
    }

    private async Task SeedReportsAsync(List<Unit> units, string reviewerEmail, CancellationToken cancellationToken, bool currentYear = true)
    {
        var rules = services.GetRequiredService<Features.Reports.ReportingRules>();
        var areas = await db.ContentAreas.OrderBy(a => a.Number).ToListAsync(cancellationToken);
        var indicators = await db.Indicators.Where(i => !i.IsRetired).ToListAsync(cancellationToken);
        var typeCodes = await db.UnitTypes.ToDictionaryAsync(t => t.Id, t => t.Code, cancellationToken);
        var reviewer = await users.FindByEmailAsync(reviewerEmail) ?? throw new InvalidOperationException("No reviewer");
        var reviewerActor = reviewer.ToActor();
        var areaKeys = areas.Select(a => (a.Id, a.Number)).ToArray();
        var today = VietnamTime.Today(clock);

        for (var i = 0; i < units.Count; i++)
        {
            var unit = units[i];
            var staff = new Actor($"demo-unit-{unit.Id}", unit.HeadName ?? unit.Name);

            // 2025: every unit reported; most on time, every fifth late; all accepted.
            var first = NewFilledReport(unit, 2025, areaKeys, areas, indicators, typeCodes, staff, i);
            var deadline2025 = await rules.DeadlineAsync(2025);
            first.Submit(staff, deadline2025.AddDays(i % 5 == 4 ? 3 : -(10 + i)), Window(deadline2025));
            first.Accept(reviewerActor, deadline2025.AddDays(4));
            db.AnnualReports.Add(first);

            if (!currentYear)
            {
                continue;
            }

            // 2026: mixed, as it would be in late November: some not started, drafts, submitted,
            // returned, accepted.
            var year = Math.Min(Math.Max(today.Year, 2026), ReviewRound.FinalYear);
            var deadline = await rules.DeadlineAsync(year);
            var window = Window(deadline);
            var started = deadline.AddDays(-45 + i);
            switch (i % 5)
            {
                case 0:
                    break;
                case 1:
                    var draft = new AnnualReport(unit.Id, year, areaKeys, staff, started);
                    var edit = new ReportEdit(staff, started, window);
                    Fill(draft, unit, areas[0], indicators, typeCodes, edit);
                    Fill(draft, unit, areas[1], indicators, typeCodes, edit);
                    db.AnnualReports.Add(draft);
                    break;
                case 2:
                    var submitted = NewFilledReport(unit, year, areaKeys, areas, indicators, typeCodes, staff, i);
                    submitted.Submit(staff, started.AddDays(5), window);
                    db.AnnualReports.Add(submitted);
                    break;
                case 3:
                    var returned = NewFilledReport(unit, year, areaKeys, areas, indicators, typeCodes, staff, i);
                    returned.Submit(staff, started.AddDays(3), window);
                    returned.Return(reviewerActor, started.AddDays(6), null, new Dictionary<int, string>
                    {
                        [areas[4].Id] = "Đề nghị bổ sung số liệu tỷ lệ hồ sơ trực tuyến toàn trình và nguồn số liệu.",
                    });
                    db.AnnualReports.Add(returned);
                    break;
                default:
                    var accepted = NewFilledReport(unit, year, areaKeys, areas, indicators, typeCodes, staff, i);
                    accepted.Submit(staff, started.AddDays(2), window);
                    accepted.Accept(reviewerActor, started.AddDays(8));
                    db.AnnualReports.Add(accepted);
                    break;
            }
        }

        // 2026 registrations with targets, so the reports can be measured against them.
        var registered = new DateTimeOffset(2026, 2, 15, 9, 0, 0, TimeSpan.FromHours(7));
        foreach (var (unit, i) in units.Select((u, i) => (u, i)).Where(x => x.i % 5 is 2 or 4))
        {
            var staff = new Actor($"demo-unit-{unit.Id}", unit.HeadName ?? unit.Name);
            var registration = new EmulationRegistration(unit.Id, 2026, staff, registered);
            var chosen = indicators.Where(x => x.Code is "CP01" or "HS01" or "XH01" && x.AppliesTo(typeCodes[unit.UnitTypeId])).ToList();
            // Targets a little above the unit's 2025 figures: some units reach them in 2026, some fall short.
            var type = typeCodes[unit.UnitTypeId];
            registration.Commit(chosen.Select(x => x.ContentAreaId).Distinct(),
                chosen.Select(x => (x, Target(x, DemoFigures.Value(x.Code, x.Kind, type, unit.Name, 2025), i))), registered);
            registration.Submit(staff, registered);
            registration.Confirm(reviewerActor, registered.AddDays(5));
            db.Registrations.Add(registration);
        }

        await db.SaveChangesAsync(cancellationToken);
    }

    /// <summary>A little above last year's figure, more for some units than for others: some reach it, some fall short.</summary>
    private static decimal Target(Indicator indicator, decimal lastYear, int seed) =>
        indicator.Kind == IndicatorKind.Percent ? Math.Min(100, lastYear + (seed % 2 == 0 ? 1 : 5)) : Math.Ceiling(lastYear * (seed % 2 == 0 ? 1.05m : 1.3m));

    private static ReportWindow Window(DateTimeOffset deadline) => new(deadline, deadline.AddDays(Features.Reports.ReportingRules.DefaultLockDays));

    private static AnnualReport NewFilledReport(Unit unit, int year, (int Id, int Number)[] areaKeys, IReadOnlyList<ContentArea> areas,
        IReadOnlyList<Indicator> indicators, Dictionary<int, string> typeCodes, Actor staff, int seed)
    {
        var at = new DateTimeOffset(year, 11, 1, 9, 0, 0, TimeSpan.FromHours(7));
        var report = new AnnualReport(unit.Id, year, areaKeys, staff, at);
        var edit = new ReportEdit(staff, at, new ReportWindow(at.AddDays(44), at.AddDays(59)));
        foreach (var area in areas)
        {
            if ((area.Number + seed) % 7 == 0)
            {
                report.UpdateSection(area.Id, null, true, "Nội dung này không thuộc chức năng, nhiệm vụ của đơn vị trong năm.", edit);
                continue;
            }

            Fill(report, unit, area, indicators, typeCodes, edit);
        }

        report.UpdateGeneral(
            "Một số cán bộ lớn tuổi còn hạn chế về kỹ năng số; thiết bị tại bộ phận một cửa đã cũ.",
            "Đề nghị Ủy ban nhân dân xã bố trí kinh phí bồi dưỡng kỹ năng số và nâng cấp đường truyền.",
            edit);
        if (seed % 3 == 0)
        {
            report.ProposeCommendation(NomineeKind.Individual, unit.HeadName ?? "Cán bộ đơn vị", seed % 2 == 0 ? Gender.Female : Gender.Male,
                unit.HeadPosition, "Chỉ đạo đơn vị hoàn thành vượt mức các chỉ tiêu chuyển đổi số của năm.", edit);
        }

        return report;
    }

    /// <summary>An area of a unit's report as the unit would fill it: the values of its type's indicators (<see cref="DemoFigures"/>) and a narrative stating them.</summary>
    private static void Fill(AnnualReport report, Unit unit, ContentArea area, IReadOnlyList<Indicator> indicators, Dictionary<int, string> typeCodes, ReportEdit edit)
    {
        var type = typeCodes[unit.UnitTypeId];
        var values = indicators.Where(x => x.ContentAreaId == area.Id && x.AppliesTo(type)).OrderBy(x => x.Code, StringComparer.Ordinal)
            .Select(x => (Indicator: x, Value: DemoFigures.Value(x.Code, x.Kind, type, unit.Name, report.Year)))
            .ToList();
        report.UpdateSection(area.Id, DemoFigures.Narrative(area.Number, type, report.Year, values.Select(v => (v.Indicator.Code, v.Value)).ToList()), false, null, edit);
        foreach (var (indicator, value) in values)
        {
            report.SetIndicatorValue(area.Id, indicator.Id, value, null, edit);
        }
    }
}
