using NguyenLuongBang.Emulation.Domain.Awards;
using NguyenLuongBang.Emulation.Domain.Common;
using NguyenLuongBang.Emulation.Domain.Consolidation;
using NguyenLuongBang.Emulation.Domain.Documents;
using NguyenLuongBang.Emulation.Domain.Nominations;

namespace NguyenLuongBang.Emulation.UnitTests.Awards;

public class AwardDecisionTests
{
    private static readonly Actor Chairman = new("chairman-1", "Đoàn Văn Cát");
    private static readonly DateTimeOffset Now = new(2027, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static readonly DecisionTerms Terms = new(ReviewRound.Interim, "12/QĐ-UBND", new DateOnly(2027, 12, 20), "Đoàn Văn Cát", SignerTitle.ViceChairman, 2_340_000m, "03/TTr-VHXH");

    private static AwardDecision Decision(params AwardLine[] lines) => new(Terms, lines, Chairman, Now);

    private static AwardLine Line(int nominationId, NomineeKind kind, string name, decimal multiple, int certificate = 0) =>
        new(nominationId, kind, name, "Giáo viên, Trường Tiểu học", "Ứng dụng công nghệ số trong dạy học", multiple, certificate == 0 ? nominationId : certificate);

    [Fact]
    public void Amounts_are_multiples_of_the_base_salary_with_a_total()
    {
        var decision = Decision(
            Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m),
            Line(2, NomineeKind.Collective, "Trường Tiểu học", 0.6m));

        Assert.Equal(702_000m, decision.Lines.First().Amount);
        Assert.Equal(1_404_000m, decision.Lines.Last().Amount);
        Assert.Equal(2_106_000m, decision.TotalAmount);
    }

    [Fact]
    public void Decision_without_awardees_is_refused() => Assert.Throws<DomainException>(() => Decision());

    [Fact]
    public void Same_nomination_twice_in_one_decision_is_refused() =>
        Assert.Throws<DomainException>(() => Decision(
            Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m),
            Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m)));

    [Fact]
    public void Negative_multiple_is_refused() =>
        Assert.Throws<DomainException>(() => Line(1, NomineeKind.Individual, "A", -1));

    [Fact]
    public void Two_certificates_with_one_register_number_are_refused() =>
        Assert.Throws<DomainException>(() => Decision(
            Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m, certificate: 7),
            Line(2, NomineeKind.Collective, "Trường Tiểu học", 0.6m, certificate: 7)));

    [Fact]
    public void Correction_names_the_old_decision_and_needs_a_reason()
    {
        var original = Decision(Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m));
        var terms = Terms with { Number = "15/QĐ-UBND", SignedOn = new DateOnly(2027, 12, 28) };

        Assert.Throws<DomainException>(() => new AwardDecision(terms, [Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m, 2)], Chairman, Now, original, " "));
        Assert.Throws<DomainException>(() => new AwardDecision(terms with { Round = ReviewRound.Annual(2027) }, [Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m, 2)], Chairman, Now, original, "Sai tên"));
        Assert.Throws<DomainException>(() => new AwardDecision(terms with { SignedOn = new DateOnly(2027, 12, 1) }, [Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m, 2)], Chairman, Now, original, "Sai tên"));

        var correction = new AwardDecision(terms, [Line(1, NomineeKind.Individual, "Lê Thị Mai", 0.3m, 2)], Chairman, Now, original, "Sai chức vụ");
        Assert.Equal("12/QĐ-UBND", correction.CorrectsNumber);
        Assert.Equal("Sai chức vụ", correction.CorrectionReason);
        Assert.Null(original.CorrectsNumber);
    }

    [Fact]
    public void Decision_exposes_no_way_to_change_it()
    {
        var settable = typeof(AwardDecision).GetProperties().Where(p => p.SetMethod?.IsPublic == true);
        var mutators = typeof(AwardDecision).GetMethods().Where(m => m.DeclaringType == typeof(AwardDecision) && !m.IsSpecialName);

        Assert.Empty(settable);
        Assert.Empty(mutators);
    }
}

public class ConsolidatedReportTests
{
    private static readonly Actor Reviewer = new("reviewer-1", "Vũ Thị Lan");
    private static readonly Actor Chairman = new("chairman-1", "Đoàn Văn Cát");
    private static readonly DateTimeOffset Now = new(2026, 12, 20, 9, 0, 0, TimeSpan.FromHours(7));

    private static ConsolidatedReport Written()
    {
        var report = new ConsolidatedReport(ReviewRound.Annual(2026), Reviewer, Now);
        report.UpdateAssessment("Chỉ đạo", "Ưu điểm", "Hạn chế", "Nhiệm vụ", "Kiến nghị", Reviewer, Now);
        return report;
    }

