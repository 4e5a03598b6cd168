using NguyenLuongBang.Emulation.Domain.Common;

namespace NguyenLuongBang.Emulation.Domain.Reports;

/// <summary>Submission refused; <see cref="Missing"/> lists each missing part in Vietnamese.</summary>
public sealed class ReportIncompleteException : DomainException
{
    public ReportIncompleteException(IReadOnlyList<string> missing)
        : base("Báo cáo chưa đầy đủ, chưa thể nộp: " + string.Join(" ", missing))
    {
        Missing = missing;
    }

    public ReportIncompleteException() : this([]) { }

    public ReportIncompleteException(string message) : base(message) => Missing = [message];

    public ReportIncompleteException(string message, Exception innerException) : base(message, innerException) => Missing = [message];

    public IReadOnlyList<string> Missing { get; }
}