    private static IssuedDocument Issued(string number = "05/BC-UBND") =>
        new(IssuedDocumentKind.ConsolidatedReport, new RegisteredDocument("UBND", "BC", 2026, int.Parse(number[..2], System.Globalization.CultureInfo.InvariantCulture), "Báo cáo", new DateOnly(2026, 12, 20), Chairman, Now),
            "Đoàn Văn Cát", "{}", [(IssuedFileFormat.Pdf, new Domain.Files.StoredFile("bc.pdf", "application/pdf", [1], "ab", Chairman, Now))], Chairman, Now);

    [Fact]
    public void UpdateAssessment_Draft_KeepsTheText()
    {
        var report = Written();

        Assert.Equal("Ưu điểm", report.Strengths);
        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
    }

    [Fact]
    public void SubmitForSignature_WithPlaceholders_IsRefusedWithTheList()
    {
        var report = new ConsolidatedReport(ReviewRound.Annual(2026), Reviewer, Now);
        report.UpdateAssessment(null, "Ưu điểm", null, "Nhiệm vụ", null, Reviewer, Now);

        var refused = Assert.Throws<DomainException>(() => report.SubmitForSignature(Reviewer, Now, beforeDeadline: false, reportsNotAccepted: 0, reason: null));

        Assert.Contains("Hạn chế, nguyên nhân", refused.Message);
        Assert.Contains("Đề xuất, kiến nghị", refused.Message);
        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
    }

    [Theory]
    [InlineData(true, 0)]
    [InlineData(false, 3)]
    public void SubmitForSignature_EarlyOrWithReportsNotAccepted_NeedsAReason(bool early, int notAccepted)
    {
        var report = Written();

        Assert.Throws<DomainException>(() => report.SubmitForSignature(Reviewer, Now, early, notAccepted, null));
        report.SubmitForSignature(Reviewer, Now, early, notAccepted, "Thành phố yêu cầu gửi sớm.");

        Assert.Equal(ConsolidatedReportStatus.AwaitingSignature, report.Status);
        Assert.Equal("Thành phố yêu cầu gửi sớm.", report.History.Last().Comment);
    }

    [Fact]
    public void Approve_AwaitingSignature_TakesTheNumberAndDateOfTheIssuedDocument()
    {
        var report = Written();
        report.SubmitForSignature(Reviewer, Now, false, 0, null);

        report.Sign(Issued(), Chairman, Now);

        Assert.Equal(ConsolidatedReportStatus.Issued, report.Status);
        Assert.Equal("05/BC-UBND", report.Number);
        Assert.Equal(new DateOnly(2026, 12, 20), report.IssuedOn);
        Assert.Equal([ConsolidatedReportStatus.Draft, ConsolidatedReportStatus.AwaitingSignature, ConsolidatedReportStatus.Issued], report.History.Select(h => h.To));
    }

    [Fact]
    public void Approve_ByWhoeverSubmittedIt_Throws()
    {
        var report = Written();
        report.SubmitForSignature(Chairman, Now, false, 0, null);

        Assert.Throws<DomainException>(() => report.Sign(Issued(), Chairman, Now));
        Assert.Equal(ConsolidatedReportStatus.AwaitingSignature, report.Status);
    }

    [Fact]
    public void Approve_Draft_Throws_TheReportIsNumberedOnlyAfterTheChairmanApproves()
    {
        var report = Written();

        Assert.Throws<DomainException>(() => report.Sign(Issued(), Chairman, Now));
        Assert.Null(report.Number);
    }

    [Fact]
    public void Approve_Twice_Throws()
    {
        var report = Written();
        report.SubmitForSignature(Reviewer, Now, false, 0, null);
        report.Sign(Issued(), Chairman, Now);

        Assert.Throws<DomainException>(() => report.Sign(Issued("06/BC-UBND"), Chairman, Now));
        Assert.Equal("05/BC-UBND", report.Number);
    }

    [Fact]
    public void SendBack_ReturnsToDraftWithTheComment_AndNeedsOne()
    {
        var report = Written();
        report.SubmitForSignature(Reviewer, Now, false, 0, null);

        Assert.Throws<DomainException>(() => report.Return(Chairman, Now, " "));
        report.Return(Chairman, Now, "Bổ sung số liệu nội dung 5.");

        Assert.Equal(ConsolidatedReportStatus.Draft, report.Status);
        Assert.Equal("Bổ sung số liệu nội dung 5.", report.History.Last().Comment);
        report.UpdateAssessment("Chỉ đạo", "Ưu điểm", "Hạn chế", "Nhiệm vụ", "Kiến nghị mới", Reviewer, Now);
    }

    [Fact]
    public void UpdateAssessment_AwaitingSignatureOrIssued_Throws()
    {
        var report = Written();
        report.SubmitForSignature(Reviewer, Now, false, 0, null);
        Assert.Throws<DomainException>(() => report.UpdateAssessment("x", null, null, null, null, Reviewer, Now));
        report.Sign(Issued(), Chairman, Now);

        Assert.Throws<DomainException>(() => report.UpdateAssessment("x", null, null, null, null, Reviewer, Now));
    }
}
